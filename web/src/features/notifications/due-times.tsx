// The importer's deadline as both sides read it: how long is left (or how long ago it passed) and the due time in
// the importer's and the exporter's zones, as the server states them.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { formatDuration, timeLeft } from './time-left';
import { CLOCK_RUNNING, type NotificationSummary } from './types';
import { useNow } from './use-now';

type Due = Pick<NotificationSummary, 'status' | 'dueAt' | 'dueLocal' | 'importingParty' | 'exportingParty'>;

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

/** "2026-12-14 00:00 Asia/Shanghai" → "2026-12-14 00:00": the zone goes without saying beside its party's code. */
const withoutZone = (local: string) => local.replace(/ [A-Za-z_]+\/[A-Za-z_/+-]+$/, '');

/**
 * The due instant in the importer's zone and in the exporter's, each named by its party's code; `compact` (in lists)
 * leaves out the zone's name, which the full text keeps in a tooltip.
 */
export function DueLocalTimes({ due, compact = false }: { due: Due; compact?: boolean }) {
  const { t } = useTranslation();
  if (!due.dueLocal) return null;
  const lines = [
    { key: 'importer', full: t('notifications.dueImporter', { party: due.importingParty, time: due.dueLocal.importer }), short: t('notifications.dueImporter', { party: due.importingParty, time: withoutZone(due.dueLocal.importer) }) },
    { key: 'exporter', full: t('notifications.dueExporter', { party: due.exportingParty, time: due.dueLocal.exporter }), short: t('notifications.dueExporter', { party: due.exportingParty, time: withoutZone(due.dueLocal.exporter) }) },
  ];
  return (
    <Stack gap={0}>
      {lines.map((l) => (
        <Text key={l.key} size={compact ? 'xs' : 'sm'} title={compact ? l.full : undefined} style={compact ? { whiteSpace: 'nowrap' } : undefined}>
          {compact ? l.short : l.full}
        </Text>
      ))}
    </Stack>
  );
}
