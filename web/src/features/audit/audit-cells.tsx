// Cells shared by the audit table and the entry dialog: a label (or an unlabelled code, shown as code) and a subject
// named by what people call it, linked to its page when it has one.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../app/api/types';
import { scriptLang } from '../../app/translations';
import { useAuditLabels, type Labelled } from './audit-labels';

/** A label, or an unlabelled code shown as code. */
export function CodeText({ value, size = 'sm' }: { value: Labelled; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return value.isCode ? <Text size={size} className="mono" title={t('audit.unlabelled')}>{value.text}</Text> : <Text size={size}>{value.text}</Text>;
}

export function SubjectCell({ entry }: { entry: AuditEntry }) {
  const labels = useAuditLabels();
  const name = entry.subjectLabel ?? entry.subjectId;
  // A record named as it is written (a contact's name, a reference) or by its id: quoted, never translated.
  const quoted = { translate: 'no' as const, lang: entry.subjectLabel ? scriptLang(entry.subjectLabel) : undefined };
  return (
    <>
      <CodeText value={labels.subjectType(entry.subjectType)} size="xs" />
      {entry.subjectPath ? (
        <Anchor component={Link} to={entry.subjectPath} size="sm" className={entry.subjectLabel ? undefined : 'mono'} {...quoted}>{name}</Anchor>
      ) : (
        <Text size="sm" className={entry.subjectLabel ? undefined : 'mono'} {...quoted} style={{ wordBreak: 'break-all' }}>{name}</Text>
      )}
    </>
  );
}
