// An entity as a record writes it — a company, a phone, an address — quoted, never translated, marked with the
// script it is written in; and its kind and role in the reader's language.
import { Anchor, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { scriptLang } from '../../app/translations';
import { entityPath } from './types';

export function EntityValue({ value, size, fw }: { value: string; size?: MantineSize; fw?: number }) {
  return (
    <Text span size={size} fw={fw} translate="no" lang={scriptLang(value)} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}

/** The value as a link to the entity's page: every record it appears in. */
export function EntityLinkTo({ kind, entityKey, value, size = 'sm' }: { kind: string; entityKey: string; value: string; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={entityPath(kind, entityKey)} size={size} title={t('incidents.entity.open')}>
      <EntityValue value={value} size={size} />
    </Anchor>
  );
}

export function useEntityLabels() {
  const { t } = useTranslation();
  return {
    kind: (kind: string) => t(`incidents.entityKinds.${kind}`, { defaultValue: kind }),
    /** The kind as a noun inside a sentence ("the consignee's phone"). */
    noun: (kind: string) => t(`incidents.entityNouns.${kind}`, { defaultValue: kind }),
    role: (role: string) => t(`incidents.roles.${role}`, { defaultValue: role }),
  };
}
