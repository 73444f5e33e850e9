// The importer's reply deadline: the day it ends in the importer's zone (with the reader's own clock beside it), how
// long is left, the period it was counted with (calendar days, or working days on the importer's calendar), and a
// warning when that calendar is not known for a year the period spans.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from '../directory/reference';
import { DueText, TimeLeftText } from './due-times';
import type { Notification } from './types';

/** "15 calendar days from receipt" / "15 working days from receipt, on the PRC's public-holiday calendar". */
function PeriodText({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const ref = useReference();
  const party = ref.partyLabel(n.importingParty);
  const p = n.replyPeriod;
  const text = !p
    ? t('notification.periodUnrecorded', { party })
    : p.kind === 'calendar'
      ? t(p.days === 1 ? 'notification.periodCalendarOne' : 'notification.periodCalendar', { days: p.days })
      : t(p.days === 1 ? 'notification.periodWorkingOne' : 'notification.periodWorking', { days: p.days, party });
  return (
    <Text size="sm" data-testid="reply-period">
      {text}
    </Text>
  );
}

export function DeadlineBox({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  const at = (iso: string) => formatDateTime(iso, { locale, timeZone: me.timeZone });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deadline-title" bg={n.overdue ? 'red.0' : undefined}>
      <Title order={2} size="h4" mb="sm" id="deadline-title">
        {t('notification.deadlineTitle')}
      </Title>
      <Stack gap={6}>
        {n.dueAt ? (
          <DueText due={n} dueZone={n.dueTimeZone} />
        ) : (
          <Text>{n.status === 'draft' ? t('notification.deadlineAfterSending') : t('notification.deadlineAfterReceipt')}</Text>
        )}
        {n.dueAt ? <TimeLeftText due={n} size="lg" /> : null}
        {n.dueAt ? <PeriodText notification={n} /> : null}
        {n.receivedAt ? <Text size="sm" c="dimmed">{t('notification.receivedAt', { time: at(n.receivedAt) })}</Text> : null}
        {n.repliedAt ? <Text size="sm" c="dimmed">{t('notification.repliedAt', { time: at(n.repliedAt) })}</Text> : null}
        {n.calendarUnknown.length > 0 ? (
          <Text size="sm" c="#b8400d" fw={600}>
            {t('notification.calendarUnknown', { party: ref.partyLabel(n.importingParty), years: formatList(n.calendarUnknown.map(String), locale) })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
