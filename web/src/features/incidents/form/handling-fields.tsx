// The handling fields every record's form shares: the TLP label with what it means here, the use restrictions that
// travel with the record, and the admiralty evaluation of the source and the information. Incidents and requests
// (and whatever next files a record) use these, so each reads and checks alike.
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../../app/code-lists';
import { CREDIBILITY, HANDLINGS, oneOf, RELIABILITY, USE_RESTRICTIONS } from '../codes';

const isHandling = oneOf(HANDLINGS);
const isReliability = oneOf(RELIABILITY);
const isCredibility = oneOf(CREDIBILITY);
const isRestriction = oneOf(USE_RESTRICTIONS);
// Catalog keys without the "TLP:" prefix: i18next reads a colon in a key as a namespace separator.
const MEANING = { 'TLP:CLEAR': 'clear', 'TLP:GREEN': 'green', 'TLP:AMBER': 'amber', 'TLP:AMBER+STRICT': 'amberStrict', 'TLP:RED': 'red' } as const;

type Handling = (typeof HANDLINGS)[number];
type Restriction = (typeof USE_RESTRICTIONS)[number];
type Fields = { handling: Handling; useRestrictions: Restriction[]; reliability: (typeof RELIABILITY)[number]; credibility: (typeof CREDIBILITY)[number] };
type Props = { draft: Fields; change: (patch: Partial<Fields>) => void; errorFor: (path: string) => string | undefined };

export function HandlingFields({ draft, change, errorFor }: Props) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  return (
    <>
      <Select
        label={t('incidentForm.handlingLabel')}
        description={t(`incidentForm.handlingMeaning.${MEANING[draft.handling]}`)}
        data={HANDLINGS.map((h) => ({ value: h, label: codes.label('handling', h) }))}
        value={draft.handling}
        onChange={(v) => (isHandling(v) ? change({ handling: v }) : undefined)}
        error={errorFor('handling')}
        allowDeselect={false}
        w={{ base: '100%', sm: 480 }}
      />
      <Checkbox.Group label={t('incidentForm.useRestrictionsLabel')} description={t('incidentForm.useRestrictionsHelp')} value={draft.useRestrictions} onChange={(v) => change({ useRestrictions: v.filter(isRestriction) })} error={errorFor('useRestrictions')}>
        <Stack gap="xs" mt="xs">
          {USE_RESTRICTIONS.map((r) => (
            <Checkbox key={r} value={r} label={t(`incidentForm.restriction.${r}.label`)} description={t(`incidentForm.restriction.${r}.help`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </>
  );
}

export function SourceFields({ draft, change, errorFor }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('incidentForm.sourceLegend')}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('incidentForm.sourceHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('incidentForm.reliabilityLabel')} data={RELIABILITY.map((r) => ({ value: r, label: t(`incidentForm.reliability.${r}`) }))} value={draft.reliability} onChange={(v) => (isReliability(v) ? change({ reliability: v }) : undefined)} error={errorFor('source/reliability')} allowDeselect={false} />
        <Select label={t('incidentForm.credibilityLabel')} data={CREDIBILITY.map((c) => ({ value: c, label: t(`incidentForm.credibility.${c}`) }))} value={draft.credibility} onChange={(v) => (isCredibility(v) ? change({ credibility: v }) : undefined)} error={errorFor('source/credibility')} allowDeselect={false} />
      </SimpleGrid>
    </Fieldset>
  );
}
