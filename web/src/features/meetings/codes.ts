// The coded values of meetings: levels, modes and topics labelled from the node's own lists
// (GET /api/v1/meetings/lists, read once per session and shared), statuses and their colours, and the type guards a
// Select's `string | null` or an address parameter goes through. Labels never come from the UI catalogs, so the
// server's list and the page cannot disagree on a code.
import { useEffect, useMemo, useState } from 'react';
import { api, call } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';
import { DARK_ORANGE } from '../notifications/badges';
import type { MeetingLevel, MeetingLists, MeetingMode } from './types';

export const LEVELS = ['leaders', 'ministerial', 'plenary', 'senior-officials', 'working-level', 'technical'] as const satisfies readonly MeetingLevel[];
export const MODES = ['in-person', 'virtual', 'hybrid'] as const satisfies readonly MeetingMode[];
/** The statuses a meeting is saved with. */
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** …and the one a withdrawn meeting shows (a list filter may ask for it). */
export const LIST_STATUSES = [...MEETING_STATUSES, 'withdrawn'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isLevel = oneOf(LEVELS);
export const isMode = oneOf(MODES);
export const isMeetingStatus = oneOf(MEETING_STATUSES);
export const isListStatus = oneOf(LIST_STATUSES);

export const STATUS_COLOURS: Record<ListStatus, string> = { scheduled: 'blue.9', held: 'teal.9', cancelled: DARK_ORANGE, withdrawn: 'dark.6' };

export type ListName = 'levels' | 'modes' | 'topics';
type Entry = MeetingLists['levels'][number];

/** A code's label in the UI language; the code itself while the lists load or when the node does not know it. */
export function listLabel(lists: MeetingLists | undefined, list: ListName, code: string, locale: Locale): string {
  return lists?.[list].find((e: Entry) => e.code === code)?.[locale] ?? code;
}

let cached: Promise<MeetingLists> | null = null;

/** The lists, asked of the node once; a failed read is asked again next time. */
function loadLists(): Promise<MeetingLists> {
  cached ??= call(api.GET('/api/v1/meetings/lists')).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Labels and options of the meeting lists in the UI language. */
export function useMeetingLists(): { label: (list: ListName, code: string) => string; options: (list: ListName) => { value: string; label: string }[]; topicCodes: string[] } {
  const locale = useUiLocale();
  const [lists, setLists] = useState<MeetingLists | undefined>(undefined);
  useEffect(() => {
    let isLive = true;
    loadLists().then(
      (value) => isLive && setLists(value),
      () => undefined,
    );
    return () => {
      isLive = false;
    };
  }, []);
  return useMemo(
    () => ({
      label: (list: ListName, code: string) => listLabel(lists, list, code, locale),
      options: (list: ListName) => (lists?.[list] ?? []).map((e: Entry) => ({ value: e.code, label: e[locale] })),
      topicCodes: (lists?.topics ?? []).map((e: Entry) => e.code),
    }),
    [lists, locale],
  );
}
