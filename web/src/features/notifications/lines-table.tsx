// The chemical lines with both parties' screening side by side: the exporter's verdict (its registry, when drafted
// and sent) and the importer's (its own registry, on receipt). A row opens to show each side's reasons. Each line
// shows what a regulator checks first: the quantity kept (and as declared, when in lb, oz or gal), the net mass of
// the pure substance, and the lists this node's screening finds it on.
import { Button, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { Filled, slot } from '../../app/components/filled';
import { useUiLocale } from '../../app/locale';
import { writtenLang, type TextLang } from '../../app/translations';
import { useReference } from '../directory/reference';
import { VerdictBadge } from '../substances/badges';
import { formatHs, langOf, textIn } from '../substances/format';
import { IdentifiedNames } from '../substances/identified-names';
import { ScreeningDetails } from '../substances/screening-details';
import type { ScreeningResult } from '../substances/types';
import { LineQuantity, Listings } from './line-parts';
import type { LineView, Notification } from './types';

/** `lang`: the notification's language, the one its declared names are written in. */
function Declared({ line, lang }: { line: LineView; lang: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} lang={lang}>
        {line.declaredName}
      </Text>
      <IdentifiedNames substances={line.substances} />
      {line.cas ? <Text size="xs">{t('notification.casValue', { cas: line.cas })}</Text> : null}
      {line.hsCode ? <Text size="xs">{t('notification.hsValue', { hs: formatHs(line.hsCode) })}</Text> : null}
      {line.smiles ? (
        <Text size="xs" className="mono" translate="no">
          {line.smiles}
        </Text>
      ) : null}
      <Listings listings={line.listings} mt={4} />
    </Stack>
  );
}

/** How the line is packed; `lang`: the notification's language, the one its packaging is described in. */
function Packing({ line, lang }: { line: LineView; lang: TextLang }) {
  const { t } = useTranslation();
  if (!line.packaging && line.packages === null) return null;
  return (
    <Text size="xs">
      <Filled text={t('notification.packagingValue', { packaging: slot('packaging'), count: line.packages ?? t('common.none') })} parts={{ packaging: line.packaging ? <span lang={writtenLang(line.packaging, lang)}>{line.packaging}</span> : t('common.none') }} />
    </Text>
  );
}

function Reasons({ title, screening, empty }: { title: string; screening: ScreeningResult | null; empty: string }) {
  const locale = useUiLocale();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {screening ? (
        <>
          <Text size="sm" fw={600} lang={langOf(locale)}>
            {textIn(screening.summary, locale)}
          </Text>
          <ScreeningDetails result={screening} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

export function LinesTable({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const ref = useReference();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (p: number) => setOpen((prev) => (prev.has(p) ? new Set([...prev].filter((x) => x !== p)) : new Set([...prev, p])));
  const exporter = ref.partyLabel(n.exportingParty);
  const importer = ref.partyLabel(n.importingParty);
  const headers = [t('notification.colLine'), t('notification.colDeclared'), t('notification.colAmount'), t('notification.colExporterVerdict'), t('notification.colImporterVerdict'), t('screening.colDetails')];
  return (
    <DataTable caption={t('notification.linesCaption')} headers={headers} minWidth={860} fz="sm">
      {n.lines.map((l) => {
        const isOpen = open.has(l.position);
        const id = `line-reasons-${l.position}`;
        return (
          <Fragment key={l.position}>
            <Table.Tr>
              <Table.Td>{l.position}</Table.Td>
              <Table.Td maw={320} style={{ overflowWrap: 'anywhere' }}>
                <Declared line={l} lang={writtenLang(l.declaredName, n.language)} />
              </Table.Td>
              <Table.Td>
                <LineQuantity line={l}>
                  <Packing line={l} lang={n.language} />
                </LineQuantity>
              </Table.Td>
              <Table.Td>
                <VerdictBadge verdict={l.verdict} />
              </Table.Td>
              <Table.Td>{l.receiverVerdict ? <VerdictBadge verdict={l.receiverVerdict} /> : <Text size="sm" c="dimmed">{t('notification.notScreenedYet')}</Text>}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => toggle(l.position)} aria-expanded={isOpen} aria-controls={isOpen ? id : undefined} aria-label={t(isOpen ? 'screening.hideDetailsOf' : 'screening.showDetailsOf', { line: l.position })} style={{ whiteSpace: 'nowrap' }}>
                  {isOpen ? t('screening.hideDetails') : t('screening.showDetails')}
                </Button>
              </Table.Td>
            </Table.Tr>
            {isOpen ? (
              <Table.Tr id={id}>
                <Table.Td colSpan={6}>
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" py="xs">
                    <Reasons title={t('notification.exporterScreening', { party: exporter })} screening={l.screening} empty={t('notification.noReasons')} />
                    <Reasons title={t('notification.importerScreening', { party: importer })} screening={l.receiverScreening} empty={l.receiverVerdict ? t('notification.noReasons') : t('notification.notScreenedYet')} />
                  </SimpleGrid>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Fragment>
        );
      })}
    </DataTable>
  );
}
