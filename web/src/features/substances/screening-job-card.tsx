// The manifest just uploaded: its progress while the node screens it, then the lines per verdict and the result
// downloads, or why it failed.
import { Alert, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import { formatPartialDate } from './format';
import { JobFailure, JobStatusBadge, ResultLinks, VerdictCounts } from './screening-job-parts';
import { progressPercent } from './screening-jobs';
import type { ScreeningJob } from './types';

function JobProgress({ job }: { job: ScreeningJob }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const percent = progressPercent(job);
  const done = job.doneLines.toLocaleString(locale);
  const label =
    job.totalLines === null || job.status === 'queued'
      ? t(job.status === 'queued' ? 'bulkScreening.queued' : 'bulkScreening.linesDone', { done })
      : t('bulkScreening.linesOf', { done, total: job.totalLines.toLocaleString(locale) });
  return (
    <Stack gap={4}>
      <Progress.Root size="lg">
        {percent === null ? (
          // Lines of a workbook are counted only at the end: a moving bar without a value (indeterminate).
          <Progress.Section value={100} animated withAria={false} role="progressbar" aria-label={t('bulkScreening.progressLabel')} />
        ) : (
          <Progress.Section value={percent} animated={job.status === 'running'} aria-label={t('bulkScreening.progressLabel')} />
        )}
      </Progress.Root>
      <Text size="sm" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}

export function ScreeningJobCard({ job }: { job: ScreeningJob }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const me = useMe();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="screening-job-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id="screening-job-title" style={{ overflowWrap: 'anywhere' }}>
            {job.filename}
          </Title>
          <JobStatusBadge status={job.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('bulkScreening.jobAsOf', { date: formatPartialDate(job.asOf, locale) })}
        </Text>
        {job.status === 'failed' ? null : <JobProgress job={job} />}
        {job.encoding === 'gbk' ? <Text size="sm">{t('bulkScreening.gbkNote')}</Text> : null}
        {job.status === 'done' ? (
          <>
            <Text size="sm">{t('bulkScreening.doneSummary', { time: formatDateTime(job.startedAt ?? job.createdAt, { locale, timeZone: me.timeZone }) })}</Text>
            <VerdictCounts counts={job.counts} />
            <ResultLinks job={job} />
          </>
        ) : null}
        {job.status === 'failed' ? (
          <Alert color="red.9" variant="outline" title={t('bulkScreening.failedTitle')} role="alert">
            <JobFailure error={job.error} errorType={job.errorType} />
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
