// Reading commitments: one with its updates, the board with its filters (sorted by due date), and the roll-up per
// party, topic and meeting. Every path asks platform/handling: a TLP:RED commitment is not found, listed or counted
// for a reader who may not see it. Overdue is derived against today in this party's zone (the owning party's, on the
// owning node; the other node reads its copy against its own today, a day apart at most). The roll-up is one
// GROUP BY GROUPING SETS scan in SQL, so 20,000 commitments answer in milliseconds rather than a loop over rows.
import { and, asc, count, eq, gte, ilike, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import { queryRows, type Db } from '../../platform/db.js';
import { NotFound } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead, readableHandling, type Handling } from '../../platform/handling/index.js';
import { likePattern, pageOf } from '../../platform/sql.js';
import { wallClock } from '../../platform/time-text.js';
import { withTx } from '../../platform/tx.js';
import { timeZoneOf } from '../calendars/index.js';
import { canKeep, requireReader } from './kit.js';
import { UNSETTLED, type Commitment, type CommitmentPage, type CommitmentQuery, type CommitmentStatus, type CommitmentSummary, type RollUp, type RollUpQuery, type Tally } from './schemas-commitments.js';
import { commitments } from './tables.js';
import type { CommitmentRow } from './wire-commitments.js';

/** Today as a local date of this party's zone, and the zone. */
export async function todayHere(ctx: Pick<Ctx, 'db' | 'clock' | 'config'>): Promise<{ today: string; timeZone: string }> {
  const timeZone = await timeZoneOf(ctx.db, ctx.config.party);
  return { today: wallClock(ctx.clock.now(), timeZone).day, timeZone };
}

export const isOverdue = (c: Pick<CommitmentRow, 'status' | 'dueOn'>, today: string): boolean => UNSETTLED.includes(c.status) && c.dueOn < today;
const keptOf = (c: Pick<CommitmentRow, 'status' | 'dueOn' | 'settledOn'>): 'on-time' | 'late' | null => (c.status !== 'done' ? null : (c.settledOn ?? c.dueOn) <= c.dueOn ? 'on-time' : 'late');

export const getCommitmentRow = async (db: Db, id: string): Promise<CommitmentRow | undefined> => (await db.select().from(commitments).where(eq(commitments.id, id)))[0];
export const lockCommitment = async (tx: Db, id: string): Promise<CommitmentRow | undefined> => (await tx.select().from(commitments).where(eq(commitments.id, id)).for('update'))[0];

/** What the board shows of a commitment: not its evidence nor its updates (a long history stays on its page). */
const SUMMARY = {
  id: commitments.id, reference: commitments.reference, originParty: commitments.originParty, version: commitments.version, meetingId: commitments.meetingId, meetingReference: commitments.meetingReference,
  topic: commitments.topic, text: commitments.text, language: commitments.language, agencyId: commitments.agencyId, agency: commitments.agency, dueOn: commitments.dueOn, status: commitments.status,
  settledOn: commitments.settledOn, handling: commitments.handling, demo: commitments.demo, updatedAt: commitments.updatedAt,
};
type SummaryRow = Pick<CommitmentRow, keyof typeof SUMMARY>;

export function toSummary(c: SummaryRow, today: string): CommitmentSummary {
  return {
    id: c.id, reference: c.reference, party: c.originParty, version: c.version, meetingId: c.meetingId, meetingReference: c.meetingReference, topic: c.topic, text: c.text, language: c.language,
    agencyId: c.agencyId, agency: { ...c.agency, id: c.agencyId }, dueOn: c.dueOn, status: c.status as CommitmentStatus, overdue: isOverdue(c, today), settledOn: c.settledOn, kept: keptOf(c),
    handling: c.handling as Handling, demo: c.demo, updatedAt: c.updatedAt,
  };
}

/** Officers of the owning agency report its progress; the keepers do everything. */
export function mayReport(ctx: Ctx, c: Pick<CommitmentRow, 'agencyId'>): boolean {
  if (canKeep(ctx.actor, ctx.config.party)) return true;
  return ctx.actor.partyCode === ctx.config.party && hasRole(ctx.actor, 'officer') && c.agencyId !== null && ctx.actor.agencyId === c.agencyId;
}

function allowedOf(ctx: Ctx, c: CommitmentRow): Commitment['allowed'] {
  if (c.originParty !== ctx.config.party || c.status === 'withdrawn') return [];
  const keeper = canKeep(ctx.actor, ctx.config.party);
  return [...(keeper ? (['edit'] as const) : []), ...(mayReport(ctx, c) ? (['progress'] as const) : []), ...(keeper ? (['withdraw'] as const) : [])];
}

/** The commitment, for whoever may read it; NotFound for one that is not here or not theirs to know of. */
export async function readableCommitment(ctx: Ctx, id: string): Promise<CommitmentRow> {
  requireReader(ctx);
  const row = await getCommitmentRow(ctx.db, id);
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no commitment ${id}`);
  return row;
}

/** One commitment; a person's read of an AMBER+STRICT or RED one is audited (platform/handling). */
export async function getCommitment(ctx: Ctx, id: string): Promise<Commitment> {
  const row = await readableCommitment(ctx, id);
  if (isSensitive(row.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'commitment.read', subjectType: 'commitment', subjectId: id, reference: row.reference, handling: row.handling }));
  const { today } = await todayHere(ctx);
  return { ...toSummary(row, today), evidence: row.evidence, updates: row.updates, createdByName: row.createdByName, createdAt: row.createdAt, allowed: allowedOf(ctx, row) };
}

function boardWhere(ctx: Ctx, q: CommitmentQuery, today: string): SQL | undefined {
  const c = commitments;
  const parts: (SQL | undefined)[] = [readableHandling(ctx.actor, c.handling)];
  if (q.status === 'overdue') parts.push(inArray(c.status, [...UNSETTLED]), lt(c.dueOn, today));
  else parts.push(q.status ? eq(c.status, q.status) : ne(c.status, 'withdrawn'));
  if (q.party) parts.push(eq(c.originParty, q.party));
  if (q.agencyAcronym) parts.push(sql`${c.agency}->>'acronym' = ${q.agencyAcronym}`);
  if (q.topic) parts.push(eq(c.topic, q.topic));
  if (q.meetingId) parts.push(eq(c.meetingId, q.meetingId));
  if (q.dueFrom) parts.push(gte(c.dueOn, q.dueFrom));
  if (q.dueTo) parts.push(lte(c.dueOn, q.dueTo));
  // A reference is matched exactly (the unique index); the text by the words it contains.
  if (q.q) parts.push(or(eq(c.reference, q.q.toUpperCase()), ilike(c.text, likePattern(q.q))));
  return and(...parts);
}

/** The board: commitments this reader may read, due first on top. */
export async function listCommitments(ctx: Ctx, q: CommitmentQuery): Promise<CommitmentPage> {
  requireReader(ctx);
  const { today } = await todayHere(ctx);
  const where = boardWhere(ctx, q, today);
  const { limit, offset } = pageOf(q);
  const [rows, [total]] = await Promise.all([
    ctx.db.select(SUMMARY).from(commitments).where(where).orderBy(asc(commitments.dueOn), asc(commitments.id)).limit(limit).offset(offset),
    ctx.db.select({ n: count() }).from(commitments).where(where),
  ]);
  return { items: rows.map((r) => toSummary(r, today)), total: total?.n ?? 0 };
}

type TallyRow = Tally & { byParty: number; byTopic: number; party: string | null; topic: string | null; meetingId: string | null; meetingReference: string | null };
const tallyOf = (r: TallyRow): Tally => ({ made: r.made, open: r.open, inProgress: r.inProgress, overdue: r.overdue, keptOnTime: r.keptOnTime, late: r.late, dropped: r.dropped });

/** Per party, per topic and per meeting, the commitments due in the period (withdrawn ones count nowhere). */
export async function rollUp(ctx: Ctx, q: RollUpQuery): Promise<RollUp> {
  requireReader(ctx);
  const { today } = await todayHere(ctx);
  const c = commitments;
  const conds = [ne(c.status, 'withdrawn'), readableHandling(ctx.actor, c.handling), q.since ? gte(c.dueOn, q.since) : undefined, q.until ? lte(c.dueOn, q.until) : undefined];
  const late = sql`${c.dueOn} < ${today}::date`;
  // One scan, three groupings: grouping() tells which set a row of totals belongs to.
  const rows = await queryRows<TallyRow>(
    ctx.db,
    sql`select grouping(${c.originParty}) = 0 as "byParty", grouping(${c.topic}) = 0 as "byTopic", trim(${c.originParty}) as party, ${c.topic} as topic,
          ${c.meetingId} as "meetingId", max(${c.meetingReference}) as "meetingReference", count(*)::int as made,
          count(*) filter (where ${c.status} = 'open' and not (${late}))::int as open,
          count(*) filter (where ${c.status} = 'in-progress' and not (${late}))::int as "inProgress",
          count(*) filter (where ${c.status} in ('open', 'in-progress') and ${late})::int as overdue,
          count(*) filter (where ${c.status} = 'done' and coalesce(${c.settledOn}, ${c.dueOn}) <= ${c.dueOn})::int as "keptOnTime",
          count(*) filter (where ${c.status} = 'done' and ${c.settledOn} > ${c.dueOn})::int as late,
          count(*) filter (where ${c.status} = 'dropped')::int as dropped
        from ${c} where ${and(...conds)}
        group by grouping sets ((${c.originParty}), (${c.topic}), (${c.meetingId}))
        order by 3, 4, 6`,
  );
  return {
    asOf: today,
    since: q.since ?? null,
    until: q.until ?? null,
    byParty: rows.filter((r) => r.byParty).map((r) => ({ party: r.party ?? '', ...tallyOf(r) })),
    byTopic: rows.filter((r) => r.byTopic).map((r) => ({ topic: r.topic ?? '', ...tallyOf(r) })),
    byMeeting: rows.filter((r) => !r.byParty && !r.byTopic).map((r) => ({ meetingId: r.meetingId, meetingReference: r.meetingReference, ...tallyOf(r) })),
  };
}
