// The chemicals a clearance binds, as the verification page shows them: from the signed document (quantity in the
// unit kept, the US customary one declared beside it, concentration, net mass of the pure substance, the lists the
// importing node found the line on) or, from a QR code, the few lines it names itself.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { writtenLang } from '../../app/translations';
import { formatHs } from '../substances/format';
import { LineQuantity, Listings, useUnitLabel } from './line-parts';
import type { ClearanceDocument, ClearanceSummary } from './types';

const breaking = { overflowWrap: 'break-word' } as const;

/** Every line of the signed document; the lists column is left out for a document signed before lists were bound. */
export function DocumentLines({ lines }: { lines: ClearanceDocument['lines'] }) {
  const { t } = useTranslation();
  const hasListings = lines.some((l) => l.listings !== undefined);
  const headers = [t('notification.colLine'), t('notificationForm.declaredName'), t('verify.colCasHs'), t('notification.colAmount')];
  if (hasListings) headers.push(t('verify.colListings'));
  return (
    <DataTable caption={t('verify.linesCaption')} headers={headers} minWidth={hasListings ? 640 : 480} fz="sm">
      {lines.map((l) => (
        <Table.Tr key={l.position}>
          <Table.Td>{l.position}</Table.Td>
          <Table.Td maw={200} style={breaking} lang={writtenLang(l.declaredName, 'en')}>
            {l.declaredName}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm" className="mono">{l.cas ?? t('common.none')}</Text>
            {l.hsCode ? <Text size="xs">{t('notification.hsValue', { hs: formatHs(l.hsCode) })}</Text> : null}
          </Table.Td>
          <Table.Td>
            <LineQuantity line={l} />
          </Table.Td>
          {hasListings ? (
            <Table.Td miw={180} style={breaking}>
              <Listings listings={l.listings ?? []} showNone />
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** The lines a QR code names (those signed since it carries them): the first few, and how many the document has. */
export function SummaryLines({ summary }: { summary: ClearanceSummary }) {
  const { t } = useTranslation();
  const unitLabel = useUnitLabel();
  const lines = summary.l ?? [];
  const count = summary.n ?? lines.length;
  return (
    <>
      <Text size="sm">{count > lines.length ? t('verify.qrLinesSome', { shown: lines.length, count }) : t('verify.qrLinesAll', { count })}</Text>
      <DataTable caption={t('verify.qrLinesCaption')} headers={[t('notification.colLine'), t('notificationForm.declaredName'), t('notificationForm.cas'), t('notification.colAmount')]} minWidth={480} fz="sm">
        {lines.map((l) => (
          <Table.Tr key={l.p}>
            <Table.Td>{l.p}</Table.Td>
            <Table.Td style={breaking} lang={writtenLang(l.n, 'en')}>
              {l.n}
            </Table.Td>
            <Table.Td className="mono" style={{ whiteSpace: 'nowrap' }}>{l.c ?? t('common.none')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${l.q} ${unitLabel(l.u)}`}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
