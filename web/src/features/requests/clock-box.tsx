// The reply clock of one request: time left (or overdue, or stopped for a clarification), the deadline on the
// reader's clock and the other party's, the period it was counted with, and any delay notice's expected date (on
// both clocks too). Spontaneous information expects no answer: no clock at all.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { DueBothZones, TimeLeftText, useDeadlineText } from './clock-text';
import type { Request } from './types';

export function ClockBox({ request: r }: { request: Request }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  const deadline = useDeadlineText(r);
  const c = r.clock;
  const hasClock = r.type !== 'spontaneous';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clock-title" bg={c.overdue ? 'red.0' : undefined} data-testid="request-clock">
      <Title order={2} size="h4" mb="sm" id="clock-title">
        {t('requests.clock.title')}
      </Title>
      <Stack gap={6}>
        {hasClock ? <TimeLeftText request={r} size="lg" /> : <Text size="sm">{t('requests.clock.spontaneous')}</Text>}
        <DueBothZones request={r} size="md" />
        {hasClock && c.period ? <Text size="sm">{t(`requests.clock.period.${c.period.unit}`, { count: c.period.amount })}</Text> : null}
        {c.pausedAt ? <Text size="sm">{t('requests.clock.pausedAt', { time: at(c.pausedAt) })}</Text> : null}
        {c.expectedAt ? (
          <Text size="sm" fw={600} data-testid="expected-both-zones">
            {t('requests.clock.expected', { time: deadline(c.expectedAt), count: r.delayCount })}
          </Text>
        ) : null}
        {c.receivedAt ? (
          <Text size="sm" c="dimmed">
            {t('requests.clock.receivedAt', { time: at(c.receivedAt) })}
          </Text>
        ) : null}
        {r.sentAt ? (
          <Text size="sm" c="dimmed">
            {t('requests.clock.sentAt', { time: at(r.sentAt) })}
          </Text>
        ) : null}
        {r.answeredAt ? (
          <Text size="sm" c="dimmed">
            {t('requests.clock.answeredAt', { time: at(r.answeredAt) })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
