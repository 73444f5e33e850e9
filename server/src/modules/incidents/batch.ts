// Filing many of this party's incidents at once, as an import brings them. Each incident is checked exactly as
// `createIncident` checks it (the same `check`, its directory and notification look-ups made once per batch) and
// the incidents that pass are written together: references taken in one statement, the incidents, items and
// mentions in one insert per table, one audit entry each under one lock, one envelope chain append per party.
// Invariants: an incident is wholly written or not at all; one that fails a check is reported and the others are
// written; an idempotency key creates at most one incident, across batches and within one. When the batch's
// transaction is refused by a rule (a record too large to send) or meets a concurrent import of the same keys, its
// incidents are filed one by one through `createIncident` instead, so each gets the outcome it would have alone.
// Batches overlap by one step: the next batch is checked and screened (reads and CPU) while the previous one's
// transaction runs, unless the two share an idempotency key (then it is checked after the commit). Transactions
// themselves run one at a time, in order, so references follow the filings' order.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isUniqueViolation } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { addMentions } from '../entities/index.js';
import { notificationsByReference } from '../notifications/index.js';
import { buildItemsMany } from './items.js';
import { actorName, auditMany } from './kit.js';
import * as repo from './repo.js';
import type { IncidentInput } from './schemas.js';
import { auditedChange, check, createIncident, directLookups, incidentRow, requireFiler, type Checked, type CheckLookups } from './service.js';
import { INCIDENT_RECORD, publishNewIncidents } from './wire.js';

/** Incidents per transaction: large enough that round trips stop mattering, small enough to hold in memory. */
export const FILING_BATCH = 500;

export type Filing = { input: IncidentInput; idempotencyKey: string };
export type Filed =
  | { outcome: 'created' | 'already-imported'; id: string; reference: string }
  /** A dry run: every check passed, nothing written. */
  | { outcome: 'checked' }
  | { outcome: 'invalid'; error: AppError };

type Fresh = { at: number; filing: Filing; checked: Checked; id: string };
/** A step ready to write: its fresh incidents checked, their items built and screened. */
type Prepared = { fresh: Fresh[]; items: BuiltRows };
type BuiltRows = Awaited<ReturnType<typeof buildItemsMany>>;
/** Filings whose idempotency keys are distinct, with their places in the caller's list. */
type Step = { filings: Filing[]; at: number[] };

/** A rule's refusal (a 4xx) is the incident's outcome; anything else (a 5xx, a bug) ends the import. */
function refusal(err: unknown): AppError {
  if (err instanceof AppError && err.status < 500) return err;
  throw err;
}

function memo<T>(look: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (key) => {
    const found = seen.get(key) ?? look(key);
    seen.set(key, found);
    return found;
  };
}

/** The batch's look-ups: parties once, each agency once, every linked notification in one query. */
async function batchLookups(ctx: Ctx, inputs: readonly IncidentInput[]): Promise<CheckLookups> {
  const direct = directLookups(ctx);
  let parties: Promise<Set<string>> | undefined;
  const notification = await notificationsByReference(ctx, inputs.flatMap((i) => (i.notificationReference ? [i.notificationReference] : [])));
  return { partyCodes: () => (parties ??= direct.partyCodes()), agency: memo(direct.agency), notification: async (reference) => notification(reference) };
}

/** Checks every filing of a round whose keys are distinct; those already imported, refused or fresh. */
async function checkRound(ctx: Ctx, by: string, filings: readonly Filing[], out: Filed[], at: readonly number[]): Promise<Fresh[]> {
  const earlier = new Map((await repo.byIdempotencyKeys(ctx.db, by, filings.map((f) => f.idempotencyKey))).map((r) => [r.idempotencyKey, r]));
  const lookups = await batchLookups(ctx, filings.flatMap((f) => (earlier.has(f.idempotencyKey) ? [] : [f.input])));
  const fresh: Fresh[] = [];
  for (const [k, filing] of filings.entries()) {
    const found = earlier.get(filing.idempotencyKey);
    const i = at[k] ?? k;
    if (found) {
      out[i] = { outcome: 'already-imported', id: found.id, reference: found.reference };
      continue;
    }
    const checked = await check(ctx, filing.input, lookups).catch((err: unknown) => {
      out[i] = { outcome: 'invalid', error: refusal(err) };
      return null;
    });
    if (checked) fresh.push({ at: i, filing, checked, id: newId() });
  }
  return fresh;
}

/** References in input order, one counter update per year among the batch's incidents. */
async function references(tx: Db, ctx: Ctx, fresh: readonly Fresh[]): Promise<string[]> {
  const years = new Map<number, number>();
  for (const f of fresh) years.set(Number(f.filing.input.occurredOn.slice(0, 4)), 0);
  for (const year of years.keys()) years.set(year, await repo.nextSerials(tx, ctx.config.party, year, fresh.filter((f) => f.filing.input.occurredOn.startsWith(String(year))).length));
  return fresh.map((f) => {
    const year = Number(f.filing.input.occurredOn.slice(0, 4));
    const serial = years.get(year) ?? 0;
    years.set(year, serial + 1);
    return repo.REFERENCE.format(ctx.config.party, year, serial);
  });
}

/** Checks a step's filings and builds the fresh ones' items (screening their chemical lines): reads and CPU only. */
async function prepare(ctx: Ctx, by: string, step: Step, out: Filed[]): Promise<Prepared> {
  const fresh = await checkRound(ctx, by, step.filings, out, step.at);
  const items = await buildItemsMany(ctx, fresh.map((f) => ({ incidentId: f.id, items: f.filing.input.items, asOf: f.filing.input.occurredOn })));
  return { fresh, items };
}

/** Writes the fresh incidents of a round in one transaction; their outcomes once it has committed. */
async function writeRound(ctx: Ctx, by: string, { fresh, items }: Prepared, out: Filed[]): Promise<void> {
  const now = ctx.clock.now();
  const createdByName = await actorName(ctx.db, ctx);
  const rows = await withTx(ctx, async (tx) => {
    const refs = await references(tx, ctx, fresh);
    const stored = fresh.map((f, k) => {
      const s = { id: f.id, reference: null, version: 1, createdAt: now, createdBy: by, createdByName, idempotencyKey: f.filing.idempotencyKey };
      return { ...incidentRow(ctx, f.filing.input, f.checked, s, now), reference: refs[k] ?? '' };
    });
    await repo.insertMany(tx, stored, { rows: items.rows.flat(), screenings: items.screenings });
    const mentioned = (row: (typeof stored)[number]) => ({ recordKind: INCIDENT_RECORD, recordId: row.id, reference: row.reference, originParty: row.originParty, handling: row.handling, recordDate: row.occurredOn });
    await addMentions(tx, stored.map((row, k) => ({ record: mentioned(row), mentions: fresh[k]?.checked.keyed ?? [] })));
    await auditMany(tx, ctx, 'created', stored.map((row, k) => ({ id: row.id, change: fresh[k] ? auditedChange(row, fresh[k].checked) : {} })));
    await publishNewIncidents(tx, ctx, stored.map((row, k) => ({ row, items: fresh[k]?.filing.input.items ?? [] })));
    return stored;
  });
  rows.forEach((row, k) => {
    const at = fresh[k]?.at;
    if (at !== undefined) out[at] = { outcome: 'created', id: row.id, reference: row.reference };
  });
}

/** The batch refused as a whole: each incident filed alone, as `createIncident` would file it. */
async function fileOneByOne(ctx: Ctx, fresh: readonly Fresh[], out: Filed[]): Promise<void> {
  for (const f of fresh) {
    out[f.at] = await createIncident(ctx, f.filing.input, { idempotencyKey: f.filing.idempotencyKey }).then(
      (saved): Filed => ({ outcome: saved.created ? 'created' : 'already-imported', id: saved.id, reference: saved.reference }),
      (err: unknown): Filed => ({ outcome: 'invalid', error: refusal(err) }),
    );
  }
}

async function writeStep(ctx: Ctx, by: string, prepared: Prepared, out: Filed[]): Promise<void> {
  if (prepared.fresh.length === 0) return;
  try {
    await writeRound(ctx, by, prepared, out);
  } catch (err) {
    if (!(err instanceof AppError && err.status < 500) && !isUniqueViolation(err, 'incidents_idempotency_idx')) throw err;
    await fileOneByOne(ctx, prepared.fresh, out);
  }
}

/**
 * The steps to write, FILING_BATCH filings at most each, in order. Within a batch, a key's second filing goes in a
 * later step than its first, so that it is decided after its first is written (already imported).
 */
function steps(filings: readonly Filing[]): Step[] {
  const out: Step[] = [];
  for (let start = 0; start < filings.length; start += FILING_BATCH) {
    const rounds: number[][] = [];
    const count = new Map<string, number>();
    filings.slice(start, start + FILING_BATCH).forEach((f, k) => {
      const n = count.get(f.idempotencyKey) ?? 0;
      count.set(f.idempotencyKey, n + 1);
      (rounds[n] ??= []).push(start + k);
    });
    for (const at of rounds) out.push({ filings: at.map((i) => filings[i] as Filing), at });
  }
  return out;
}

const sharesAKey = (a: Step, b: Step): boolean => {
  const keys = new Set(a.filings.map((f) => f.idempotencyKey));
  return b.filings.some((f) => keys.has(f.idempotencyKey));
};

/** Writes the steps in order, checking each next step while the one before it is written. */
async function fileSteps(ctx: Ctx, by: string, all: readonly Step[], out: Filed[]): Promise<void> {
  const [first] = all;
  let prepared = first ? await prepare(ctx, by, first, out) : null;
  for (const [k, step] of all.entries()) {
    if (!prepared) return;
    const next = all[k + 1];
    const writing = writeStep(ctx, by, prepared, out);
    if (!next) await writing;
    else if (sharesAKey(step, next)) prepared = await writing.then(() => prepare(ctx, by, next, out));
    else prepared = await bothSettled(writing, prepare(ctx, by, next, out));
  }
}

/** `b`'s value once `a` and `b` have both settled: an error of either is thrown only when neither is still running. */
async function bothSettled<T>(a: Promise<void>, b: Promise<T>): Promise<T> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return second.value;
}

/**
 * Files the incidents (or, with `dryRun`, checks them), FILING_BATCH per transaction; one outcome per filing, in
 * order. The caller is a user or token: the idempotency keys are theirs.
 */
export async function fileIncidents(ctx: Ctx, filings: readonly Filing[], opts: { dryRun?: boolean } = {}): Promise<Filed[]> {
  requireFiler(ctx);
  const by = ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.id : null;
  if (!by) throw new Error('filing incidents in a batch needs a user or token: the idempotency keys are theirs');
  const out: Filed[] = [];
  if (!opts.dryRun) {
    await fileSteps(ctx, by, steps(filings), out);
    return out;
  }
  // Nothing is written, so a key's second filing is checked as its first was (as one-by-one dry runs would).
  for (let start = 0; start < filings.length; start += FILING_BATCH) {
    const slice = filings.slice(start, start + FILING_BATCH);
    const fresh = await checkRound(ctx, by, slice, out, slice.map((_, k) => start + k));
    for (const f of fresh) out[f.at] = { outcome: 'checked' };
  }
  return out;
}
