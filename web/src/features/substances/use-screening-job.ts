// The job just uploaded, asked for again every second until it is done or has failed. A failed poll stops the
// polling and is shown; the job as last seen stays on screen.
import { useEffect, useRef, useState } from 'react';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import { getScreeningJob, isFinished } from './screening-jobs';
import type { ScreeningJob } from './types';

export const POLL_INTERVAL_MS = 1000;

export function useScreeningJob(onFinished: (job: ScreeningJob) => void) {
  const [job, setJob] = useState<ScreeningJob | null>(null);
  const [pollProblem, setPollProblem] = useState<ApiProblem | null>(null);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  useEffect(() => {
    if (!job) return;
    if (isFinished(job)) {
      onFinishedRef.current(job);
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      getScreeningJob(job.id).then(
        (next) => {
          if (isCurrent) setJob(next);
        },
        (cause: unknown) => {
          if (isCurrent) setPollProblem(toProblem(cause));
        },
      );
    }, POLL_INTERVAL_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [job]);

  const track = (next: ScreeningJob) => {
    setPollProblem(null);
    setJob(next);
  };
  return { job, pollProblem, track };
}
