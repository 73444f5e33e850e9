// One chemical line of an incident: the name as declared or labelled, CAS number and optional structure, how much,
// how pure and in what form; this node's screening of it appears beside the fields as they are typed.
import { Grid, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChemicalDraft } from './item-draft';
import { CHEMICAL_FORMS, CHEMICAL_UNITS, oneOf } from '../codes';

type Props = { item: ChemicalDraft; path: string; lang: string; onChange: (item: ChemicalDraft) => void; errorFor: (path: string) => string | undefined; screening: ReactNode };

const isUnit = oneOf(CHEMICAL_UNITS);
const isForm = oneOf(CHEMICAL_FORMS);

export function ChemicalFields({ item, path, lang, onChange, errorFor, screening }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ChemicalDraft>) => onChange({ ...item, ...patch });
  const err = (field: string) => errorFor(`${path}/${field}`);
  const units = CHEMICAL_UNITS.map((u) => ({ value: u, label: t(`incidentForm.unit.${u}`) }));
  const forms = [{ value: 'none', label: t('incidentForm.notRecorded') }, ...CHEMICAL_FORMS.map((f) => ({ value: f, label: t(`incidentForm.form.${f}`) }))];
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={t('incidentForm.declaredName')} value={item.declaredName} onChange={(e) => set({ declaredName: e.currentTarget.value })} error={err('declaredName')} lang={lang} required maxLength={500} />
          <TextInput label={t('incidentForm.cas')} placeholder="21409-26-7" value={item.cas} onChange={(e) => set({ cas: e.currentTarget.value })} error={err('cas')} maxLength={40} />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput label={t('incidentForm.quantity')} value={item.quantity} onChange={(e) => set({ quantity: e.currentTarget.value })} error={err('quantity')} inputMode="decimal" required style={{ flex: 1 }} />
            <Select label={t('incidentForm.unitLabel')} data={units} value={item.unit} onChange={(v) => (isUnit(v) ? set({ unit: v }) : undefined)} error={err('unit')} allowDeselect={false} w={110} />
          </Group>
          <NumberInput label={t('incidentForm.purity')} description={t('incidentForm.purityHelp')} value={item.purity} onChange={(v) => set({ purity: typeof v === 'number' ? String(v) : v })} error={err('purity')} min={0} max={100} decimalScale={3} suffix=" %" hideControls />
          <Select label={t('incidentForm.formLabel')} data={forms} value={item.form || 'none'} onChange={(v) => set({ form: isForm(v) ? v : '' })} error={err('form')} allowDeselect={false} />
          <TextInput label={t('incidentForm.smiles')} value={item.smiles} onChange={(e) => set({ smiles: e.currentTarget.value })} error={err('smiles')} spellCheck={false} maxLength={4000} />
        </SimpleGrid>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>{screening}</Grid.Col>
    </Grid>
  );
}
