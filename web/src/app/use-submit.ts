import { useCallback, useState } from 'react';
import { toProblem, type ApiProblem } from './api/problem';
import { useFieldError } from './components/problem-alert';

/**
 * The submit cycle every form shares: busy while the request runs, the server's problem kept for the alert and
 * the field errors, cleared on the next try.
 */
export function useSubmit() {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isBusy, setBusy] = useState(false);
  const fieldError = useFieldError(problem);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }, []);
  return { problem, isBusy, fieldError, run };
}
