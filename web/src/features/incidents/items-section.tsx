// What the incident is about, one row per item: chemical lines with this node's screening verdict (as a
// notification's lines show it), wildlife by scientific name with its names and CITES appendix and the trade term
// for its form, money, and equipment. Declared names and descriptions stay as filed, marked with their language.
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { Section } from '../../app/components/section';
import { useUiLocale } from '../../app/locale';
import { writtenLang } from '../../app/translations';
import { VerdictBadge } from '../substances/badges';
import { langOf, textIn } from '../substances/format';
import { IdentifiedNames } from '../substances/identified-names';
import { ScreeningDetails } from '../substances/screening-details';
import { flag, formatDecimal, number, text } from './details';
import { ScientificName, speciesName } from './lookups';
import { useTradeTerms } from './wildlife';
import { isEquipment, isForm, isUnit } from './codes';
import type { Incident, ItemView } from './types';

type Lang = Incident['language'];

function Described({ value, lang }: { value: string | null; lang: Lang }) {
  return value ? (
    <Text size="xs" lang={writtenLang(value, lang)} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  ) : null;
}

function Chemical({ item, lang }: { item: ItemView; lang: Lang }) {
  const { t } = useTranslation();
  const d = item.details;
  const name = text(d, 'declaredName') ?? '';
  const cas = text(d, 'cas');
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} lang={writtenLang(name, lang)}>
        {name}
      </Text>
      <IdentifiedNames substances={item.screening?.identified ?? []} />
      {cas ? <Text size="xs">{t('incidents.detail.casValue', { cas })}</Text> : null}
    </Stack>
  );
}

function Wildlife({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const terms = useTradeTerms();
  const taxon = item.taxon;
  const code = text(item.details, 'tradeTerm');
  const term = code ? terms.find((x) => x.code === code) : undefined;
  const shown = taxon ? speciesName(taxon, locale) : null;
  const other = taxon ? (locale === 'zh-CN' ? taxon.en : taxon.zh) : null;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        <ScientificName name={taxon?.scientificName ?? text(item.details, 'taxon') ?? ''} />
      </Text>
      {shown ? <Text size="sm">{shown}</Text> : null}
      {other ? (
        <Text size="xs" c="dimmed" lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>
          {other}
        </Text>
      ) : null}
      <Text size="xs">{taxon?.appendix ? t('incidents.detail.appendix', { appendix: taxon.appendix }) : t('incidents.detail.notInChecklist')}</Text>
      {code ? (
        <Text size="xs">
          <span translate="no">{code}</span>
          {term ? ` — ${locale === 'zh-CN' ? term.zh : term.en}` : null}
        </Text>
      ) : null}
    </Stack>
  );
}

function What({ item, lang }: { item: ItemView; lang: Lang }) {
  const { t } = useTranslation();
  const d = item.details;
  if (item.type === 'chemical') return <Chemical item={item} lang={lang} />;
  if (item.type === 'wildlife') return <Wildlife item={item} />;
  if (item.type === 'equipment') {
    const kind = text(d, 'equipment');
    return (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {isEquipment(kind) ? t(`incidents.equipment.${kind}`) : kind}
        </Text>
        <Described value={text(d, 'description')} lang={lang} />
      </Stack>
    );
  }
  return <Described value={text(d, 'description')} lang={lang} />;
}

function Amount({ item }: { item: ItemView }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const d = item.details;
  if (item.type === 'money') {
    const amount = Number(text(d, 'amount'));
    const currency = text(d, 'currency') ?? '';
    let shown: string;
    try {
      shown = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      shown = `${amount} ${currency}`;
    }
    return (
      <Text size="sm" translate="no" style={{ whiteSpace: 'nowrap' }}>
        {shown}
      </Text>
    );
  }
  if (item.type === 'equipment') return <Text size="sm">{t('incidents.detail.count', { count: number(d, 'count') ?? 0 })}</Text>;
  const unit = text(d, 'unit') ?? '';
  const purity = number(d, 'purity');
  const form = text(d, 'form');
  const live = flag(d, 'live');
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('incidents.detail.quantity', { quantity: formatDecimal(text(d, 'quantity'), locale) ?? '', unit: isUnit(unit) ? t(`incidents.units.${unit}`) : unit })}
      </Text>
      {purity !== null ? <Text size="xs">{t('incidents.detail.purity', { purity })}</Text> : null}
      {isForm(form) ? <Text size="xs">{t(`incidents.forms.${form}`)}</Text> : null}
      {live !== null ? <Text size="xs">{t(live ? 'incidents.detail.live' : 'incidents.detail.dead')}</Text> : null}
    </Stack>
  );
}

function Screening({ item, isOpen, onToggle }: { item: ItemView; isOpen: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  if (item.type !== 'chemical') return null;
  if (!item.verdict) return <Text size="sm" c="dimmed">{t('incidents.detail.notScreened')}</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <VerdictBadge verdict={item.verdict} />
      {item.screening ? (
        <Button size="compact-xs" variant="default" onClick={onToggle} aria-expanded={isOpen} aria-label={t(isOpen ? 'screening.hideDetailsOf' : 'screening.showDetailsOf', { line: item.position })}>
          {isOpen ? t('screening.hideDetails') : t('screening.showDetails')}
        </Button>
      ) : null}
    </Group>
  );
}

export function ItemsSection({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (p: number) => setOpen((prev) => (prev.has(p) ? new Set([...prev].filter((x) => x !== p)) : new Set([...prev, p])));
  const headers = [t('incidents.detail.colItem'), t('incidents.detail.colType'), t('incidents.detail.colWhat'), t('incidents.detail.colAmount'), t('incidents.detail.colVerdict')];
  return (
    <Section title={t('incidents.detail.sectionItems')}>
      {i.items.length === 0 ? (
        <Text size="sm">{t('incidents.detail.noItems')}</Text>
      ) : (
        <DataTable caption={t('incidents.detail.itemsCaption')} headers={headers} minWidth={760} fz="sm">
          {i.items.map((item) => (
            <Fragment key={item.position}>
              <Table.Tr>
                <Table.Td>{item.position}</Table.Td>
                <Table.Td>{t(`incidents.itemTypes.${item.type}`)}</Table.Td>
                <Table.Td maw={340}>
                  <What item={item} lang={i.language} />
                </Table.Td>
                <Table.Td>
                  <Amount item={item} />
                </Table.Td>
                <Table.Td>
                  <Screening item={item} isOpen={open.has(item.position)} onToggle={() => toggle(item.position)} />
                </Table.Td>
              </Table.Tr>
              {open.has(item.position) && item.screening ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" fw={600} lang={langOf(locale)}>
                      {textIn(item.screening.summary, locale)}
                    </Text>
                    <ScreeningDetails result={item.screening} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
