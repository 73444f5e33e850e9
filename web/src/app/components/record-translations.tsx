// Loads the translations of one record's free text once, for every TranslatableText inside it, and asks again while
// a machine translation is on its way, ever less often, for a few minutes (a timeout and a retry take longer than a
// minute; and each read of a sensitive record's text is audited: the asking is bounded). A reader who may not see
// them, or a failed load, just sees the originals.
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { api, call } from '../api/client';
import { hasJobsInFlight, TranslationsCtx, type TranslatableField, type TranslatableKind, type TranslationsContext } from '../translations';
import { useApiQuery } from '../use-api-query';

/** 4 s, doubling up to 60 s between asks: 10 asks span about 7 minutes. */
const FIRST_POLL_MS = 4000;
const MAX_POLL_MS = 60_000;
const MAX_POLLS = 10;
const pollDelayMs = (n: number): number => Math.min(FIRST_POLL_MS * 2 ** n, MAX_POLL_MS);

type Props = {
  kind: TranslatableKind;
  id: string;
  /** Changes when the record changes (its version, its timeline), so the originals are read again. */
  revision: string | number;
  children: ReactNode;
};

export function RecordTranslations({ kind, id, revision, children }: Props) {
  const query = useApiQuery(() => call(api.GET('/api/v1/translations/{kind}/{id}', { params: { path: { kind, id } } })), [kind, id, revision]);
  const { data, setData, reload: load } = query;
  const polls = useRef(0);
  // A new revision of the record is a new wait.
  useEffect(() => {
    polls.current = 0;
  }, [revision]);
  const isWaiting = hasJobsInFlight(data);
  useEffect(() => {
    if (!isWaiting || polls.current >= MAX_POLLS) return undefined;
    const timer = setTimeout(() => {
      polls.current += 1;
      load();
    }, pollDelayMs(polls.current));
    return () => clearTimeout(timer);
  }, [isWaiting, data, load]);
  /** A reload someone asked for (a machine translation requested) starts the polling afresh. */
  const reload = useCallback(() => {
    polls.current = 0;
    load();
  }, [load]);
  const setField = useCallback(
    (field: TranslatableField) => {
      if (data) setData({ ...data, fields: data.fields.map((f) => (f.field === field.field ? field : f)) });
    },
    [data, setData],
  );
  const value = useMemo<TranslationsContext>(() => ({ kind, id, data, setField, reload }), [kind, id, data, setField, reload]);
  return <TranslationsCtx.Provider value={value}>{children}</TranslationsCtx.Provider>;
}
