// The importer's deadline as both sides read it: how long is left (or how long ago it passed) and the day it ends
// in the importer's zone, with the reader's own clock beside it.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { describeDeadline } from '../../app/deadline';
import { useUiLocale } from '../../app/locale';
import { useReference } from '../directory/reference';
import { formatDuration, timeLeft } from './time-left';
import { CLOCK_RUNNING, type NotificationSummary } from './types';
import { useNow } from './use-now';

type Due = Pick<NotificationSummary, 'status' | 'dueAt' | 'importingParty'>;

const SOON_MS = 3 * 86_400_000;

/** "3 days left", "overdue by 2 days", or why no clock runs. */
export function TimeLeftText({ due, size = 'sm' }: { due: Due; size?: string }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const now = useNow();
  if (!CLOCK_RUNNING.includes(due.status) || !due.dueAt) {
    const why =
      due.status === 'info-requested'
        ? t('notifications.clockStopped')
        : due.status === 'sent'
          ? t('notifications.notReceivedYet')
          : due.status === 'cleared' || due.status === 'objected'
            ? t('notifications.answered')
            : t('common.none');
    return (
      <Text size={size} c="dimmed">
        {why}
      </Text>
    );
  }
  const left = timeLeft(due.dueAt, now);
  if (!left) return null;
  const duration = formatDuration(left, locale);
  const isSoon = !left.isOverdue && new Date(due.dueAt).getTime() - now.getTime() < SOON_MS;
  return (
    <Text size={size} fw={left.isOverdue || isSoon ? 700 : undefined} c={left.isOverdue ? 'red.9' : isSoon ? '#b8400d' : undefined}>
      {left.isOverdue ? t('notifications.overdueBy', { duration }) : t('notifications.timeLeft', { duration })}
    </Text>
  );
}

/**
 * The deadline as people say it, in the importer's zone (the one its period was counted in), and in the reader's own
 * when that clock reads differently: "By the end of 22 Dec 2026, Beijing time (11:00 on 22 Dec in Washington)".
 */
export function DueText({ due, dueZone, compact = false }: { due: Due; dueZone?: string | null; compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = useUiLocale();
  const ref = useReference();
  if (!due.dueAt) return null;
  const zone = dueZone ?? ref.party(due.importingParty)?.timeZone ?? 'UTC';
  const text = describeDeadline(t, { dueAt: due.dueAt, dueZone: zone, readerZone: me.timeZone, locale });
  return (
    <Stack gap={0} data-testid="due-text">
      <Text size={compact ? 'xs' : 'md'} fw={compact ? undefined : 700}>
        {text.main}
      </Text>
      {text.reader ? (
        <Text size={compact ? 'xs' : 'sm'} c={compact ? 'dimmed' : undefined}>
          {text.reader}
        </Text>
      ) : null}
    </Stack>
  );
}
