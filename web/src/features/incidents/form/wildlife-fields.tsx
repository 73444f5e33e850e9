// One wildlife item: the species from the checklist, the specimen's form by CITES trade-term code (labelled in the
// reader's language, searchable by either name or the code), how many or how much, and whether it was live.
import { Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../app/format';
import { useUiLocale } from '../../../app/locale';
import type { WildlifeDraft } from './item-draft';
import { SpeciesPicker } from './species-picker';
import { oneOf, WILDLIFE_UNITS, type WildlifeUnit } from '../codes';
import type { TradeTerm } from './types';
import { useTradeTerms } from '../wildlife';

type Props = { item: WildlifeDraft; path: string; onChange: (item: WildlifeDraft) => void; errorFor: (path: string) => string | undefined };

const isUnit = oneOf(WILDLIFE_UNITS);
/** The checklist writes litres in lower case; the API's unit is "L". */
const unitOf = (unit: string) => (unit === 'l' ? 'L' : unit);

/** "鳞片（SCA）" in Chinese, "scales (SCA)" in English. */
export function tradeTermLabel(term: Pick<TradeTerm, 'code' | 'en' | 'zh'>, locale: string): string {
  return locale === 'zh-CN' ? `${term.zh}（${term.code}）` : `${term.en} (${term.code})`;
}

export function WildlifeFields({ item, path, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const terms = useTradeTerms();
  const set = (patch: Partial<WildlifeDraft>) => onChange({ ...item, ...patch });
  const err = (field: string) => errorFor(`${path}/${field}`);
  const term = terms.find((x) => x.code === item.tradeTerm);
  const termUnits = (term?.units ?? []).map(unitOf).filter((u): u is WildlifeUnit => isUnit(u));
  const units = WILDLIFE_UNITS.map((u) => ({ value: u, label: t(`incidentForm.unit.${u}`) }));
  const pickTerm = (code: string | null) => {
    const next = terms.find((x) => x.code === code);
    const allowed = (next?.units ?? []).map(unitOf);
    // A term the trade database counts ("number") or weighs: start from its first unit the API accepts.
    const unit = allowed.includes(item.unit) ? item.unit : (allowed.find((u): u is WildlifeUnit => isUnit(u)) ?? item.unit);
    set({ tradeTerm: code ?? '', unit, live: code === 'LIV' ? 'live' : item.live });
  };
  const termHelp = [term ? t('incidentForm.tradeTermUnits', { units: formatList(termUnits.map((u) => t(`incidentForm.unit.${u}`)), locale) }) : '', locale === 'zh-CN' ? t('incidentForm.tradeTermUnofficial') : ''].filter(Boolean).join(' ');
  return (
    <Stack gap="xs">
      <SpeciesPicker value={item.species} onChange={(species) => set({ species })} error={err('taxon')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('incidentForm.tradeTerm')}
          description={termHelp || undefined}
          placeholder={t('incidentForm.tradeTermPlaceholder')}
          data={terms.map((x) => ({ value: x.code, label: tradeTermLabel(x, locale) }))}
          value={item.tradeTerm || null}
          onChange={pickTerm}
          error={err('tradeTerm')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput label={t('incidentForm.quantity')} value={item.quantity} onChange={(e) => set({ quantity: e.currentTarget.value })} error={err('quantity')} inputMode="decimal" required style={{ flex: 1 }} />
          <Select label={t('incidentForm.unitLabel')} data={units} value={item.unit} onChange={(v) => (isUnit(v) ? set({ unit: v }) : undefined)} error={err('unit')} allowDeselect={false} w={150} />
        </Group>
      </SimpleGrid>
      <Radio.Group label={t('incidentForm.liveLabel')} value={item.live || 'unknown'} onChange={(v) => set({ live: v === 'live' || v === 'dead' ? v : '' })} error={err('live')}>
        <Group mt={6}>
          <Radio value="unknown" label={t('incidentForm.live.unknown')} />
          <Radio value="live" label={t('incidentForm.live.live')} />
          <Radio value="dead" label={t('incidentForm.live.dead')} />
        </Group>
      </Radio.Group>
    </Stack>
  );
}
