// The review step's tables: the items as they will be filed, with this node's screening verdict on each chemical
// line, and the entities with their kind and role.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../app/components/data-table';
import { useUiLocale } from '../../../app/locale';
import type { LineScreening } from '../../notifications/use-live-screening';
import { VerdictBadge } from '../../substances/badges';
import type { EntityDraft } from './draft';
import type { ItemDraft } from './item-draft';
import { speciesLabel } from './species-picker';
import { useTradeTerms } from '../wildlife';
import { tradeTermLabel } from './wildlife-fields';

function useItemText(): (item: ItemDraft) => { what: string; quantity: string } {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const terms = useTradeTerms();
  return (item) => {
    switch (item.type) {
      case 'chemical':
        return { what: [item.declaredName, item.cas].filter(Boolean).join(' · '), quantity: `${item.quantity} ${t(`incidentForm.unit.${item.unit}`)}` };
      case 'wildlife': {
        const term = terms.find((x) => x.code === item.tradeTerm);
        const what = [item.species ? speciesLabel(item.species, locale) : '', term ? tradeTermLabel(term, locale) : item.tradeTerm, item.live ? t(`incidentForm.live.${item.live}`) : ''];
        return { what: what.filter(Boolean).join(' · '), quantity: `${item.quantity} ${t(`incidentForm.unit.${item.unit}`)}` };
      }
      case 'equipment':
        return { what: [t(`incidentForm.equipment.${item.equipment}`), item.description].filter(Boolean).join(' · '), quantity: item.count };
      case 'money':
        return { what: item.description, quantity: `${item.amount} ${item.currency}` };
    }
  };
}

export function ReviewItems({ items, screenings }: { items: ItemDraft[]; screenings: LineScreening[] }) {
  const { t } = useTranslation();
  const text = useItemText();
  const dash = t('common.none');
  return (
    <DataTable caption={t('incidentForm.reviewItemsCaption')} headers={[t('incidentForm.colNo'), t('incidentForm.colItem'), t('incidentForm.description'), t('incidentForm.colQuantity'), t('incidentForm.colScreening')]} minWidth={640} fz="sm">
      {items.map((item, i) => {
        const s = screenings[i];
        const { what, quantity } = text(item);
        return (
          <Table.Tr key={item.key}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`incidentForm.itemType.${item.type}`)}</Table.Td>
            <Table.Td>{what || dash}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{quantity.trim() || dash}</Table.Td>
            <Table.Td>{s?.state === 'done' ? <VerdictBadge verdict={s.result.verdict} /> : dash}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

export function ReviewEntities({ entities }: { entities: EntityDraft[] }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('incidentForm.reviewEntitiesCaption')} headers={[t('incidentForm.colNo'), t('incidentForm.colKind'), t('incidentForm.colValue'), t('incidentForm.colRole')]} minWidth={560} fz="sm">
      {entities.map((e, i) => (
        <Table.Tr key={e.key}>
          <Table.Td>{i + 1}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`incidentForm.entityKind.${e.kind}`)}</Table.Td>
          <Table.Td style={{ wordBreak: 'break-word' }}>{[e.value, e.country, e.uscc, e.bankCode].filter(Boolean).join(' · ')}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`incidentForm.entityRole.${e.role}`)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
