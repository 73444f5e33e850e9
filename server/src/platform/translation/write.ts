// Writing translations: a person adds or corrects one (of the version of the original they read: otherwise 409
// translation-stale), or asks for machine translations, which become jobs in the same transaction as their audit
// row — the request never waits for the service, and nothing is sent when no service is configured or the record's
// handling forbids it (409 translation-restricted).
import { recordAudit, type AuditSubjectType } from '../audit/index.js';
import type { Ctx } from '../context.js';
import { Conflict, Forbidden, Unprocessable } from '../errors.js';
import { enqueue } from '../jobs/index.js';
import { withTx } from '../tx.js';
import { machineService } from './machine.js';
import { fieldViews, originalsOf, type RecordRef } from './read.js';
import * as repo from './repo.js';
import type { MachineRequest, PutTranslation, RecordTranslations } from './schemas.js';
import { mayTranslate, type TextSource, type TranslationDeps } from './sources.js';
import { isTextLang, textHash, type OriginalText, type TextLang } from './texts.js';

const MACHINE_ATTEMPTS = 5;

async function requireTranslator(ctx: Ctx, source: TextSource, ref: RecordRef): Promise<void> {
  if (!(await mayTranslate(ctx, source, ref.id))) throw new Forbidden(`you may not translate this ${ref.kind}`, 'translation-not-allowed');
}

function targetOf(given: string): TextLang {
  if (!isTextLang(given)) throw new Unprocessable(`this node translates between en and zh, not ${given}`, [{ path: 'body/targetLang', message: 'must be en or zh', code: 'unsupported-language', params: { lang: given } }]);
  return given;
}

function fieldOf(fields: Record<string, OriginalText>, field: string, path = 'body/field'): OriginalText {
  const original = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!original) throw new Unprocessable(`this record has no translatable text ${field}`, [{ path, message: 'no such field with text on this record', code: 'unknown-field', params: { field } }]);
  return original;
}

async function personName(ctx: Ctx, deps: TranslationDeps): Promise<string> {
  const named = ctx.actor.kind === 'user' && ctx.actor.id ? await deps.personName(ctx.db, ctx.actor.id) : null;
  return named ?? ctx.actor.label;
}

/** A person's translation of one field, replacing their side's earlier one; answers the field as it now stands. */
export async function putTranslation(ctx: Ctx, deps: TranslationDeps, input: RecordRef & PutTranslation): Promise<RecordTranslations['fields'][number]> {
  const { source, fields } = await originalsOf(ctx, deps.sources, input);
  await requireTranslator(ctx, source, input);
  const original = fieldOf(fields, input.field);
  const targetLang = targetOf(input.targetLang);
  if (targetLang === original.lang) throw new Unprocessable(`${input.field} is written in ${targetLang} already`, [{ path: 'body/targetLang', message: 'is the language of the original', code: 'same-language', params: { lang: targetLang } }]);
  if (input.sourceHash !== textHash(original.text)) throw new Conflict(`${input.field} changed since it was read: translate the current text`, 'translation-stale');
  const name = await personName(ctx, deps);
  await withTx(ctx, async (tx) => {
    const row = { recordKind: input.kind, recordId: input.id, field: input.field, sourceLang: original.lang, sourceHash: input.sourceHash, targetLang, text: input.text, byKind: 'person', byUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null, byName: name, service: null, at: ctx.clock.now() };
    const { replaced } = await repo.upsertTranslation(tx, row);
    // The text itself stays out of the append-only log: a received record's purge must take its translations too.
    const change = { field: input.field, targetLang, sourceHash: input.sourceHash, textHash: textHash(input.text), chars: input.text.length, ...(replaced ? { before: { textHash: textHash(replaced.text), byName: replaced.byName, sourceHash: replaced.sourceHash } } : {}) };
    await recordAudit(tx, ctx, { action: replaced ? 'translation.corrected' : 'translation.added', subjectType: input.kind as AuditSubjectType, subjectId: input.id, change });
  });
  const [view] = await fieldViews(ctx, input, fields, input.field);
  if (!view) throw new Error(`field ${input.field} vanished while it was translated`);
  return view;
}

type Skip = { field: string; reason: 'same-language' | 'current' | 'pending' };
type Candidate = { field: string; original: OriginalText };
type Known = { rows: repo.TranslationRow[]; jobs: Awaited<ReturnType<typeof repo.machineJobsOf>> };

/** Which fields go to the service: not those in the target language, translated by it already, or waiting for it. */
function triage(candidates: Candidate[], to: { targetLang: TextLang; service: string }, known: Known): { queued: Candidate[]; skipped: Skip[] } {
  const queued: Candidate[] = [];
  const skipped: Skip[] = [];
  for (const c of candidates) {
    const hash = textHash(c.original.text);
    const isCurrent = known.rows.some((r) => r.field === c.field && r.targetLang === to.targetLang && r.byKind === 'machine' && r.service === to.service && r.sourceHash === hash && r.sourceLang === c.original.lang);
    const isPending = known.jobs.some((j) => {
      const d = j.data as Partial<repo.MachineJob>;
      return j.state === 'queued' && d.field === c.field && d.targetLang === to.targetLang;
    });
    if (c.original.lang === to.targetLang) skipped.push({ field: c.field, reason: 'same-language' });
    else if (isCurrent) skipped.push({ field: c.field, reason: 'current' });
    else if (isPending) skipped.push({ field: c.field, reason: 'pending' });
    else queued.push(c);
  }
  return { queued, skipped };
}

/** Machine translation of the record's fields (all, or those named) into `targetLang`, as jobs; 409 without a service. */
export async function requestMachine(ctx: Ctx, deps: TranslationDeps, input: RecordRef & MachineRequest): Promise<{ queued: string[]; skipped: Skip[] }> {
  const svc = machineService(ctx.config);
  if (!svc) throw new Conflict('no machine translation service is configured on this node (COUNTERPART_TRANSLATE_URL)', 'translation-unavailable');
  const { source, fields, isMachineRestricted } = await originalsOf(ctx, deps.sources, input);
  await requireTranslator(ctx, source, input);
  if (isMachineRestricted) throw new Conflict(`this ${input.kind}'s handling keeps its text from the machine translation service: only people may translate it`, 'translation-restricted');
  const targetLang = targetOf(input.targetLang);
  const names = [...new Set(input.fields ?? Object.keys(fields))];
  const candidates = names.map((field, i) => ({ field, original: fieldOf(fields, field, input.fields ? `body/fields/${i}` : 'body/fields') }));
  const [rows, jobs] = await Promise.all([repo.translationsOf(ctx.db, input.kind, input.id), repo.machineJobsOf(ctx.db, input.kind, input.id)]);
  const { queued, skipped } = triage(candidates, { targetLang, service: svc.name }, { rows, jobs });
  if (queued.length > 0) {
    await withTx(ctx, async (tx) => {
      const now = ctx.clock.now();
      for (const { field, original } of queued) {
        const data: repo.MachineJob = { kind: input.kind, recordId: input.id, field, targetLang, sourceHash: textHash(original.text) };
        await enqueue(tx, now, { queue: repo.MACHINE_QUEUE, subject: repo.subjectOf(input.kind, input.id), data, runAt: now, maxAttempts: MACHINE_ATTEMPTS });
      }
      await recordAudit(tx, ctx, { action: 'translation.machine-requested', subjectType: input.kind as AuditSubjectType, subjectId: input.id, change: { fields: queued.map((q) => q.field), targetLang, service: svc.key } });
    });
  }
  return { queued: queued.map((q) => q.field), skipped };
}
