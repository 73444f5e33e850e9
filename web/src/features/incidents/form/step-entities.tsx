// Step 5: the entities behind the incident — kind, the value as written, the role it played, and what reading the
// value needs: the country of a phone without "+", of an address or a licence; a company's credit code; a bank
// code. The server normalises each on saving and says, at its field, why a value cannot be read.
import { Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from './countries';
import { emptyEntity, MAX_ENTITIES, type EntityDraft } from './draft';
import { ItemFieldset } from './item-fieldset';
import { ENTITY_KINDS, ENTITY_ROLES, oneOf } from '../codes';
import { draftLang, type StepProps } from './wizard-step';

const isKind = oneOf(ENTITY_KINDS);
const isRole = oneOf(ENTITY_ROLES);
/** Kinds written in the draft's language (names, addresses); the others are identifiers. */
const WRITTEN = new Set(['company', 'person', 'address']);

export function StepEntities({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const kinds = ENTITY_KINDS.map((k) => ({ value: k, label: t(`incidentForm.entityKind.${k}`) }));
  const roles = ENTITY_ROLES.map((r) => ({ value: r, label: t(`incidentForm.entityRole.${r}`) }));
  const setEntity = (index: number, patch: Partial<EntityDraft>) => change({ entities: draft.entities.map((e, i) => (i === index ? { ...e, ...patch } : e)) });
  return (
    <Stack>
      <Text size="sm">{t('incidentForm.entitiesIntro')}</Text>
      {draft.entities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidentForm.noEntities')}
        </Text>
      ) : null}
      {draft.entities.map((e, i) => {
        const at = (field: string) => errorFor(`entities/${i}/${field}`);
        const countryKind = e.kind === 'phone' || e.kind === 'address' || e.kind === 'licence' ? e.kind : null;
        return (
          <ItemFieldset key={e.key} legend={t('incidentForm.entityLegend', { n: i + 1 })} removeLabel={t('incidentForm.removeEntity', { n: i + 1 })} onRemove={() => change({ entities: draft.entities.filter((_, j) => j !== i) })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              <Select label={t('incidentForm.entityKindLabel')} data={kinds} value={e.kind} onChange={(v) => (isKind(v) ? setEntity(i, { kind: v }) : undefined)} error={at('kind')} allowDeselect={false} />
              <Select label={t('incidentForm.entityRoleLabel')} data={roles} value={e.role} onChange={(v) => (isRole(v) ? setEntity(i, { role: v }) : undefined)} error={at('role')} allowDeselect={false} />
              <TextInput
                label={t('incidentForm.entityValue')}
                description={t(`incidentForm.entityValueHelp.${e.kind}`)}
                value={e.value}
                onChange={(ev) => setEntity(i, { value: ev.currentTarget.value })}
                error={at('value')}
                lang={WRITTEN.has(e.kind) ? draftLang(draft.language) : undefined}
                spellCheck={WRITTEN.has(e.kind)}
                required
                maxLength={1000}
              />
              {countryKind ? (
                <Select
                  label={t('incidentForm.entityCountry')}
                  description={t(`incidentForm.entityCountryHelp.${countryKind}`)}
                  placeholder={t('incidentForm.countryPlaceholder')}
                  data={countries}
                  value={e.country || null}
                  onChange={(v) => setEntity(i, { country: v ?? '' })}
                  error={at('country')}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
                  nothingFoundMessage={t('common.nothingFound')}
                />
              ) : null}
              {e.kind === 'company' ? <TextInput label={t('incidentForm.uscc')} description={t('incidentForm.usccHelp')} value={e.uscc} onChange={(ev) => setEntity(i, { uscc: ev.currentTarget.value })} error={at('uscc')} classNames={{ input: 'mono' }} maxLength={18} /> : null}
              {e.kind === 'bank-account' ? <TextInput label={t('incidentForm.bankCode')} description={t('incidentForm.bankCodeHelp')} value={e.bankCode} onChange={(ev) => setEntity(i, { bankCode: ev.currentTarget.value })} error={at('bankCode')} classNames={{ input: 'mono' }} maxLength={40} /> : null}
            </SimpleGrid>
          </ItemFieldset>
        );
      })}
      <div>
        <Button variant="default" onClick={() => change({ entities: [...draft.entities, emptyEntity()] })} disabled={draft.entities.length >= MAX_ENTITIES}>
          {t('incidentForm.addEntity')}
        </Button>
      </div>
    </Stack>
  );
}
