// The requesting side's cases: open, replace (a new version), close and withdraw one of this party's cases. A case
// is its opening agency's record, shared with the parties it names; each change is one transaction — the row, its
// entities in the correlation index, the audit entry and the envelopes to the parties named. Every check runs
// before the first write, and all problems are reported at once.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { forgetMentions, indexMentions, keyMentions, type KeyedMention } from '../entities/index.js';
import { actorName, auditCase, type OverrideMark } from './kit.js';
import { agencyFor, checkedLinks, partyIssues, requireStanding, requireWorker } from './input-checks.js';
import * as repo from './repo.js';
import * as writes from './repo-writes.js';
import type { CaseInput } from './schemas.js';
import { CASE_RECORD, publishCase } from './wire.js';

export type Saved = { id: string; reference: string; version: number; created: boolean };
type Checked = { fields: Omit<repo.CaseRow, 'id' | 'reference' | 'originParty' | 'version' | 'status' | 'createdBy' | 'createdByName' | 'idempotencyKey' | 'createdAt' | 'updatedAt'>; keyed: KeyedMention[]; mark: OverrideMark };

/** Every check a case must pass, collected; throws one 422 naming them all (403 for an agency not the actor's). */
async function checkCase(ctx: Ctx, input: CaseInput): Promise<Checked> {
  requireWorker(ctx, 'open cases');
  const issues = await partyIssues(ctx, input.parties.map((party, i) => ({ party, path: `body/parties/${i}` })));
  const agency = await agencyFor(ctx, input.agencyId, issues);
  const mark = agency ? requireStanding(ctx, { originParty: ctx.config.party, agencyId: agency.id, agency }, 'open its cases', 'not-case-agency') : {};
  const links = await checkedLinks(ctx, input.links, { recipients: input.parties, handling: input.handling });
  const { keyed, issues: entityIssues } = keyMentions(input.entities);
  issues.push(...links.issues, ...entityIssues);
  if (issues.length > 0 || !agency) throw new Unprocessable('the case cannot be saved as it is', issues);
  const fields = {
    agencyId: agency.id,
    agency: { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh },
    title: input.title,
    summary: input.summary,
    language: input.language,
    topic: input.topic,
    parties: [...new Set(input.parties)].sort(),
    handling: input.handling,
    useRestrictions: input.useRestrictions,
    links: links.links,
    entities: input.entities as Record<string, unknown>[],
  };
  return { fields, keyed, mark };
}

/** Inside the change's transaction: the row's mentions (null: unchanged), the audit entry, the envelopes. */
async function shareCase(tx: Db, ctx: Ctx, row: repo.CaseRow, keyed: readonly KeyedMention[] | null, audit: { action: 'created' | 'updated' | 'closed'; mark: OverrideMark }): Promise<void> {
  const recordDate = row.createdAt.toISOString().slice(0, 10);
  if (keyed) await indexMentions(tx, { recordKind: CASE_RECORD, recordId: row.id, reference: row.reference, originParty: row.originParty, handling: row.handling, recordDate }, keyed);
  await auditCase(tx, ctx, audit.action, row.id, { reference: row.reference, version: row.version, handling: row.handling, parties: row.parties, status: row.status, ...audit.mark });
  await publishCase(tx, ctx, row);
}

async function earlierCase(ctx: Ctx, by: string | null, key: string | undefined): Promise<Saved | null> {
  if (!by || !key) return null;
  const row = await writes.caseByIdempotencyKey(ctx.db, by, key);
  return row ? { id: row.id, reference: row.reference, version: row.version, created: false } : null;
}

/** Opens a case (numbered in the transaction that stores it) and shares it with the parties it names. */
export async function createCase(ctx: Ctx, input: CaseInput, opts: { idempotencyKey?: string | undefined } = {}): Promise<Saved> {
  requireWorker(ctx, 'open cases');
  const by = ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.id : null;
  const earlier = await earlierCase(ctx, by, opts.idempotencyKey);
  if (earlier) return earlier;
  const c = await checkCase(ctx, input);
  const id = newId();
  const now = ctx.clock.now();
  const name = await actorName(ctx.db, ctx);
  return withTx(ctx, async (tx) => {
    const self = ctx.config.party;
    const reference = repo.CASE_REFERENCE.format(self, now.getUTCFullYear(), await repo.nextSerial(tx, 'CASE', self, now.getUTCFullYear()));
    const row = await writes.insertCase(tx, { ...c.fields, id, reference, originParty: self, version: 1, status: 'open', createdBy: by, createdByName: name, idempotencyKey: by ? (opts.idempotencyKey ?? null) : null, createdAt: now, updatedAt: now });
    await shareCase(tx, ctx, row, c.keyed, { action: 'created', mark: c.mark });
    return { id, reference, version: 1, created: true };
  });
}

/** One of this party's open cases, locked, for a person who acts for its agency. */
async function ownCase(tx: Db, ctx: Ctx, id: string, opts: { open: boolean }): Promise<{ row: repo.CaseRow; mark: OverrideMark }> {
  const row = await repo.getCaseForUpdate(tx, id);
  if (!row) throw new NotFound(`no case ${id}`);
  if (row.originParty !== ctx.config.party) throw new Forbidden(`only ${row.originParty}, the opening party, changes ${row.reference}`, 'wrong-party');
  const mark = requireStanding(ctx, row, `change ${row.reference}`, 'not-case-agency');
  if (row.status === 'withdrawn') throw new Conflict(`${row.reference} was withdrawn`, 'case-withdrawn');
  if (opts.open && row.status !== 'open') throw new Conflict(`${row.reference} is ${row.status}`, 'case-closed');
  return { row, mark };
}

/** A new version of one of this party's cases; `version` guards against overwriting someone else's change. */
export async function updateCase(ctx: Ctx, id: string, input: CaseInput, version: number): Promise<Saved> {
  requireWorker(ctx, 'change cases');
  const c = await checkCase(ctx, input);
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownCase(tx, ctx, id, { open: true });
    if (row.version !== version) throw new Conflict(`${row.reference} was changed meanwhile (now version ${row.version}); reload it`, 'version-conflict');
    const next = await writes.updateCase(tx, id, { ...c.fields, version: row.version + 1, updatedAt: ctx.clock.now() });
    await shareCase(tx, ctx, next, c.keyed, { action: 'updated', mark: { ...c.mark, ...mark } });
    return { id, reference: row.reference, version: next.version, created: false };
  });
}

/** The case is closed: shared as closed, read-only from now on; its requests run their own course. */
export async function closeCase(ctx: Ctx, id: string): Promise<Saved> {
  requireWorker(ctx, 'close cases');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownCase(tx, ctx, id, { open: true });
    const next = await writes.updateCase(tx, id, { status: 'closed', version: row.version + 1, updatedAt: ctx.clock.now() });
    await shareCase(tx, ctx, next, null, { action: 'closed', mark });
    return { id, reference: row.reference, version: next.version, created: false };
  });
}

/** Withdrawn from every party holding it (their copies are purged); here it stays, marked, and links nothing. */
export async function withdrawCase(ctx: Ctx, id: string, note: string | null): Promise<Saved> {
  requireWorker(ctx, 'withdraw cases');
  return withTx(ctx, async (tx) => {
    const { row, mark } = await ownCase(tx, ctx, id, { open: false });
    const next = await writes.updateCase(tx, id, { status: 'withdrawn', version: row.version + 1, updatedAt: ctx.clock.now() });
    await forgetMentions(tx, id);
    await auditCase(tx, ctx, 'withdrawn', id, { reference: row.reference, version: next.version, note, ...mark });
    await publishCase(tx, ctx, next, { note: note ?? undefined });
    return { id, reference: row.reference, version: next.version, created: false };
  });
}
