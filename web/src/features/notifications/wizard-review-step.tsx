// Step 4: everything entered, read back before the draft is saved, with screening's verdicts and what they mean
// for sending: unidentified chemicals block it, flagged ones need a supervisor's review first.
import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '../../app/code-lists';
import { DataTable } from '../../app/components/data-table';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { Section } from '../../app/components/section';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { agencyName, useReference } from '../directory/reference';
import { VerdictBadge } from '../substances/badges';
import { formatPartialDate } from '../substances/format';
import type { LineDraft, NotificationDraft, TraderDraft } from './draft';
import { REVIEW_VERDICTS } from './line-screening-note';
import { RouteText } from './route-text';
import { useKeptText } from './line-fields';
import { isUsUnit, keptQuantity } from './units';
import type { LineScreening } from './use-live-screening';

const none = (value: string, fallback: string) => (value.trim() === '' ? fallback : value.trim());

function TraderText({ trader }: { trader: TraderDraft }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {[trader.name, trader.address, trader.licence ? t('notification.licence', { licence: trader.licence }) : ''].filter((s) => s.trim() !== '').join('\n')}
    </Text>
  );
}

/** A quantity as declared ("50 lb"), and one in lb, oz or gal as the node will keep it (or why it would refuse it). */
function DeclaredQuantity({ line, dash }: { line: LineDraft; dash: string }) {
  const { t } = useTranslation();
  const keptText = useKeptText();
  if (!line.quantity) return dash;
  const kept = isUsUnit(line.unit) ? keptQuantity(line.quantity, line.unit) : null;
  const unit = isUsUnit(line.unit) ? t(`notification.declaredUnit.${line.unit}`) : t(`notificationForm.unit.${line.unit}`);
  return (
    <>
      {`${line.quantity} ${unit}`}
      {kept ? (
        <Text size="xs" c={'problem' in kept ? 'red.9' : undefined} style={'problem' in kept ? { whiteSpace: 'normal' } : undefined}>
          {keptText(kept)}
        </Text>
      ) : null}
    </>
  );
}

export function WizardReviewStep({ draft, screenings }: { draft: NotificationDraft; screenings: LineScreening[] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const codes = useCodeLists();
  const ref = useReference();
  const dash = t('common.none');
  const agency = ref.agency(draft.agencyId);
  const verdicts = screenings.flatMap((s) => (s.state === 'done' ? [s.result.verdict] : []));
  const unidentified = verdicts.filter((v) => v === 'insufficient-identity').length;
  const flagged = verdicts.filter((v) => REVIEW_VERDICTS.includes(v)).length;
  return (
    <Stack>
      {unidentified > 0 ? (
        <Alert color="gray.8" variant="outline">
          {t('notificationForm.reviewUnidentified', { count: unidentified })}
        </Alert>
      ) : null}
      {flagged > 0 ? (
        <Alert color="#b8400d" variant="outline">
          {t('notificationForm.reviewFlagged', { count: flagged })}
        </Alert>
      ) : null}
      <Section title={t('notificationForm.stepParties')}>
        <DetailList>
          <DetailItem label={t('notificationForm.importingParty')}>{ref.partyLabel(draft.importingParty)}</DetailItem>
          <DetailItem label={t('notificationForm.transitParties')}>{draft.transitParties.length > 0 ? formatList(draft.transitParties.map(ref.partyLabel), locale) : dash}</DetailItem>
          <DetailItem label={t('notificationForm.agency')}>{agency ? `${agency.acronym} — ${agencyName(agency, locale)}` : dash}</DetailItem>
          <DetailItem label={t('notificationForm.exporter')}>
            <TraderText trader={draft.exporter} />
          </DetailItem>
          <DetailItem label={t('notificationForm.importer')}>
            <TraderText trader={draft.importer} />
          </DetailItem>
          <DetailItem label={t('notificationForm.consignee')}>{draft.hasConsignee ? <TraderText trader={draft.consignee} /> : t('notification.consigneeIsImporter')}</DetailItem>
        </DetailList>
      </Section>
      <Section title={t('notificationForm.stepLines')}>
        <DataTable caption={t('notificationForm.reviewLinesCaption')} headers={[t('notification.colLine'), t('notificationForm.declaredName'), t('notificationForm.cas'), t('notificationForm.quantity'), t('notification.colExporterVerdict')]} minWidth={640} fz="sm">
          {draft.lines.map((l, i) => {
            const s = screenings[i];
            return (
              <Table.Tr key={l.key}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{none(l.declaredName, dash)}</Table.Td>
                <Table.Td className="mono">{none(l.cas, dash)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DeclaredQuantity line={l} dash={dash} />
                </Table.Td>
                <Table.Td>{s?.state === 'done' ? <VerdictBadge verdict={s.result.verdict} /> : dash}</Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      </Section>
      <Section title={t('notificationForm.stepShipment')}>
        <DetailList>
          <DetailItem label={t('notificationForm.intendedUse')}>{none(draft.intendedUse, dash)}</DetailItem>
          <DetailItem label={t('notificationForm.shipmentDate')}>{draft.shipmentDate ? formatPartialDate(draft.shipmentDate, locale) : dash}</DetailItem>
          <DetailItem label={t('notificationForm.route')}>
            <RouteText route={{ portOfExit: draft.portOfExit.trim() || null, portOfEntry: draft.portOfEntry.trim() || null, mode: draft.mode, carrier: draft.carrier.trim() || null }} lang={draft.language} />
          </DetailItem>
          <DetailItem label={t('notificationForm.invoiceNumber')}>{none(draft.invoiceNumber, dash)}</DetailItem>
          <DetailItem label={t('notificationForm.permitNumber')}>{none(draft.permitNumber, dash)}</DetailItem>
          <DetailItem label={t('notificationForm.importPermitNumber')}>{none(draft.importPermitNumber, dash)}</DetailItem>
          <DetailItem label={t('notificationForm.language')}>{codes.label('languages', draft.language)}</DetailItem>
          <DetailItem label={t('notificationForm.handling')}>{codes.label('handling', draft.handling)}</DetailItem>
        </DetailList>
      </Section>
    </Stack>
  );
}
