// What a chemical line and its traders read as, the same on the notification's page and on the verification page:
// a trader quoted as registered, a line's quantity (as kept, as declared in lb, oz or gal, its concentration and
// the net mass of the pure substance) and the lists the line is on, the international ones first.
import { Badge, Group, Stack, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Filled, slot } from '../../app/components/filled';
import { useUiLocale } from '../../app/locale';
import { writtenLang, type TextLang } from '../../app/translations';
import { langOf, textIn } from '../substances/format';
import { isLineUnit, type UsUnit } from './units';

const wrapping = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * A legal entity's name, address and licence, quoted as registered, never translated: marked so. `lang`: the
 * language of the record it is in (a name plainly in the other script is read in that one).
 */
export function Trader({ trader, lang }: { trader: { name: string; address: string; licence: string | null }; lang: TextLang }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600} lang={writtenLang(trader.name, lang)} translate="no" style={wrapping}>
        {trader.name}
      </Text>
      <Text size="sm" lang={writtenLang(trader.address, lang)} translate="no" style={wrapping}>
        {trader.address}
      </Text>
      {trader.licence ? (
        <Text size="sm">
          <Filled text={t('notification.licence', { licence: slot('licence') })} parts={{ licence: <span translate="no">{trader.licence}</span> }} />
        </Text>
      ) : null}
    </>
  );
}

type QuantityLine = {
  quantity: string;
  unit: string;
  original?: { quantity: string; unit: UsUnit } | null;
  concentration?: number | null;
  netMass?: string | null;
};

/** A unit as the reader writes it; one the page does not know (a newer node's) as it is. */
export function useUnitLabel(): (unit: string) => string {
  const { t } = useTranslation();
  return (unit) => (isLineUnit(unit) ? t(`notificationForm.unit.${unit}`) : unit);
}

/** The quantity as kept, the US customary one declared, the concentration, the net mass; `children` below them. */
export function LineQuantity({ line, children }: { line: QuantityLine; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const unitLabel = useUnitLabel();
  const number = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(v);
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{`${line.quantity} ${unitLabel(line.unit)}`}</Text>
      {line.original ? <Text size="xs">{t('notification.declaredAs', { quantity: line.original.quantity, unit: t(`notification.declaredUnit.${line.original.unit}`) })}</Text> : null}
      {line.concentration != null ? <Text size="xs">{t('notification.concentrationValue', { value: number(line.concentration) })}</Text> : null}
      {line.netMass ? <Text size="xs">{t('notification.netMassValue', { quantity: line.netMass, unit: unitLabel(line.unit) })}</Text> : null}
      {children}
    </Stack>
  );
}

/** A list a line is on, as the notification gives it (jurisdiction and label) or as a signed clearance binds it. */
export type ListingIn = { list: string; jurisdiction: string; label: { en: string; zh: string } } | { list: string; en: string; zh: string };

const isUn = (l: ListingIn) => ('jurisdiction' in l ? l.jurisdiction === 'UN' : l.list.startsWith('un-'));
const labelOf = (l: ListingIn) => ('label' in l ? l.label : l);

/** Wrapped, not cut: a list's name is what the regulator reads ("Precursor chemicals for export to specific…"). */
const LISTING_STYLES = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'start', paddingBlock: 2 } } as const;

/**
 * The lists the line is on, in the reader's language, the international ones (1988 Convention) first; none at all
 * says so only where `showNone` asks (a column of its own), else nothing shows.
 */
export function Listings({ listings, showNone = false, mt }: { listings: readonly ListingIn[]; showNone?: boolean; mt?: MantineSpacing }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  if (listings.length === 0) return showNone ? <Text size="sm">{t('common.none')}</Text> : null;
  const ordered = [...listings].sort((a, b) => Number(isUn(b)) - Number(isUn(a)));
  return (
    <Group gap={4} mt={mt} role="list" aria-label={t('notification.listingsLabel')}>
      {ordered.map((l) => (
        <Badge key={l.list} role="listitem" color={isUn(l) ? 'blue.9' : 'gray.8'} variant="outline" tt="none" size="sm" radius="sm" lang={langOf(locale)} styles={LISTING_STYLES}>
          {textIn(labelOf(l), locale)}
        </Badge>
      ))}
    </Group>
  );
}
