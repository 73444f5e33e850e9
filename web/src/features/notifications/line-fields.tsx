// One chemical line of the wizard: what is declared (name, CAS, HS code, optional structure), how much, and how it
// is packed; screening's verdict on it appears beside the fields as they are typed.
import { ActionIcon, Fieldset, Grid, Group, NumberInput, Select, SimpleGrid, Text, TextInput, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { numberOrNull, type LineDraft } from './draft';
import { isLineUnit, isUsUnit, keptQuantity, LINE_UNITS, netMass, type ConversionProblem, type Quantity } from './units';

type Props = {
  line: LineDraft;
  index: number;
  canRemove: boolean;
  lang: string;
  onChange: (line: LineDraft) => void;
  onRemove: () => void;
  errorFor: (path: string) => string | undefined;
  /** The line's live screening, shown beside the fields. */
  screening: ReactNode;
};

/** A quantity as the node will keep it once converted, or why the node would refuse it: one line of text. */
export function useKeptText(): (kept: Quantity | ConversionProblem) => string {
  const { t } = useTranslation();
  return (kept) => {
    const unit = t(`notificationForm.unit.${kept.unit}`);
    return 'problem' in kept ? t(`validation.${kept.problem}`, { unit }) : t('notificationForm.keptAs', { quantity: kept.quantity, unit });
  };
}

/**
 * What the node will keep for the line, worked out as it is typed: a quantity in lb, oz or gal converted to kg, g or
 * L (or why the node would refuse it), and the net mass of the pure substance once a concentration is given. The
 * quantity field's description, read with the field rather than announced on every keystroke.
 */
function useQuantityHints(line: LineDraft): ReactNode {
  const { t } = useTranslation();
  const keptText = useKeptText();
  const kept = isUsUnit(line.unit) ? keptQuantity(line.quantity, line.unit) : null;
  const net = netMass(line.quantity, line.unit, numberOrNull(line.concentration));
  if (!kept && !net) return undefined;
  return (
    <>
      {kept ? (
        <Text span display="block" size="xs" c={'problem' in kept ? 'red.9' : undefined}>
          {keptText(kept)}
        </Text>
      ) : null}
      {net ? (
        <Text span display="block" size="xs">
          {t('notificationForm.netMassHint', { quantity: net.quantity, unit: t(`notificationForm.unit.${net.unit}`) })}
        </Text>
      ) : null}
    </>
  );
}

export function LineFields({ line, index, canRemove, lang, onChange, onRemove, errorFor, screening }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch });
  const err = (field: keyof LineDraft) => errorFor(`lines/${index}/${field}`);
  const units = LINE_UNITS.map((u) => ({ value: u, label: t(`notificationForm.unit.${u}`) }));
  const numeric = (v: string | number) => (typeof v === 'number' ? String(v) : v);
  const hints = useQuantityHints(line);
  const legend = (
    <Group gap="xs" wrap="nowrap">
      <Text fw={600}>{t('notificationForm.lineLegend', { n })}</Text>
      {canRemove ? (
        <Tooltip label={t('notificationForm.removeLine', { n })}>
          <ActionIcon variant="subtle" color="red.9" size="sm" onClick={onRemove} aria-label={t('notificationForm.removeLine', { n })}>
            ×
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
  return (
    <Fieldset legend={legend} aria-label={t('notificationForm.lineLegend', { n })}>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput label={t('notificationForm.declaredName')} value={line.declaredName} onChange={(e) => set({ declaredName: e.currentTarget.value })} error={err('declaredName')} lang={lang} required maxLength={500} />
            <TextInput label={t('notificationForm.cas')} placeholder="21409-26-7" value={line.cas} onChange={(e) => set({ cas: e.currentTarget.value })} error={err('cas')} maxLength={40} />
            <TextInput label={t('notificationForm.hsCode')} placeholder="2933.39" value={line.hsCode} onChange={(e) => set({ hsCode: e.currentTarget.value })} error={err('hsCode')} maxLength={40} />
            <TextInput label={t('notificationForm.smiles')} value={line.smiles} onChange={(e) => set({ smiles: e.currentTarget.value })} error={err('smiles')} spellCheck={false} maxLength={4000} />
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput label={t('notificationForm.quantity')} value={line.quantity} onChange={(e) => set({ quantity: e.currentTarget.value })} error={err('quantity')} description={hints} inputWrapperOrder={['label', 'input', 'description', 'error']} inputMode="decimal" required style={{ flex: 1 }} />
              <Select label={t('notificationForm.unitLabel')} data={units} value={line.unit} onChange={(v) => (isLineUnit(v) ? set({ unit: v }) : undefined)} error={err('unit')} allowDeselect={false} w={160} />
            </Group>
            <NumberInput label={t('notificationForm.concentration')} value={line.concentration} onChange={(v) => set({ concentration: numeric(v) })} error={err('concentration')} min={0} max={100} decimalScale={4} suffix=" %" hideControls />
            <TextInput label={t('notificationForm.packaging')} placeholder={t('notificationForm.packagingPlaceholder')} value={line.packaging} onChange={(e) => set({ packaging: e.currentTarget.value })} error={err('packaging')} lang={lang} maxLength={200} />
            <NumberInput label={t('notificationForm.packages')} value={line.packages} onChange={(v) => set({ packages: numeric(v) })} error={err('packages')} min={1} allowDecimal={false} allowNegative={false} hideControls />
          </SimpleGrid>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>{screening}</Grid.Col>
      </Grid>
    </Fieldset>
  );
}
