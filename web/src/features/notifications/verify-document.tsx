// What a clearance binds, on the verification page: the signed document in full — decision, who decided and when,
// the parties, the traders, the route, the permits and every line — or what a QR code says itself. A document
// signed before a field existed simply shows without it. Names, addresses, ports and permit numbers are quoted
// as signed, never translated.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { PersonName } from '../../app/components/person-name';
import { useUiLocale } from '../../app/locale';
import { browserTimeZone, formatDateTime, formatDay } from '../../app/time';
import { writtenLang } from '../../app/translations';
import { ChosenPhrases } from './chosen-phrases';
import { Trader } from './line-parts';
import { RouteText } from './route-text';
import type { ClearanceDocument, ClearanceSummary } from './types';
import { DocumentLines, SummaryLines } from './verify-lines';

type NameOf = (code: string) => string;

const wrapping = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

const Quoted = ({ value }: { value: string | null }) => {
  const { t } = useTranslation();
  return value ? <Text translate="no" className="mono" style={wrapping}>{value}</Text> : <Text>{t('common.none')}</Text>;
};

function Decision({ doc }: { doc: ClearanceDocument }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <>
      <DetailItem label={t('verify.reference')}>
        <Text className="mono">{doc.reference}</Text>
      </DetailItem>
      <DetailItem label={t('verify.decision')}>
        <Text fw={700}>{t(`verify.decisionValue.${doc.decision}`)}</Text>
      </DetailItem>
      <DetailItem label={t('verify.decidedAt')}>
        <Text>{formatDateTime(doc.decidedAt, { locale, timeZone: browserTimeZone() })}</Text>
      </DetailItem>
      <DetailItem label={t('verify.decidedBy')}>
        <Text>
          <PersonName name={doc.decidedBy.name} />
          {` — ${doc.decidedBy.agency}`}
        </Text>
      </DetailItem>
      <DetailItem label={t('verify.reasonLabel')}>
        <ChosenPhrases codes={doc.codes ?? []} />
        {doc.reason || !doc.codes?.length ? <Text style={wrapping}>{doc.reason ?? t('common.none')}</Text> : null}
      </DetailItem>
    </>
  );
}

function Shipment({ doc, nameOf }: { doc: ClearanceDocument; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const transit = doc.transitParties?.length ? new Intl.ListFormat(locale, { type: 'unit' }).format(doc.transitParties.map(nameOf)) : t('verify.transitNone');
  return (
    <>
      {doc.transitParties ? (
        <DetailItem label={t('notificationForm.transitParties')}>
          <Text>{transit}</Text>
        </DetailItem>
      ) : null}
      {doc.route ? (
        <DetailItem label={t('notificationForm.route')}>
          <Text style={wrapping}>
            <RouteText route={doc.route} lang="en" />
          </Text>
        </DetailItem>
      ) : null}
      {doc.permits ? (
        <>
          <DetailItem label={t('verify.exportAuthorisation')}>
            <Quoted value={doc.permits.exportAuthorisation} />
          </DetailItem>
          <DetailItem label={t('verify.importPermit')}>
            <Quoted value={doc.permits.importPermit} />
          </DetailItem>
        </>
      ) : null}
      <DetailItem label={t('notificationForm.shipmentDate')}>
        <Text>{formatDay(doc.shipmentDate, locale)}</Text>
      </DetailItem>
      <DetailItem label={t('verify.version')}>
        <Text>{doc.notificationVersion}</Text>
      </DetailItem>
    </>
  );
}

export function DocumentView({ doc, nameOf }: { doc: ClearanceDocument; nameOf: NameOf }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <DetailList>
        <Decision doc={doc} />
        <DetailItem label={t('verify.parties')}>
          <Text>{t('verify.partiesValue', { exporting: nameOf(doc.exportingParty), importing: nameOf(doc.importingParty) })}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.exporter')}>
          <Trader lang="en" trader={doc.exporter} />
        </DetailItem>
        <DetailItem label={t('notificationForm.importer')}>
          <Trader lang="en" trader={doc.importer} />
        </DetailItem>
        {doc.consignee !== undefined ? (
          <DetailItem label={t('notificationForm.consignee')}>{doc.consignee ? <Trader lang="en" trader={doc.consignee} /> : <Text>{t('notification.consigneeIsImporter')}</Text>}</DetailItem>
        ) : null}
        <Shipment doc={doc} nameOf={nameOf} />
      </DetailList>
      <DocumentLines lines={doc.lines} />
    </Stack>
  );
}

export function SummaryView({ summary, nameOf }: { summary: ClearanceSummary; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <Stack gap="sm">
      <DetailList>
        <DetailItem label={t('verify.reference')}>
          <Text className="mono">{summary.ref}</Text>
        </DetailItem>
        <DetailItem label={t('verify.decision')}>
          <Text fw={700}>{t(`verify.decisionValue.${summary.d}`)}</Text>
        </DetailItem>
        <DetailItem label={t('verify.decidedAt')}>
          <Text>{formatDateTime(summary.at, { locale, timeZone: browserTimeZone() })}</Text>
        </DetailItem>
        <DetailItem label={t('verify.parties')}>
          <Text>{t('verify.partiesValue', { exporting: nameOf(summary.exp), importing: nameOf(summary.imp) })}</Text>
        </DetailItem>
        {summary.x !== undefined ? (
          <DetailItem label={t('notificationForm.exporter')}>
            <Text fw={600} lang={writtenLang(summary.x, 'en')} translate="no" style={wrapping}>{summary.x}</Text>
          </DetailItem>
        ) : null}
        {summary.i !== undefined ? (
          <DetailItem label={t('notificationForm.importer')}>
            <Text fw={600} lang={writtenLang(summary.i, 'en')} translate="no" style={wrapping}>{summary.i}</Text>
          </DetailItem>
        ) : null}
        <DetailItem label={t('verify.documentHash')}>
          <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>{summary.h}</Text>
        </DetailItem>
      </DetailList>
      {summary.l ? <SummaryLines summary={summary} /> : null}
    </Stack>
  );
}
