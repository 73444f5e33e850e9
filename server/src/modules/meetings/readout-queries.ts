// Reading readouts: the list (by meeting and status), one readout with its clearances and its joint partners' texts
// held here, whether its translation is stale, what is on the public page and what this reader may do next, and its
// version history (newest first, every text whole so the web app can show the differences). A readout is read by
// this party's users who may read its meeting: a TLP:RED meeting's readouts are not found by those who may not see it.
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import { maySecondSign } from '../../platform/four-eyes.js';
import { auditRead, isSensitive, readableHandling } from '../../platform/handling/index.js';
import { pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { canKeep, requireReader } from './kit.js';
import { isCleared, partnersOf, unclearedParties } from './readout-release.js';
import { readoutFor, sourceHashOf, type MeetingRow, type ReadoutRow } from './readouts.js';
import type { Readout, ReadoutAction, ReadoutPage, ReadoutQuery, ReadoutSummary, ReadoutVersions } from './schemas-readouts.js';
import { meetings, readoutClearances, readoutReleases, readouts, readoutVersions } from './tables.js';

type Kind = ReadoutSummary['kind'];
type Status = ReadoutSummary['status'];
type Lang = ReadoutSummary['language'];

function summaryOf(r: ReadoutRow, m: Pick<MeetingRow, 'reference' | 'title'>, released: boolean): ReadoutSummary {
  return {
    id: r.id, reference: r.reference, originParty: r.originParty, version: r.version, meetingId: r.meetingId, meetingReference: m.reference, meetingTitle: m.title,
    kind: r.kind as Kind, jointId: r.jointId, language: r.language as Lang, title: r.title, status: r.status as Status, released, updatedAt: r.updatedAt,
  };
}

export async function listReadouts(ctx: Ctx, q: ReadoutQuery): Promise<ReadoutPage> {
  requireReader(ctx);
  const where = and(q.meetingId ? eq(readouts.meetingId, q.meetingId) : undefined, q.status ? eq(readouts.status, q.status) : undefined, readableHandling(ctx.actor, meetings.handling));
  const { limit, offset } = pageOf(q);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ r: readouts, meetingReference: meetings.reference, meetingTitle: meetings.title, releasedVersion: readoutReleases.version })
      .from(readouts)
      .innerJoin(meetings, eq(meetings.id, readouts.meetingId))
      .leftJoin(readoutReleases, eq(readoutReleases.readoutId, readouts.id))
      .where(where)
      .orderBy(desc(readouts.updatedAt), desc(readouts.id))
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(readouts).innerJoin(meetings, eq(meetings.id, readouts.meetingId)).where(where),
  ]);
  return { items: rows.map((x) => summaryOf(x.r, { reference: x.meetingReference, title: x.meetingTitle }, x.releasedVersion !== null)), total: total?.n ?? 0 };
}

/**
 * A clearance another party's node sent (no one here made it): it travels as "Supervisor, <agency>" (readout-clearance.ts
 * clearedByTitle), which the reader's page says in their own language.
 */
function titleOf(c: { clearedBy: string | null; clearedByName: string }): { role: 'supervisor'; agency: string | null } | null {
  if (c.clearedBy !== null) return null;
  const m = /^Supervisor(?:, (.{1,40}))?$/.exec(c.clearedByName);
  return m ? { role: 'supervisor', agency: m[1] ?? null } : null;
}

/** What this reader may do with the readout now (the use cases decide again). */
async function allowedActions(ctx: Ctx, row: ReadoutRow, meeting: MeetingRow, partners: readonly ReadoutRow[]): Promise<ReadoutAction[]> {
  const self = ctx.config.party;
  if (row.originParty !== self || row.status === 'withdrawn' || ctx.actor.kind === 'anonymous' || !canKeep(ctx.actor, self)) return [];
  const out: ReadoutAction[] = [];
  if (ctx.actor.kind === 'system' || hasRole(ctx.actor, 'secretariat')) out.push('edit', 'translate');
  // Only a readout of a TLP:CLEAR meeting can go public: no clearance or release is offered for any other.
  if (meeting.handling !== 'TLP:CLEAR') return [...out, 'withdraw'];
  const cleared = await isCleared(ctx.db, row);
  if (!cleared && hasRole(ctx.actor, 'supervisor') && maySecondSign(ctx.actor, [row.createdBy, ...row.editors])) out.push('clear');
  const ready = row.kind !== 'joint' || (await unclearedParties(ctx.db, self, meeting, partners)).length === 0;
  if (cleared && ready) out.push('release');
  out.push('withdraw');
  return out;
}

/** One readout as this reader may see it. */
export async function getReadout(ctx: Ctx, id: string): Promise<Readout> {
  requireReader(ctx);
  const { row, meeting } = await readoutFor(ctx, id);
  // A readout is read under its meeting's handling: a person's read of a sensitive one is audited.
  if (isSensitive(meeting.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'readout.read', subjectType: 'readout', subjectId: id, reference: row.reference, handling: meeting.handling }));
  const partners = await partnersOf(ctx.db, row, meeting);
  const texts = new Map([row, ...partners].map((t) => [t.id, t]));
  const [clearances, [release]] = await Promise.all([
    ctx.db.select().from(readoutClearances).where(inArray(readoutClearances.readoutId, [...texts.keys()])).orderBy(desc(readoutClearances.at), desc(readoutClearances.id)),
    ctx.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, id)),
  ]);
  const isCurrent = (c: (typeof clearances)[number]): boolean => {
    const text = texts.get(c.readoutId);
    return text !== undefined && c.version === text.version && c.party === text.originParty;
  };
  return {
    ...summaryOf(row, meeting, release !== undefined),
    body: row.body,
    translation: row.translation,
    stale: row.translation !== null && row.translation.sourceHash !== sourceHashOf(row),
    links: row.links,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    clearances: clearances.map((c) => ({ id: c.id, readoutId: c.readoutId, party: c.party, version: c.version, clearedByName: c.clearedByName, clearedByTitle: titleOf(c), at: c.at, current: isCurrent(c) })),
    partners: partners.map((p) => ({ id: p.id, reference: p.reference, party: p.originParty, version: p.version, language: p.language as Lang, title: p.title, status: p.status as Status, cleared: clearances.some((c) => c.readoutId === p.id && isCurrent(c)) })),
    release: release ? { slug: release.slug, version: release.version, releasedAt: release.releasedAt, updatedAt: release.updatedAt, current: release.version === row.version } : null,
    meetingHandling: meeting.handling,
    allowed: await allowedActions(ctx, row, meeting, partners),
  };
}

/** Every version of the readout as it was saved, newest first. */
export async function readoutHistory(ctx: Ctx, id: string): Promise<ReadoutVersions> {
  requireReader(ctx);
  await readoutFor(ctx, id);
  const rows = await ctx.db.select().from(readoutVersions).where(eq(readoutVersions.readoutId, id)).orderBy(desc(readoutVersions.version));
  return { items: rows.map((v) => ({ version: v.version, language: v.language as Lang, title: v.title, body: v.body, translation: v.translation, byName: v.byName, at: v.at })) };
}
