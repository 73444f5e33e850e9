// The request's steps on both nodes, oldest first: which party, what (acknowledged, a delay notice, a request for
// clarification, an answer…), who and when on the reader's clock, the coded reason and the note (in the reader's
// language first, translatable), the expected date of a delay and the new deadline of an acknowledgement (on the
// reader's clock and the other party's), an answer's handling and use restrictions, the entities and records a step
// names, and the documents given with it. An answer awaiting a second signature says so, with approve/return for
// the supervisor who may.
import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { Filled, slot } from '../../app/components/filled';
import { PersonName } from '../../app/components/person-name';
import { TranslatableText } from '../../app/components/translatable-text';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { PartyBadge } from '../directory/party-badge';
import { HandlingBadge } from '../incidents/badges';
import { EntityLinkTo, useEntityLabels } from '../incidents/entity-value';
import { DARK_ORANGE } from '../notifications/badges';
import { useDeadlineText } from './clock-text';
import { textLang, useRequestCodes } from './codes';
import { DocumentsList } from './documents-list';
import { StepApproval } from './step-approval';
import type { Request, StepView } from './types';

function reasonLabel(step: StepView, label: (list: 'delayReasons' | 'refusalReasons', code: string) => string): string | null {
  if (!step.reason) return null;
  if (step.kind === 'delay') return label('delayReasons', step.reason);
  if (step.kind === 'refusal') return label('refusalReasons', step.reason);
  return step.reason;
}

/** What a step carries besides its note: its use restrictions, the entities it names and the records it links. */
function StepExtras({ step: s }: { step: StepView }) {
  const { t } = useTranslation();
  const labels = useEntityLabels();
  const locale = useUiLocale();
  const sep = locale === 'en' ? '; ' : '；';
  const records = s.links ? [...s.links.incidents, ...s.links.notifications] : [];
  return (
    <>
      {s.useRestrictions.length > 0 ? <Text size="sm" mt={4}>{t('requests.step.restrictions', { list: s.useRestrictions.map((u) => t(`incidentForm.restriction.${u}.label`, { defaultValue: u })).join(sep) })}</Text> : null}
      {s.entities.length > 0 ? (
        <Text size="sm" mt={4} component="div">
          {t('requests.step.entities')}{' '}
          {s.entities.map((e, n) => (
            <Text span size="sm" key={`${e.kind}:${e.key}:${n}`}>
              {n > 0 ? sep : null}
              {`${labels.kind(e.kind)} `}
              {e.key ? <EntityLinkTo kind={e.kind} entityKey={e.key} value={e.value} /> : e.value}
            </Text>
          ))}
        </Text>
      ) : null}
      {records.length > 0 ? <Text size="sm" mt={4}>{t('requests.step.links', { list: records.join(sep) })}</Text> : null}
    </>
  );
}

function StepItem({ request, step: s, onChanged }: { request: Request; step: StepView; onChanged: (r: Request) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const codes = useRequestCodes();
  const deadline = useDeadlineText(request);
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const reason = reasonLabel(s, codes.label);
  return (
    <Paper component="li" withBorder p="sm" style={{ borderLeft: `4px solid var(--mantine-color-${s.state === 'pending-approval' ? 'orange' : 'blue'}-8)` }} data-step={s.kind}>
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Group gap="xs" wrap="wrap">
          <PartyBadge code={s.party} />
          <Text fw={600}>{t(`requests.step.${s.kind}`, { defaultValue: s.kind })}</Text>
          <Text size="sm" c="dimmed">
            {s.authorName === 'system' ? t('requests.step.system') : <PersonName name={s.authorName} />}
          </Text>
          {s.handling ? <HandlingBadge handling={s.handling} /> : null}
          {s.state === 'pending-approval' ? (
            <Badge color={DARK_ORANGE} tt="none">
              {t('requests.step.pendingApproval')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {at(s.at)}
        </Text>
      </Group>
      {reason ? <Text size="sm" mt={4}>{t('requests.step.reason', { reason })}</Text> : null}
      {s.expectedAt ? <Text size="sm" mt={4} data-testid="step-expected">{t('requests.step.expectedAt', { time: deadline(s.expectedAt) })}</Text> : null}
      {s.dueAt ? <Text size="sm" mt={4} data-testid="step-due">{t('requests.step.dueAt', { time: deadline(s.dueAt) })}</Text> : null}
      {s.note ? (
        <Box mt={4}>
          <TranslatableText field={`steps.${s.id}.note`} text={s.note} lang={s.language ? textLang(s.language) : undefined} size="sm" />
        </Box>
      ) : null}
      <StepExtras step={s} />
      {s.approvedByName ? <Text size="xs" c="dimmed" mt={4}><Filled text={t('requests.detail.approvedBy', { name: slot('name') })} parts={{ name: <PersonName name={s.approvedByName} /> }} /></Text> : null}
      <DocumentsList requestId={request.id} documents={s.documents} label={t('requests.documents.withStep')} />
      <StepApproval request={request} step={s} onChanged={onChanged} />
    </Paper>
  );
}

export function RequestTimeline({ request: r, onChanged }: { request: Request; onChanged: (r: Request) => void }) {
  const { t } = useTranslation();
  if (r.steps.length === 0) return <Text size="sm">{t('requests.step.none')}</Text>;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('requests.detail.timeline')}>
      {r.steps.map((s) => (
        <StepItem key={s.id} request={r} step={s} onChanged={onChanged} />
      ))}
    </Stack>
  );
}
