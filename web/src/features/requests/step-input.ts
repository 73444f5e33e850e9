// What each step's dialog asks for and what it sends: a delay notice its reason and the day the answer is now
// expected (to the end of that day); a refusal its reason; clarifications a note; an answer a note or a document,
// its language, handling (the request's or stricter) and use restrictions (the request's, and any added); answers
// and clarifications their documents. Pure, so the rules are tested without a browser.
import { dayBoundsIn } from '../../app/time';
import { HANDLINGS, oneOf, USE_RESTRICTIONS, type Handling, type UseRestriction } from '../incidents/codes';
import type { AnswerDocument } from '../notifications/attachments';
import type { StepInput } from './types';

const isRestriction = oneOf(USE_RESTRICTIONS);

export const STEP_ACTIONS = ['clarification-requested', 'delay', 'partial-answer', 'answer', 'refusal', 'clarification', 'closure'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];
export const isStepAction = (value: string): value is StepAction => (STEP_ACTIONS as readonly string[]).includes(value);

export type StepDraft = { note: string; language: 'en' | 'zh'; reason: string; expectedDay: string; handling: Handling; useRestrictions: UseRestriction[] };

type StepFields = { reason: 'delayReasons' | 'refusalReasons' | null; expected: boolean; answer: boolean; documents: boolean; isNoteRequired: boolean };
const plain: StepFields = { reason: null, expected: false, answer: false, documents: false, isNoteRequired: false };

/** Which fields each step's dialog shows. An answer needs a note or a document (checked apart: `noteOrDocument`). */
export const STEP_FIELDS: Record<StepAction, StepFields> = {
  'clarification-requested': { ...plain, isNoteRequired: true },
  delay: { ...plain, reason: 'delayReasons', expected: true },
  'partial-answer': { ...plain, answer: true, documents: true },
  answer: { ...plain, answer: true, documents: true },
  refusal: { ...plain, reason: 'refusalReasons' },
  clarification: { ...plain, documents: true, isNoteRequired: true },
  closure: plain,
};

/** The handlings an answer may carry: the request's own or stricter (TLP order). */
export function handlingsAtLeast(handling: string): Handling[] {
  const at = HANDLINGS.findIndex((h) => h === handling);
  return at < 0 ? [...HANDLINGS] : HANDLINGS.slice(at);
}

/** Catalog keys (under `requests.dialog.check`) of what is missing, by the field the server would name. */
export type StepCheck = 'note' | 'noteOrDocument' | 'reason' | 'otherReason' | 'expected' | 'expectedPast';

export function checkStep(action: StepAction, d: StepDraft, todayDay: string, documentCount = 0): Record<string, StepCheck> {
  const spec = STEP_FIELDS[action];
  const issues: Record<string, StepCheck> = {};
  if (spec.isNoteRequired && d.note.trim() === '') issues.note = 'note';
  if (spec.answer && d.note.trim() === '' && documentCount === 0) issues.note = 'noteOrDocument';
  if (spec.reason && d.reason === '') issues.reason = 'reason';
  if (spec.reason && d.reason === 'other' && d.note.trim() === '') issues.note = 'otherReason';
  if (spec.expected && d.expectedDay === '') issues.expectedAt = 'expected';
  else if (spec.expected && d.expectedDay < todayDay) issues.expectedAt = 'expectedPast';
  return issues;
}

/** The use restrictions an answer carries: the request's (which it cannot drop) and those added. */
export function answerRestrictions(request: readonly string[], chosen: readonly string[]): UseRestriction[] {
  return [...new Set([...request, ...chosen])].filter((u): u is UseRestriction => isRestriction(u)).sort();
}

/** The step as the API takes it; the expected day ends at midnight on the reader's clock (the instant that starts the next day). */
export function stepInput(action: StepAction, d: StepDraft, zone: string, documents: AnswerDocument[]): StepInput {
  const spec = STEP_FIELDS[action];
  const note = d.note.trim() === '' ? null : d.note.trim();
  const expected = spec.expected ? dayBoundsIn(d.expectedDay, zone) : null;
  return {
    kind: action,
    note,
    language: note || spec.answer ? d.language : null,
    reason: spec.reason ? d.reason || null : null,
    expectedAt: expected ? new Date(expected.end.getTime() + 1).toISOString() : null,
    handling: spec.answer ? d.handling : null,
    useRestrictions: spec.answer ? d.useRestrictions : [],
    documents: spec.documents ? documents.map((doc) => ({ ...doc, mediaType: doc.mediaType as 'application/pdf' | 'image/png' | 'image/jpeg' })) : [],
  };
}
