// The entities a record names — kind, the value as written, the role it played, and what reading the value needs:
// the country of a phone without "+", of an address or a licence; a company's credit code; a bank code. The server
// normalises each on saving and says, at its field, why a value cannot be read. Incidents and requests file
// entities through this one list.
import { Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRY_KINDS, ENTITY_KINDS, ENTITY_ROLES, oneOf } from '../codes';
import { useCountryOptions } from './countries';
import { emptyEntity, MAX_ENTITIES, type EntityDraft } from './draft';
import { ItemFieldset } from './item-fieldset';
import { draftLang } from './wizard-step';

const isKind = oneOf(ENTITY_KINDS);
const isRole = oneOf(ENTITY_ROLES);
/** Kinds written in the draft's language (names, addresses); the others are identifiers. */
const WRITTEN = new Set(['company', 'person', 'address']);

type FieldsProps = { entity: EntityDraft; at: (field: string) => string | undefined; set: (patch: Partial<EntityDraft>) => void; language: 'en' | 'zh' };

function EntityFields({ entity: e, at, set, language }: FieldsProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const countryKind = COUNTRY_KINDS.includes(e.kind) ? e.kind : null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <Select label={t('incidentForm.entityKindLabel')} data={ENTITY_KINDS.map((k) => ({ value: k, label: t(`incidentForm.entityKind.${k}`) }))} value={e.kind} onChange={(v) => (isKind(v) ? set({ kind: v }) : undefined)} error={at('kind')} allowDeselect={false} />
      <Select label={t('incidentForm.entityRoleLabel')} data={ENTITY_ROLES.map((r) => ({ value: r, label: t(`incidentForm.entityRole.${r}`) }))} value={e.role} onChange={(v) => (isRole(v) ? set({ role: v }) : undefined)} error={at('role')} allowDeselect={false} />
      <TextInput label={t('incidentForm.entityValue')} description={t(`incidentForm.entityValueHelp.${e.kind}`)} value={e.value} onChange={(ev) => set({ value: ev.currentTarget.value })} error={at('value')} lang={WRITTEN.has(e.kind) ? draftLang(language) : undefined} spellCheck={WRITTEN.has(e.kind)} required maxLength={1000} />
      {countryKind === 'phone' || countryKind === 'address' || countryKind === 'licence' ? (
        <Select label={t('incidentForm.entityCountry')} description={t(`incidentForm.entityCountryHelp.${countryKind}`)} placeholder={t('incidentForm.countryPlaceholder')} data={countries} value={e.country || null} onChange={(v) => set({ country: v ?? '' })} error={at('country')} searchable clearable clearButtonProps={{ 'aria-label': t('common.clearSelection') }} nothingFoundMessage={t('common.nothingFound')} />
      ) : null}
      {e.kind === 'company' ? <TextInput label={t('incidentForm.uscc')} description={t('incidentForm.usccHelp')} value={e.uscc} onChange={(ev) => set({ uscc: ev.currentTarget.value })} error={at('uscc')} classNames={{ input: 'mono' }} maxLength={18} /> : null}
      {e.kind === 'bank-account' ? <TextInput label={t('incidentForm.bankCode')} description={t('incidentForm.bankCodeHelp')} value={e.bankCode} onChange={(ev) => set({ bankCode: ev.currentTarget.value })} error={at('bankCode')} classNames={{ input: 'mono' }} maxLength={40} /> : null}
    </SimpleGrid>
  );
}

type ListProps = { entities: EntityDraft[]; language: 'en' | 'zh'; intro: string; onChange: (entities: EntityDraft[]) => void; errorFor: (path: string) => string | undefined };

export function EntityList({ entities, language, intro, onChange, errorFor }: ListProps) {
  const { t } = useTranslation();
  const setEntity = (index: number, patch: Partial<EntityDraft>) => onChange(entities.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  return (
    <Stack>
      <Text size="sm">{intro}</Text>
      {entities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidentForm.noEntities')}
        </Text>
      ) : null}
      {entities.map((e, i) => (
        <ItemFieldset key={e.key} legend={t('incidentForm.entityLegend', { n: i + 1 })} removeLabel={t('incidentForm.removeEntity', { n: i + 1 })} onRemove={() => onChange(entities.filter((_, j) => j !== i))}>
          <EntityFields entity={e} at={(field) => errorFor(`entities/${i}/${field}`)} set={(patch) => setEntity(i, patch)} language={language} />
        </ItemFieldset>
      ))}
      <div>
        <Button variant="default" onClick={() => onChange([...entities, emptyEntity()])} disabled={entities.length >= MAX_ENTITIES}>
          {t('incidentForm.addEntity')}
        </Button>
      </div>
    </Stack>
  );
}
