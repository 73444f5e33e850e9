// What became of each record an import brings, and the one way each is brought in: checked like a record typed in
// its form, created under an idempotency key derived from its content, so that a file imported twice creates
// nothing the second time. Invariants: a record a rule refuses is reported and the others go on; a dry run runs the
// same checks and writes nothing; anything that is not a rule's refusal (a 5xx, a bug) ends the import.
import { z } from 'zod';
import { canonicalJson } from '../canonical-json.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../ids.js';
import { withCode, type RecordIssue } from './problem-codes.js';

export const IMPORT_OUTCOMES = ['created', 'already-imported', 'invalid', 'failed'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const ImportProblem = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string().describe('in English, for API users'),
  code: z.string().describe('why, as a stable code a client says in its own language: `too_big.string`, `unknown-species` (IMPORT_PROBLEM_CODES)'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('the numbers and names its message needs, e.g. `maximum`'),
});
export type ImportProblem = z.infer<typeof ImportProblem>;
export const ImportRow = z.object({
  ref: z.string(),
  rows: z.array(z.number().int()).describe('line numbers in the file (the header is line 1)'),
  outcome: z.enum(IMPORT_OUTCOMES),
  id: z.string().nullable(),
  problems: z.array(ImportProblem),
});
export type ImportRow = z.infer<typeof ImportRow>;
export const ImportReport = z.object({ dryRun: z.boolean(), created: z.number().int(), invalid: z.number().int(), items: z.array(ImportRow) });
export type ImportReport = z.infer<typeof ImportReport>;

export const countOutcome = (items: readonly { outcome: ImportOutcome }[], outcome: ImportOutcome): number => items.filter((i) => i.outcome === outcome).length;

export const importReport = (dryRun: boolean, items: ImportRow[]): ImportReport => ({ dryRun, created: countOutcome(items, 'created'), invalid: countOutcome(items, 'invalid'), items });

/** The idempotency key of an imported record: its scope (a ref, a caller, a STIX id) and its canonical content. */
export const importKey = (scope: string, content: unknown): string => `import:${sha256Hex(`${scope}\n${canonicalJson(content)}`).slice(0, 48)}`;

/** How one module brings in one record of its own. */
export type ImportTarget<T> = {
  /** The record an earlier import with this key created, if any (by the same caller). */
  earlier: (key: string) => Promise<{ id: string } | undefined>;
  /** Every check `create` makes, writing nothing (a dry run). */
  check: (input: T) => Promise<void>;
  /** Creates it in one transaction; `created: false` when the key found an earlier one. */
  create: (input: T, key: string) => Promise<{ id: string; created: boolean }>;
};
export type Imported<P> = { outcome: ImportOutcome; id: string | null; problems: P[] };

type Locate<P> = (issue: RecordIssue) => P;

/** A problem at a line and column of the file: the issue's message, code and params. */
export const problemAt = (at: { line: number; column: string }, issue: RecordIssue): ImportProblem => ({ ...at, message: issue.message, ...withCode(issue, 'invalid') });

/** A rule's refusal (4xx) as the record's problems; anything else (a 5xx, a bug) ends the import. */
function refused<P>(err: unknown, problem: Locate<P>): Imported<P> {
  if (!(err instanceof AppError) || err.status >= 500) throw err;
  const issues = err.errors.length > 0 ? err.errors : [{ path: '', message: err.message, code: err.type }];
  return { outcome: 'invalid', id: null, problems: issues.map((e) => problem({ path: e.path, message: e.message, ...withCode(e, err.type) })) };
}

/** One record checked (dry run) or created; a rule's refusal (4xx) becomes its problems, located by `problem`. */
export async function importOne<T, P>(target: ImportTarget<T>, input: T, key: string, opts: { dryRun: boolean; problem: Locate<P> }): Promise<Imported<P>> {
  try {
    if (opts.dryRun) {
      const earlier = await target.earlier(key);
      if (!earlier) await target.check(input);
      return { outcome: earlier ? 'already-imported' : 'created', id: earlier?.id ?? null, problems: [] };
    }
    const created = await target.create(input, key);
    return { outcome: created.created ? 'created' : 'already-imported', id: created.id, problems: [] };
  } catch (err) {
    return refused(err, opts.problem);
  }
}

/** What a module's batch filing made of one record: as `importOne` reports it, or the rule that refused it. */
export type BatchOutcome = { outcome: 'created' | 'already-imported'; id: string | null } | { outcome: 'invalid'; error: unknown };

/**
 * How one module brings in many records at once: each checked (dry run) or created under its key as `ImportTarget`
 * would, one outcome per record in order, but with the work shared across the batch (a transaction, look-ups).
 */
export type BatchImportTarget<T> = (records: readonly { input: T; key: string }[], opts: { dryRun: boolean }) => Promise<BatchOutcome[]>;

/** `importOne` for many records: the same outcomes and problems, reported record by record. */
export async function importMany<T, P>(fileMany: BatchImportTarget<T>, records: readonly { input: T; key: string; problem: Locate<P> }[], opts: { dryRun: boolean }): Promise<Imported<P>[]> {
  if (records.length === 0) return [];
  const outcomes = await fileMany(records, opts);
  return records.map((r, i): Imported<P> => {
    const o = outcomes[i];
    if (!o) throw new Error(`the batch gave no outcome for record ${i}`);
    return o.outcome === 'invalid' ? refused(o.error, r.problem) : { outcome: o.outcome, id: o.id, problems: [] };
  });
}
