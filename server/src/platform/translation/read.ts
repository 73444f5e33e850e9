// Reading a record's translations: each translatable field's original (text, language, hash), its translations
// (who, when, which version, stale or not, which one readers see first) and its machine translations in flight.
import type { Ctx } from '../context.js';
import { NotFound } from '../errors.js';
import { machineService, parseMachineError } from './machine.js';
import * as repo from './repo.js';
import type { MachineState, RecordTranslations } from './schemas.js';
import { mayTranslate, sourceOf, type TextSource, type TextSources, type TranslationDeps } from './sources.js';
import { isStale, preferred, textHash, type OriginalText, type TextLang } from './texts.js';

export type RecordRef = { kind: string; id: string };
type FieldView = RecordTranslations['fields'][number];
type JobRow = Awaited<ReturnType<typeof repo.machineJobsOf>>[number];

/** The record's fields as the caller may read them: the module's own NotFound or Forbidden otherwise. */
export async function originalsOf(ctx: Ctx, sources: TextSources, ref: RecordRef): Promise<{ source: TextSource; fields: Record<string, OriginalText>; isMachineRestricted: boolean }> {
  const source = sourceOf(sources, ref.kind);
  if (!source) throw new NotFound(`records of kind ${ref.kind} have no translatable text`);
  const found = await source.read(ctx, ref.id);
  if (!found) throw new NotFound(`no ${ref.kind} ${ref.id}`);
  return { source, fields: found.fields, isMachineRestricted: found.isMachineRestricted === true };
}

export async function readTranslations(ctx: Ctx, deps: TranslationDeps, ref: RecordRef): Promise<RecordTranslations> {
  const { source, fields, isMachineRestricted } = await originalsOf(ctx, deps.sources, ref);
  return {
    kind: ref.kind,
    recordId: ref.id,
    machineAvailable: machineService(ctx.config) !== null && !isMachineRestricted,
    canTranslate: await mayTranslate(ctx, source, ref.id),
    fields: await fieldViews(ctx, ref, fields),
  };
}

export async function fieldViews(ctx: Ctx, ref: RecordRef, fields: Record<string, OriginalText>, only?: string): Promise<FieldView[]> {
  const [rows, jobs] = await Promise.all([repo.translationsOf(ctx.db, ref.kind, ref.id), repo.machineJobsOf(ctx.db, ref.kind, ref.id)]);
  return Object.entries(fields)
    .filter(([field]) => only === undefined || field === only)
    .map(([field, original]) => fieldView(field, original, rows, jobs));
}

function fieldView(field: string, original: OriginalText, rows: repo.TranslationRow[], jobs: JobRow[]): FieldView {
  // A translation into what is now the original's own language (its language was corrected) translates nothing.
  const mine = rows.filter((r) => r.field === field && r.targetLang !== original.lang);
  const shown = new Set(['en', 'zh'].map((lang) => preferred(mine.filter((r) => r.targetLang === lang), original)));
  const ordered = [...mine].sort((a, b) => a.targetLang.localeCompare(b.targetLang) || (a.byKind === 'person' ? -1 : 1) - (b.byKind === 'person' ? -1 : 1));
  return {
    field,
    original: { text: original.text, lang: original.lang, hash: textHash(original.text) },
    translations: ordered.map((r) => ({
      targetLang: r.targetLang as TextLang,
      text: r.text,
      sourceHash: r.sourceHash,
      isStale: isStale(r, original),
      isPreferred: shown.has(r),
      by: r.byKind === 'person' ? { kind: 'person' as const, userId: r.byUserId, name: r.byName ?? '' } : { kind: 'machine' as const, service: r.service ?? '' },
      at: r.at,
    })),
    machine: machineStates(field, original, jobs),
  };
}

const jobData = (data: unknown): Partial<repo.MachineJob> => (typeof data === 'object' && data !== null ? (data as Partial<repo.MachineJob>) : {});

/** Per target language, the latest job for the field when it is still queued, or failed on the current text. */
function machineStates(field: string, original: OriginalText, jobs: JobRow[]): MachineState[] {
  const latest = new Map<string, JobRow>();
  for (const j of jobs) {
    const d = jobData(j.data);
    if (d.field === field && d.targetLang && !latest.has(d.targetLang)) latest.set(d.targetLang, j);
  }
  const hash = textHash(original.text);
  return [...latest.entries()].flatMap(([targetLang, j]): MachineState[] => {
    if (targetLang === original.lang || (targetLang !== 'en' && targetLang !== 'zh')) return [];
    const isCurrentFailure = j.state === 'failed' && jobData(j.data).sourceHash === hash;
    if (j.state !== 'queued' && !isCurrentFailure) return [];
    const failure = j.lastError ? parseMachineError(j.lastError) : null;
    const state = j.state === 'failed' ? 'failed' : failure ? 'retrying' : 'pending';
    return [{ targetLang, state, reasonCode: failure?.code ?? null, attempts: j.attempts, requestedAt: j.createdAt, nextAttemptAt: j.state === 'queued' ? j.runAt : null }];
  });
}
