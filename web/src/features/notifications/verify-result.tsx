// The answer of a clearance check: valid or not, in large type; who signed it (party and key fingerprint, to be
// compared with what that party published); what the signed document says; and the node's own current record.
import { Alert, Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { PersonName } from '../../app/components/person-name';
import { useUiLocale } from '../../app/locale';
import { browserTimeZone, formatDateTime, formatDay } from '../../app/time';
import { formatFingerprint } from '../exchange/fingerprint';
import { ChosenPhrases } from './chosen-phrases';
import type { ClearanceDocument, ClearanceSummary, VerifyResult } from './types';
import { isDecision, isStatus } from './types';
import { invalidReason, partyNameIn } from './verify-input';

type NameOf = (code: string) => string;

function DocumentView({ doc, nameOf }: { doc: ClearanceDocument; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const trader = (tr: ClearanceDocument['exporter']) => [tr.name, tr.address, tr.licence ? t('notification.licence', { licence: tr.licence }) : ''].filter(Boolean).join('\n');
  return (
    <Stack gap="sm">
      <DetailList>
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
          {doc.reason || !doc.codes?.length ? <Text style={{ whiteSpace: 'pre-wrap' }}>{doc.reason ?? t('common.none')}</Text> : null}
        </DetailItem>
        <DetailItem label={t('verify.parties')}>
          <Text>{t('verify.partiesValue', { exporting: nameOf(doc.exportingParty), importing: nameOf(doc.importingParty) })}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.exporter')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{trader(doc.exporter)}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.importer')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{trader(doc.importer)}</Text>
        </DetailItem>
        <DetailItem label={t('notificationForm.shipmentDate')}>
          <Text>{formatDay(doc.shipmentDate, locale)}</Text>
        </DetailItem>
        <DetailItem label={t('verify.version')}>
          <Text>{doc.notificationVersion}</Text>
        </DetailItem>
      </DetailList>
      <DataTable caption={t('verify.linesCaption')} headers={[t('notification.colLine'), t('notificationForm.declaredName'), t('notificationForm.cas'), t('notificationForm.hsCode'), t('notificationForm.quantity')]} minWidth={560} fz="sm">
        {doc.lines.map((l) => (
          <Table.Tr key={l.position}>
            <Table.Td>{l.position}</Table.Td>
            <Table.Td>{l.declaredName}</Table.Td>
            <Table.Td className="mono">{l.cas ?? t('common.none')}</Table.Td>
            <Table.Td>{l.hsCode ?? t('common.none')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${l.quantity} ${l.unit}`}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}

function SummaryView({ summary, nameOf }: { summary: ClearanceSummary; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
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
      <DetailItem label={t('verify.documentHash')}>
        <Text size="xs" className="mono">{summary.h}</Text>
      </DetailItem>
    </DetailList>
  );
}

export function VerifyResultView({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const reason = invalidReason(result);
  const nameOf = (code: string) => partyNameIn(code, result.parties, locale);
  const party = result.issuer.party ? nameOf(result.issuer.party) : null;
  return (
    <Stack aria-live="polite">
      {reason === null ? (
        <Alert color="teal.9" variant="filled" title={<Title order={2} size="h3">{party ? t('verify.valid', { party }) : t('verify.validUnknownParty')}</Title>}>
          <Text size="sm">{t(result.kind === 'qr' ? 'verify.kindQr' : 'verify.kindDocument')}</Text>
        </Alert>
      ) : (
        <Alert color="red.9" variant="filled" title={<Title order={2} size="h3">{t('verify.invalid')}</Title>}>
          <Text size="sm">{t(`verify.reason.${reason}`)}</Text>
          {locale === 'en' && result.problem ? <Text size="sm" mt={4}>{t('verify.nodeSays', { problem: result.problem })}</Text> : null}
        </Alert>
      )}
      {result.issuer.kid ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{t('verify.issuer')}</Title>
          <DetailList>
            <DetailItem label={t('verify.issuerParty')}>
              <Group gap="xs">
                <Text>{party ?? t('common.none')}</Text>
                {result.issuer.party ? <Badge variant="outline" color="blue.9" tt="none">{result.issuer.party}</Badge> : null}
              </Group>
            </DetailItem>
            <DetailItem label={t('verify.keyId')}>
              <Text className="mono">{result.issuer.kid}</Text>
            </DetailItem>
          </DetailList>
          {result.issuer.fingerprint ? (
            <Stack gap={4} mt="sm">
              <Text size="sm" fw={600} c="dimmed">{t('verify.fingerprint')}</Text>
              <Code block fz="md" className="fingerprint" translate="no">{formatFingerprint(result.issuer.fingerprint)}</Code>
              <Text size="sm">{t('verify.fingerprintHelp')}</Text>
            </Stack>
          ) : null}
        </Paper>
      ) : null}
      {result.current ? (
        <Alert color="blue.9" variant="outline" title={t('verify.currentTitle')}>
          {t('verify.current', { reference: result.current.reference, status: isStatus(result.current.status) ? t(`notifications.status.${result.current.status}`) : result.current.status })}
          {result.current.decision ? ` ${t('verify.currentDecision', { decision: isDecision(result.current.decision) ? t(`notifications.decision.${result.current.decision}`) : result.current.decision })}` : ''}
        </Alert>
      ) : null}
      {result.document ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{t('verify.document')}</Title>
          <DocumentView doc={result.document} nameOf={nameOf} />
        </Paper>
      ) : result.summary ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{t('verify.summary')}</Title>
          <SummaryView summary={result.summary} nameOf={nameOf} />
        </Paper>
      ) : null}
    </Stack>
  );
}
