// The importer's reply deadline: the due date, how long is left, the due time in both parties' zones, and a
// warning when the importing party's holiday calendar for a year the period spans is not known to the node.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { formatList } from '../../app/format';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { useReference } from '../directory/reference';
import { formatPartialDate } from '../substances/format';
import { DueLocalTimes, TimeLeftText } from './due-times';
import type { Notification } from './types';

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
        {n.dueDate ? (
          <Text fw={600}>{t('notification.dueDate', { date: formatPartialDate(n.dueDate, locale), party: ref.partyLabel(n.importingParty) })}</Text>
        ) : (
          <Text>{n.status === 'draft' ? t('notification.deadlineAfterSending') : t('notification.deadlineAfterReceipt')}</Text>
        )}
        {n.dueAt ? <TimeLeftText due={n} size="lg" /> : null}
        <DueLocalTimes due={n} />
        {n.dueAt ? <Text size="sm">{t('time.yourTime', { time: at(n.dueAt) })}</Text> : null}
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
