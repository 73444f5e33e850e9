// Screening a whole manifest: the file goes to the node, which screens it in the background; its progress shows
// here until the results can be downloaded, and the recent screenings are listed below.
import { Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/components/problem-alert';
import { useApiQuery } from '../../app/use-api-query';
import { useSubmit } from '../../app/use-submit';
import { ManifestUploadForm } from './manifest-upload-form';
import { RecentScreenings } from './recent-screenings';
import { ScreeningJobCard } from './screening-job-card';
import { listScreeningJobs, uploadManifest } from './screening-jobs';
import { useScreeningJob } from './use-screening-job';

type Props = { asOf: string; onAsOf: (asOf: string) => void };

export function ManifestSection({ asOf, onAsOf }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const recent = useApiQuery(listScreeningJobs, []);
  const { reload } = recent;
  const onFinished = useCallback(() => reload(), [reload]);
  const { job, pollProblem, track } = useScreeningJob(onFinished);
  const { problem, isBusy, run } = useSubmit();

  const upload = (chosen: File) =>
    void run(async () => {
      track(await uploadManifest(chosen, asOf));
      setFile(null); // so the same file is not sent twice by a second click
      reload();
    });

  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" mb="md">
          {t('bulkScreening.intro')}
        </Text>
        <ManifestUploadForm file={file} asOf={asOf} isBusy={isBusy} onFile={setFile} onAsOf={onAsOf} onSubmit={upload} />
        <ProblemAlert problem={problem ?? pollProblem} />
        {job ? <ScreeningJobCard job={job} /> : null}
      </div>
      <RecentScreenings query={recent} />
    </Stack>
  );
}
