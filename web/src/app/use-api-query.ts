// A small loader for API reads: runs `load` when `deps` change, ignores answers that arrive after a newer
// request, and exposes reload() and a local setter for optimistic updates after a write.
import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem, type ApiProblem } from './api/problem';

export type ApiQuery<T> = {
  data: T | undefined;
  error: ApiProblem | null;
  isLoading: boolean;
  reload: () => void;
  setData: (value: T) => void;
};

export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiProblem | null>(null);
  const [isLoading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (request !== latest.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (request !== latest.current) return;
        setError(toProblem(cause));
        setLoading(false);
      },
    );
    // `deps` is the caller's dependency list for `load`.
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, isLoading, reload, setData };
}
