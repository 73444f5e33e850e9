// Pieces of a bulk screening shown both for the job just uploaded and in the list of recent ones: its status, the
// lines per verdict, the result downloads, and why it failed.
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLocale } from '../../app/locale';
import { VerdictBadge } from './badges';
import { failureKind, resultsUrl } from './screening-jobs';
import { VERDICTS, type ScreeningJob } from './types';

const STATUS_COLOURS: Record<ScreeningJob['status'], string> = { queued: 'gray.7', running: 'blue.9', done: 'teal.9', failed: 'red.9' };

export function JobStatusBadge({ status }: { status: ScreeningJob['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="outline" tt="none" miw="max-content">
      {t(`bulkScreening.status.${status}`)}
    </Badge>
  );
}

/** The verdicts that occur, each with its number of lines, in the order of severity. */
export function VerdictCounts({ counts }: { counts: ScreeningJob['counts'] }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const present = VERDICTS.filter((v) => (counts[v] ?? 0) > 0);
  if (present.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {present.map((v) => (
        <Group component="li" key={v} gap={4} wrap="nowrap">
          <VerdictBadge verdict={v} />
          <Text span size="sm" fw={600}>
            {(counts[v] ?? 0).toLocaleString(locale)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** CSV in the UI language and JSON; only a finished job has results to give. `isShort` names just the format. */
export function ResultLinks({ job, isShort = false }: { job: Pick<ScreeningJob, 'id' | 'filename'>; isShort?: boolean }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  return (
    <Group gap="sm" wrap="nowrap">
      <Anchor href={resultsUrl(job.id, 'csv', locale)} download aria-label={t('bulkScreening.downloadCsvOf', { file: job.filename })} size="sm">
        {isShort ? t('bulkScreening.formatCsv') : t('bulkScreening.downloadCsv')}
      </Anchor>
      <Anchor href={resultsUrl(job.id, 'json', locale)} download aria-label={t('bulkScreening.downloadJsonOf', { file: job.filename })} size="sm">
        {isShort ? t('bulkScreening.formatJson') : t('bulkScreening.downloadJson')}
      </Anchor>
    </Group>
  );
}

/**
 * Why the job failed, in the UI language; the node's own (English) words only beside an English UI. `isCompact`
 * leaves out what to do about it (for the list).
 */
export function JobFailure({ error, errorType = null, isCompact = false }: { error: string | null; errorType?: string | null; isCompact?: boolean }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const kind = failureKind(error, errorType);
  const message = kind === 'internal' ? t('bulkScreening.failedInternal') : kind === 'other' ? t('bulkScreening.failedOther') : t(`problem.${kind}`);
  return (
    <>
      <Text size="sm">{message}</Text>
      {kind === 'manifest-columns' && !isCompact ? <Text size="sm">{t('bulkScreening.columnsHint')}</Text> : null}
      {locale === 'en' && error && kind === 'other' ? (
        <Text size="xs" c="dimmed">
          {error}
        </Text>
      ) : null}
    </>
  );
}
