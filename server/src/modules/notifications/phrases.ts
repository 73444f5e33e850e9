// Standard phrases (data/notification-phrases.json): what the importer asks for, why it objects, on what conditions
// it clears, why the exporter withdraws and what it notes with its export decision — chosen by code, as PEN Online's
// coded reasons are, so that a chosen phrase needs no translation. Codes are language-neutral and unique across the
// lists; each node labels them from its own copy. A code from a peer is kept even when this copy lacks it (a newer
// list), but a code this node's users send must be on the right list here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { fromRoot } from '../../platform/paths.js';
import { DECISIONS, type Decision } from './schemas.js';

export const PHRASE_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const Label = { en: z.string().min(1), 'zh-CN': z.string().min(1) };
const Phrase = z.strictObject({
  code: z.string().max(64).regex(PHRASE_CODE),
  ...Label,
  description: z.strictObject(Label).optional(),
  decisions: z.array(z.enum(DECISIONS)).min(1).optional().describe('the export decisions the note fits (decision notes only)'),
});
export type Phrase = z.infer<typeof Phrase>;

export const PhraseLists = z
  .strictObject({
    about: z.strictObject(Label),
    modelledOn: z.string(),
    informationRequests: z.array(Phrase).min(1),
    objectionReasons: z.array(Phrase).min(1),
    clearanceConditions: z.array(Phrase).min(1),
    withdrawalReasons: z.array(Phrase).min(1),
    decisionNotes: z.array(Phrase).min(1),
  })
  .superRefine((lists, ctx) => {
    const seen = new Set<string>();
    for (const name of PHRASE_LISTS) {
      for (const p of lists[name]) {
        if (seen.has(p.code)) ctx.addIssue({ code: 'custom', path: [name], message: `phrase code ${p.code} is used twice` });
        seen.add(p.code);
      }
    }
  });
export type PhraseLists = z.infer<typeof PhraseLists>;
export const PHRASE_LISTS = ['informationRequests', 'objectionReasons', 'clearanceConditions', 'withdrawalReasons', 'decisionNotes'] as const;
export type PhraseList = (typeof PHRASE_LISTS)[number];

export const phraseLists: PhraseLists = PhraseLists.parse(JSON.parse(readFileSync(fromRoot('data', 'notification-phrases.json'), 'utf8')));

/** Codes as the wire carries them: absent from older nodes, and any well-formed code (a peer's list may be newer). */
export const WireCodes = z.array(z.string().max(64).regex(PHRASE_CODE)).max(20).default([]);

const LIST_NAMES: Record<PhraseList, string> = {
  informationRequests: 'information request',
  objectionReasons: 'objection reason',
  clearanceConditions: 'clearance condition',
  withdrawalReasons: 'withdrawal reason',
  decisionNotes: 'decision note',
};

/** The codes, each once and in the order given; a code not on `list` (or not fitting `decision`) is a 422. */
export function checkedCodes(list: PhraseList, codes: readonly string[], decision?: Decision): string[] {
  const issues: FieldIssue[] = [];
  codes.forEach((code, i) => {
    const phrase = phraseLists[list].find((p) => p.code === code);
    const path = `body/codes/${i}`;
    if (!phrase) issues.push({ path, message: `${code} is not a ${LIST_NAMES[list]} code`, code: 'unknown-phrase', params: { code } });
    else if (decision && phrase.decisions && !phrase.decisions.includes(decision)) issues.push({ path, message: `${code} is not a note for a decision of ${decision}`, code: 'phrase-not-for-decision', params: { code } });
  });
  if (issues.length > 0) throw new Unprocessable(`${issues.length} code(s) are not ${LIST_NAMES[list]}s`, issues);
  return [...new Set(codes)];
}

/** A phrase as a bilingual line (the printed clearance): this node's labels, the code itself when it has none. */
export function bilingualPhrase(code: string): string {
  const phrase = PHRASE_LISTS.flatMap((l) => phraseLists[l]).find((p) => p.code === code);
  return phrase ? `${phrase.en} / ${phrase['zh-CN']}` : code;
}

/** Where the other party must be told why, a phrase or a note (the request schemas say so first, as a 400). */
export function requireReason(said: { codes: readonly string[]; note: string | null }, message: string): void {
  if (said.codes.length === 0 && (said.note ?? '').trim() === '') throw new Unprocessable(message, [{ path: 'body/note', message, code: 'phrase-or-note' }]);
}
