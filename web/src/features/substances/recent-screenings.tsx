// The manifests this user screened lately, newest first, with their results to download again. While one is
// still queued or running the list is read again every few seconds.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/components/data-table';
import { QueryState } from '../../app/components/query-state';
import { useMe } from '../../app/auth-context';
import { useUiLocale } from '../../app/locale';
import { formatDateTime } from '../../app/time';
import type { ApiQuery } from '../../app/use-api-query';
import { formatPartialDate } from './format';
import { JobFailure, JobStatusBadge, ResultLinks, VerdictCounts } from './screening-job-parts';
import { isFinished } from './screening-jobs';
import type { ScreeningJob } from './types';

const LIST_POLL_MS = 3000;

function JobRow({ job }: { job: ScreeningJob }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const me = useMe();
  const lines = job.totalLines === null ? job.doneLines : job.status === 'done' ? job.totalLines : t('bulkScreening.linesOfShort', { done: job.doneLines, total: job.totalLines });
  return (
    <Table.Tr>
      <Table.Td miw={160} maw={280} style={{ overflowWrap: 'break-word' }}>
        {job.filename}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(job.createdAt, { locale, timeZone: me.timeZone })}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPartialDate(job.asOf, locale)}</Table.Td>
      <Table.Td>
        <JobStatusBadge status={job.status} />
        {job.encoding === 'gbk' ? (
          <Text size="xs" c="dimmed" mt={2}>
            {t('bulkScreening.gbkShort')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{typeof lines === 'number' ? lines.toLocaleString(locale) : lines}</Table.Td>
      <Table.Td miw={200}>{job.status === 'failed' ? <JobFailure error={job.error} errorType={job.errorType} isCompact /> : <VerdictCounts counts={job.counts} />}</Table.Td>
      <Table.Td>{job.status === 'done' ? <ResultLinks job={job} isShort /> : t('common.none')}</Table.Td>
    </Table.Tr>
  );
}

export function RecentScreenings({ query }: { query: ApiQuery<ScreeningJob[]> }) {
  const { t } = useTranslation();
  const isBusy = query.data?.some((job) => !isFinished(job)) ?? false;
  const { reload } = query;
  useEffect(() => {
    if (!isBusy) return;
    const timer = setTimeout(reload, LIST_POLL_MS);
    return () => clearTimeout(timer);
  }, [isBusy, query.data, reload]);

  const headers = ['colFile', 'colUploaded', 'colAsOf', 'colStatus', 'colLines', 'colVerdicts', 'colResults'] as const;
  return (
    <Stack gap="xs" component="section" aria-labelledby="recent-screenings-title">
      <Title order={2} size="h4" id="recent-screenings-title">
        {t('bulkScreening.recentTitle')}
      </Title>
      <QueryState query={query}>
        {(jobs) =>
          jobs.length === 0 ? (
            <Text size="sm">{t('bulkScreening.recentEmpty')}</Text>
          ) : (
            <DataTable caption={t('bulkScreening.recentCaption')} headers={headers.map((h) => t(`bulkScreening.${h}`))} minWidth={900}>
              {jobs.map((job) => (
                <JobRow key={job.id} job={job} />
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </Stack>
  );
}
