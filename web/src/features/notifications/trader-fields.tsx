// One trader of the shipment (exporter, importer or final consignee): name, address and licence number.
import { Fieldset, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraderDraft } from './draft';

type Props = {
  legend: string;
  trader: TraderDraft;
  /** The field path prefix: `exporter`, `importer` or `consignee`. */
  path: string;
  lang: string;
  onChange: (trader: TraderDraft) => void;
  errorFor: (path: string) => string | undefined;
};

export function TraderFields({ legend, trader, path, lang, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TraderDraft>) => onChange({ ...trader, ...patch });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('notificationForm.traderName')} value={trader.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errorFor(`${path}/name`)} lang={lang} required maxLength={300} />
        <TextInput label={t('notificationForm.traderLicence')} value={trader.licence} onChange={(e) => set({ licence: e.currentTarget.value })} error={errorFor(`${path}/licence`)} maxLength={100} />
      </SimpleGrid>
      <Textarea label={t('notificationForm.traderAddress')} value={trader.address} onChange={(e) => set({ address: e.currentTarget.value })} error={errorFor(`${path}/address`)} lang={lang} autosize minRows={2} mt="sm" required maxLength={1000} />
    </Fieldset>
  );
}
