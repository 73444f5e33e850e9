// Step 1: who is involved — the importing party (and any transit parties), the exporting authority of this party
// (the officer's own agency; an administrator may name another), and the exporter, the importer and, when another,
// the final consignee.
import { Checkbox, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useMe } from '../../app/auth-context';
import { useReference } from '../directory/reference';
import { TraderFields } from './trader-fields';
import type { StepProps } from './wizard-step';

export function WizardPartiesStep({ draft, change, errorFor }: StepProps) {
  const { t } = useTranslation();
  const ref = useReference();
  const me = useMe();
  // The node refuses a draft in another agency's name unless an administrator files it (audited as an override).
  const isAdmin = hasAnyRole(me, 'admin');
  const agencies = ref
    .agencyOptions({ activeOnly: true, ownPartyOnly: true })
    .map((g) => ({ ...g, items: g.items.filter((a) => isAdmin || a.value === me.agency.id) }))
    .filter((g) => g.items.length > 0);
  const lang = draft.language === 'zh' ? 'zh-CN' : 'en';
  const others = ref.partyOptions.filter((p) => !ref.party(p.value)?.isSelf);
  const transitOptions = others.filter((p) => p.value !== draft.importingParty);
  const only = others.length === 1 ? others[0]?.value : undefined;
  // With one other party in the directory there is nothing to choose.
  useEffect(() => {
    if (only && !draft.importingParty) change({ importingParty: only });
  }, [only, draft.importingParty]);
  const setImporting = (code: string | null) => change({ importingParty: code ?? '', transitParties: draft.transitParties.filter((p) => p !== code) });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('notificationForm.importingParty')} data={others} value={draft.importingParty || null} onChange={setImporting} error={errorFor('importingParty')} allowDeselect={false} required />
        <MultiSelect
          label={t('notificationForm.transitParties')}
          description={transitOptions.length === 0 ? t('notificationForm.noTransitParties') : t('notificationForm.transitPartiesHelp')}
          data={transitOptions}
          value={draft.transitParties}
          onChange={(v) => change({ transitParties: v })}
          error={errorFor('transitParties')}
          disabled={transitOptions.length === 0}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearSelection') }}
        />
        <Select
          label={t('notificationForm.agency')}
          description={isAdmin ? t('notificationForm.agencyHelp') : t('notificationForm.agencyOwnHelp')}
          data={agencies}
          value={draft.agencyId || null}
          onChange={(v) => change({ agencyId: v ?? '' })}
          error={errorFor('agencyId')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
      </SimpleGrid>
      <TraderFields legend={t('notificationForm.exporter')} trader={draft.exporter} path="exporter" lang={lang} onChange={(exporter) => change({ exporter })} errorFor={errorFor} />
      <TraderFields legend={t('notificationForm.importer')} trader={draft.importer} path="importer" lang={lang} onChange={(importer) => change({ importer })} errorFor={errorFor} />
      <Checkbox label={t('notificationForm.hasConsignee')} checked={draft.hasConsignee} onChange={(e) => change({ hasConsignee: e.currentTarget.checked })} />
      {draft.hasConsignee ? <TraderFields legend={t('notificationForm.consignee')} trader={draft.consignee} path="consignee" lang={lang} onChange={(consignee) => change({ consignee })} errorFor={errorFor} /> : null}
    </Stack>
  );
}
