// Equipment (pill presses, dies…) and money items: what, how many or how much, and a short description.
import { Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EquipmentDraft, MoneyDraft } from './item-draft';
import { EQUIPMENT_TYPES, oneOf } from '../codes';

type Props<T> = { item: T; path: string; lang: string; onChange: (item: T) => void; errorFor: (path: string) => string | undefined };

const isEquipment = oneOf(EQUIPMENT_TYPES);

export function EquipmentFields({ item, path, lang, onChange, errorFor }: Props<EquipmentDraft>) {
  const { t } = useTranslation();
  const set = (patch: Partial<EquipmentDraft>) => onChange({ ...item, ...patch });
  const types = EQUIPMENT_TYPES.map((e) => ({ value: e, label: t(`incidentForm.equipment.${e}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select label={t('incidentForm.equipmentLabel')} data={types} value={item.equipment} onChange={(v) => (isEquipment(v) ? set({ equipment: v }) : undefined)} error={errorFor(`${path}/equipment`)} allowDeselect={false} style={{ flex: 1 }} />
        <TextInput label={t('incidentForm.count')} value={item.count} onChange={(e) => set({ count: e.currentTarget.value })} error={errorFor(`${path}/count`)} inputMode="numeric" required w={110} />
      </Group>
      <TextInput label={t('incidentForm.description')} description={t('incidentForm.equipmentDescriptionHelp')} value={item.description} onChange={(e) => set({ description: e.currentTarget.value })} error={errorFor(`${path}/description`)} lang={lang} maxLength={500} />
    </SimpleGrid>
  );
}

export function MoneyFields({ item, path, lang, onChange, errorFor }: Props<MoneyDraft>) {
  const { t } = useTranslation();
  const set = (patch: Partial<MoneyDraft>) => onChange({ ...item, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput label={t('incidentForm.amount')} value={item.amount} onChange={(e) => set({ amount: e.currentTarget.value })} error={errorFor(`${path}/amount`)} inputMode="decimal" required style={{ flex: 1 }} />
        <TextInput label={t('incidentForm.currency')} description={t('incidentForm.currencyHelp')} placeholder="USD" value={item.currency} onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })} error={errorFor(`${path}/currency`)} maxLength={3} required w={150} classNames={{ input: 'mono' }} />
      </Group>
      <TextInput label={t('incidentForm.description')} description={t('incidentForm.moneyDescriptionHelp')} value={item.description} onChange={(e) => set({ description: e.currentTarget.value })} error={errorFor(`${path}/description`)} lang={lang} maxLength={500} />
    </SimpleGrid>
  );
}
