// Step 1: to whom — the other party, the counterpart there (from the directory), the case the request belongs to
// (its parties only), and the asking agency.
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/api/client';
import { useApiQuery } from '../../app/use-api-query';
import { useReference } from '../directory/reference';
import type { FormStepProps } from './form-steps';

function useContacts(party: string) {
  return useApiQuery(async () => (party ? (await call(api.GET('/api/v1/contacts', { params: { query: { party, pageSize: 100 } } }))).items : []), [party]);
}

function useOpenCases() {
  return useApiQuery(async () => (await call(api.GET('/api/v1/cases', { params: { query: { status: 'open', pageSize: 100 } } }))).items, []);
}

export function StepRecipient({ draft, change, errorFor }: FormStepProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const contacts = useContacts(draft.toParty);
  const cases = useOpenCases();
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('common.clearSelection') } };
  const chosenCase = cases.data?.find((c) => c.id === draft.caseId);
  const parties = chosenCase ? ref.counterparts.filter((p) => chosenCase.parties.includes(p.code) || chosenCase.originParty === p.code) : ref.counterparts;
  return (
    <Stack maw={640}>
      <Select
        label={t('requests.form.case')}
        description={t('requests.form.caseHelp')}
        data={(cases.data ?? []).map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
        value={draft.caseId || null}
        onChange={(v) => change({ caseId: v ?? '' })}
        error={errorFor('caseId')}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        {...clear}
      />
      <Select
        label={t('requests.form.toParty')}
        data={parties.map((p) => ({ value: p.code, label: `${ref.partyLabel(p.code)} (${p.code})` }))}
        value={draft.toParty || null}
        onChange={(v) => change({ toParty: v ?? '', toContactId: '' })}
        error={errorFor('toParty')}
        required
        allowDeselect={false}
      />
      <Select
        label={t('requests.form.toContact')}
        description={t('requests.form.toContactHelp')}
        data={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={draft.toContactId || null}
        onChange={(v) => change({ toContactId: v ?? '' })}
        error={errorFor('toContactId')}
        disabled={!draft.toParty}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        {...clear}
      />
      <Select
        label={t('requests.form.agency')}
        data={ref.agencyOptions({ activeOnly: true, ownPartyOnly: true })}
        value={draft.agencyId || null}
        onChange={(v) => change({ agencyId: v ?? '' })}
        error={errorFor('agencyId')}
        allowDeselect={false}
      />
      {ref.counterparts.length === 0 ? <Text size="sm">{t('requests.form.noCounterparts')}</Text> : null}
    </Stack>
  );
}
