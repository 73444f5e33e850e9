// The coded values of requests and cases: labels from the module's bilingual code lists (data/requests.json, the
// same file the server checks input against), in the UI language; and the fixed lists the pages offer in order.
import { useMemo } from 'react';
import requestLists from '../../../../data/requests.json';
import type { Locale } from '../../app/api/types';
import type { AskedItem, CaseTopic, LegalBasis } from './types';
import { useUiLocale } from '../../app/locale';

type Entry = { code: string; en: string; 'zh-CN': string };
export type RequestListName = Exclude<keyof typeof requestLists, '$comment'>;
export type Option = { value: string; label: string };

const lists: Record<RequestListName, readonly Entry[]> = {
  legalBases: requestLists.legalBases,
  requestTypes: requestLists.requestTypes,
  priorities: requestLists.priorities,
  askedItems: requestLists.askedItems,
  delayReasons: requestLists.delayReasons,
  refusalReasons: requestLists.refusalReasons,
  caseTopics: requestLists.caseTopics,
};

export const REQUEST_TYPES = ['information', 'assistance', 'document-service', 'evidence', 'spontaneous'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const REQUEST_STATUSES = ['draft', 'awaiting-approval', 'sent', 'received', 'clarification', 'partially-answered', 'answered', 'refused', 'closed', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const CASE_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const FINISHED: readonly RequestStatus[] = ['answered', 'refused', 'closed', 'withdrawn'];
/** Statuses in which the receiver owes an answer and its clock runs. */
export const CLOCK_RUNNING: readonly RequestStatus[] = ['received', 'partially-answered'];

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isRequestType = oneOf(REQUEST_TYPES);
export const isPriority = oneOf(PRIORITIES);
export const isRequestStatus = oneOf(REQUEST_STATUSES);
export const isCaseStatus = oneOf(CASE_STATUSES);

export function requestCodeLabel(list: RequestListName, code: string, locale: Locale): string {
  return lists[list].find((e) => e.code === code)?.[locale] ?? code;
}

export function requestCodeOptions(list: RequestListName, locale: Locale): Option[] {
  return lists[list].map((e) => ({ value: e.code, label: e[locale] }));
}

export function requestCodeValues(list: RequestListName): string[] {
  return lists[list].map((e) => e.code);
}

/** Labels and options of the requests' code lists in the current UI language. */
export function useRequestCodes(): { label: (list: RequestListName, code: string) => string; options: (list: RequestListName) => Option[] } {
  const locale = useUiLocale();
  return useMemo(
    () => ({
      label: (list: RequestListName, code: string) => requestCodeLabel(list, code, locale),
      options: (list: RequestListName) => requestCodeOptions(list, locale),
    }),
    [locale],
  );
}

/** A record's declared language as the `lang` helpers take it. */
export const textLang = (value: string): 'en' | 'zh' => (value === 'zh' ? 'zh' : 'en');

const inList =
  <T extends string>(list: RequestListName) =>
  (value: string | null | undefined): value is T =>
    typeof value === 'string' && requestCodeValues(list).includes(value);
export const isLegalBasis = inList<LegalBasis>('legalBases');
export const isAskedItem = inList<AskedItem>('askedItems');
export const isCaseTopic = inList<CaseTopic>('caseTopics');
