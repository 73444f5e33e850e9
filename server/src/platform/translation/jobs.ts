// The machine translation job: reads the field's current text through the record's TextSource (as the node
// itself), takes the translation from the cache or the service, and stores it as the machine's translation of that
// version, with its audit row. A service that is down, slow or answers garbage fails the attempt with its reason
// (MachineError) and the queue retries with backoff; the original is only ever read.
import type { Config } from '../../config.js';
import { recordAudit, type AuditSubjectType } from '../audit/index.js';
import type { Clock } from '../clock.js';
import { systemActor, type Ctx } from '../context.js';
import type { Db } from '../db.js';
import { AppError } from '../errors.js';
import type { JobHandler } from '../jobs/index.js';
import type { SecretBox } from '../secret-box.js';
import type { Vault } from '../vault/index.js';
import { withTx } from '../tx.js';
import { MachineError, machineService, machineTranslate } from './machine.js';
import * as repo from './repo.js';
import { sourceOf, type TextSources } from './sources.js';
import { isTextLang, textHash, type OriginalText, type TextLang } from './texts.js';

export type MachineJobDeps = { db: Db; clock: Clock; config: Config; box: SecretBox; vault: Vault; sources: TextSources };

function parseJob(data: unknown): repo.MachineJob & { targetLang: TextLang } {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof repo.MachineJob, unknown>>;
  const { kind, recordId, field, targetLang, sourceHash } = d;
  if (typeof kind !== 'string' || typeof recordId !== 'string' || typeof field !== 'string' || typeof targetLang !== 'string' || !isTextLang(targetLang) || typeof sourceHash !== 'string') {
    throw Object.assign(new Error('malformed machine translation job'), { transient: false });
  }
  return { kind, recordId, field, targetLang, sourceHash };
}

/** The field's text now, or null when the field has no text any more; a record that is gone fails the job for good. */
async function currentText(ctx: Ctx, sources: TextSources, job: repo.MachineJob): Promise<OriginalText | null> {
  const source = sourceOf(sources, job.kind);
  if (!source) throw new MachineError('record-gone', `records of kind ${job.kind} have no translatable text`);
  const found = await source.read(ctx, job.recordId).catch((err: unknown) => {
    if (err instanceof AppError && err.status < 500) return null;
    throw err;
  });
  if (!found) throw new MachineError('record-gone', `${job.kind} ${job.recordId} is no longer here`);
  // Its handling may have been raised since the job was queued.
  if (found.isMachineRestricted) throw new MachineError('restricted', `the handling of ${job.kind} ${job.recordId} keeps its text from the service`);
  return Object.hasOwn(found.fields, job.field) ? (found.fields[job.field] ?? null) : null;
}

async function runMachineJob(deps: MachineJobDeps, data: unknown): Promise<void> {
  const job = parseJob(data);
  const svc = machineService(deps.config);
  if (!svc) throw new MachineError('not-configured', 'no machine translation service is configured on this node');
  const ctx: Ctx = { db: deps.db, clock: deps.clock, config: deps.config, box: deps.box, vault: deps.vault, actor: systemActor, requestId: null };
  const original = await currentText(ctx, deps.sources, job);
  if (!original || original.lang === job.targetLang) return;
  const key = { textHash: textHash(original.text), sourceLang: original.lang, targetLang: job.targetLang, service: svc.key };
  const hit = await repo.cached(deps.db, key);
  // The network call, outside any transaction.
  const translated = hit ?? (await machineTranslate(svc, { text: original.text, source: original.lang, target: job.targetLang }));
  await withTx(deps, async (tx) => {
    const now = deps.clock.now();
    if (hit === undefined) await repo.putCache(tx, { ...key, translated, createdAt: now });
    await repo.noteCacheUse(tx, { ...key, recordKind: job.kind, recordId: job.recordId });
    await repo.upsertTranslation(tx, { recordKind: job.kind, recordId: job.recordId, field: job.field, sourceLang: original.lang, sourceHash: key.textHash, targetLang: job.targetLang, text: translated, byKind: 'machine', byUserId: null, byName: null, service: svc.name, at: now });
    const change = { field: job.field, targetLang: job.targetLang, sourceHash: key.textHash, service: svc.key, fromCache: hit !== undefined };
    await recordAudit(tx, ctx, { action: 'translation.machine-added', subjectType: job.kind as AuditSubjectType, subjectId: job.recordId, change });
  });
}

/** The job queue's handler for machine translations (app.ts registers it with the node's runner). */
export function machineTranslationHandlers(deps: MachineJobDeps): Record<string, JobHandler> {
  return { [repo.MACHINE_QUEUE]: (data) => runMachineJob(deps, data) };
}
