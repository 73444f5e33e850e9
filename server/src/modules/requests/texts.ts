// The free text of cases and requests, for translation (platform/translation): a case's title and summary, a
// request's subject and details in the declared language, and each step's note in its own. AMBER+STRICT and RED
// text never goes to a machine translation service; an answer waiting for four eyes is not offered. Read as the
// detail reads: the same NotFound, and a person's read of a sensitive one audited at the strictest shown.
import type { Ctx } from '../../platform/context.js';
import { auditRead, isMachineRestricted, mayRead } from '../../platform/handling/index.js';
import type { OriginalText, TextSource, TextSources } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { readableCase, readableRequest, shownHandling } from './queries.js';
import * as repo from './repo.js';

const langOf = (l: string | null): 'en' | 'zh' => (l === 'zh' ? 'zh' : 'en');

/** The kinds case and request texts are translated under; a step's note is the request's field `steps.<id>.note`. */
export const CASE_TEXTS = 'case';
export const REQUEST_TEXTS = 'request';
export const stepNoteField = (stepId: string): string => `steps.${stepId}.note`;

async function readCase(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const row = await readableCase(ctx, id);
  await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'case.read', subjectType: 'case', subjectId: id, reference: row.reference, handling: row.handling, for: 'translation' }));
  const fields: Record<string, OriginalText> = { title: { text: row.title, lang: langOf(row.language) } };
  if (row.summary.trim() !== '') fields.summary = { text: row.summary, lang: langOf(row.language) };
  return { fields, isMachineRestricted: isMachineRestricted(row.handling) };
}

async function readRequest(ctx: Ctx, id: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const row = await readableRequest(ctx, id);
  // An answer waiting for four eyes has not left: its note is not offered for translation.
  const shown = (await repo.stepsOf(ctx.db, id)).filter((s) => s.state !== 'pending-approval' && mayRead(ctx.actor, s.handling ?? row.handling));
  const handling = shownHandling(row.handling, shown);
  await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'request.read', subjectType: 'request', subjectId: id, reference: row.reference, handling, for: 'translation' }));
  const fields: Record<string, OriginalText> = { subject: { text: row.subject, lang: langOf(row.language) } };
  if (row.details.trim() !== '') fields.details = { text: row.details, lang: langOf(row.language) };
  let restricted = isMachineRestricted(row.handling);
  for (const s of shown) {
    if (!s.note || s.note.trim() === '') continue;
    fields[stepNoteField(s.id)] = { text: s.note, lang: langOf(s.language ?? row.language) };
    restricted ||= isMachineRestricted(s.handling ?? row.handling);
  }
  return { fields, isMachineRestricted: restricted };
}

export const requestTexts: TextSources = { [CASE_TEXTS]: { read: readCase } satisfies TextSource, [REQUEST_TEXTS]: { read: readRequest } satisfies TextSource };
