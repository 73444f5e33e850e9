// The answer of a clearance check: valid or not, in large type; who signed it (party and key fingerprint, to be
// compared with what that party published); what the signed document says; and the node's own current record.
import { Alert, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailList } from '../../app/components/detail-list';
import { useUiLocale } from '../../app/locale';
import { formatFingerprint } from '../exchange/fingerprint';
import type { VerifyResult } from './types';
import { isDecision, isStatus } from './types';
import { DifferencesTable } from './verify-differences';
import { DocumentView, SummaryView } from './verify-document';
import { invalidReason, partyNameIn } from './verify-input';

type NameOf = (code: string) => string;
type ResultProps = { result: VerifyResult; nameOf: NameOf };

function Verdict({ result, nameOf }: ResultProps) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const reason = invalidReason(result);
  const party = result.issuer.party ? nameOf(result.issuer.party) : null;
  if (reason === null) {
    return (
      <Alert color="teal.9" variant="filled" title={<Title order={2} size="h3">{party ? t('verify.valid', { party }) : t('verify.validUnknownParty')}</Title>}>
        <Text size="sm">{t(result.kind === 'qr' ? 'verify.kindQr' : 'verify.kindDocument')}</Text>
      </Alert>
    );
  }
  // The differences are listed below in the reader's language: the node's English summary of them would repeat them.
  const nodeSays = locale === 'en' && result.problem && reason !== 'copy-differs';
  return (
    <Alert color="red.9" variant="filled" title={<Title order={2} size="h3">{t('verify.invalid')}</Title>}>
      <Text size="sm">{t(`verify.reason.${reason}`)}</Text>
      {nodeSays ? <Text size="sm" mt={4}>{t('verify.nodeSays', { problem: result.problem })}</Text> : null}
    </Alert>
  );
}

function Issuer({ result, nameOf }: ResultProps) {
  const { t } = useTranslation();
  const party = result.issuer.party ? nameOf(result.issuer.party) : null;
  return (
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
  );
}

function CurrentRecord({ current }: { current: NonNullable<VerifyResult['current']> }) {
  const { t } = useTranslation();
  const status = isStatus(current.status) ? t(`notifications.status.${current.status}`) : current.status;
  const decision = current.decision && isDecision(current.decision) ? t(`notifications.decision.${current.decision}`) : current.decision;
  return (
    <Alert color="blue.9" variant="outline" title={t('verify.currentTitle')}>
      {t('verify.current', { reference: current.reference, status })}
      {decision ? ` ${t('verify.currentDecision', { decision })}` : ''}
    </Alert>
  );
}

function Differences({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}>
      <Title order={2} size="h4" mb="sm">{t('verify.differencesTitle')}</Title>
      <DifferencesTable differences={result.differences} signed={result.document} />
    </Paper>
  );
}

/**
 * What was signed: the document (from the JWS); for a QR code, what the QR code says and then, when the node holds
 * it (or the file sent carried it), the signed document whose hash the QR code carries.
 */
function Content({ result, nameOf, sentCopy }: ResultProps & { sentCopy: boolean }) {
  const { t } = useTranslation();
  const qr = result.kind === 'qr' ? result.summary : null;
  const doc = result.document;
  return (
    <>
      {qr ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{t('verify.summary')}</Title>
          <SummaryView summary={qr} nameOf={nameOf} />
          {!doc && result.valid ? <Text size="sm" mt="sm">{t('verify.noNodeCopy')}</Text> : null}
        </Paper>
      ) : null}
      {doc ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{t(qr ? 'verify.nodeCopyTitle' : 'verify.document')}</Title>
          {qr ? <Text size="sm" mb="sm">{t(sentCopy ? 'verify.fileCopyNote' : 'verify.nodeCopyNote')}</Text> : null}
          {result.differences.length > 0 ? <Text size="sm" mb="sm">{t('verify.signedContentNote')}</Text> : null}
          <DocumentView doc={doc} nameOf={nameOf} />
        </Paper>
      ) : null}
    </>
  );
}

/** `sentCopy`: the request carried a readable copy of the document (a loaded clearance file). */
export function VerifyResultView({ result, sentCopy }: { result: VerifyResult; sentCopy: boolean }) {
  const locale = useUiLocale();
  const nameOf = (code: string) => partyNameIn(code, result.parties, locale);
  return (
    <Stack aria-live="polite">
      <Verdict result={result} nameOf={nameOf} />
      {result.differences.length > 0 ? <Differences result={result} /> : null}
      {result.issuer.kid ? <Issuer result={result} nameOf={nameOf} /> : null}
      {result.current ? <CurrentRecord current={result.current} /> : null}
      <Content result={result} nameOf={nameOf} sentCopy={sentCopy} />
    </Stack>
  );
}
