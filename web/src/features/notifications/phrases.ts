// Standard phrases (data/notification-phrases.json, this node's copy): requests for information, objection reasons,
// clearance conditions, withdrawal reasons and decision notes, chosen by code and labelled in the reader's language.
// Only codes travel between nodes, so a phrase the other party chose is read here from this node's own list.
import { useMemo } from 'react';
import phrases from '../../../../data/notification-phrases.json';
import type { Locale } from '../../app/api/types';
import { useUiLocale } from '../../app/locale';
import type { Action, Decision } from './types';

export type PhraseListName = 'informationRequests' | 'objectionReasons' | 'clearanceConditions' | 'withdrawalReasons' | 'decisionNotes';
type Bilingual = { en: string; 'zh-CN': string };
type Phrase = Bilingual & { code: string; description?: Bilingual; decisions?: string[] };
export type PhraseOption = { value: string; label: string; description: string | null };

const { informationRequests, objectionReasons, clearanceConditions, withdrawalReasons, decisionNotes } = phrases;
const LISTS: Record<PhraseListName, readonly Phrase[]> = { informationRequests, objectionReasons, clearanceConditions, withdrawalReasons, decisionNotes };
const BY_CODE = new Map(Object.values(LISTS).flatMap((list) => list.map((p) => [p.code, p] as const)));

/** The actions whose dialog offers standard phrases; the others take a note only. */
export const PHRASE_ACTIONS = ['withdraw', 'request-info', 'clear', 'object', 'decide'] as const satisfies readonly Action[];
export type PhraseAction = (typeof PHRASE_ACTIONS)[number];
export const isPhraseAction = (action: string | null): action is PhraseAction => (PHRASE_ACTIONS as readonly (string | null)[]).includes(action);

/** The list each of those dialogs offers. */
export const PHRASES_OF: Record<PhraseAction, PhraseListName> = {
  withdraw: 'withdrawalReasons',
  'request-info': 'informationRequests',
  clear: 'clearanceConditions',
  object: 'objectionReasons',
  decide: 'decisionNotes',
};

/** A phrase in `locale`, or null for a code this node's list does not hold (a newer peer's). */
export function phraseLabel(code: string, locale: Locale): string | null {
  return BY_CODE.get(code)?.[locale] ?? null;
}

/** A list's phrases in `locale`; decision notes only those that fit `decision`. */
export function phraseOptions(list: PhraseListName, locale: Locale, decision?: Decision): PhraseOption[] {
  return LISTS[list]
    .filter((p) => !decision || !p.decisions || p.decisions.includes(decision))
    .map((p) => ({ value: p.code, label: p[locale], description: p.description?.[locale] ?? null }));
}

export function usePhrases(): { label: (code: string) => string | null; options: (list: PhraseListName, decision?: Decision) => PhraseOption[] } {
  const locale = useUiLocale();
  return useMemo(() => ({ label: (code: string) => phraseLabel(code, locale), options: (list: PhraseListName, decision?: Decision) => phraseOptions(list, locale, decision) }), [locale]);
}
