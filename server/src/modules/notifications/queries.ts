// Reading notifications: the inbox and outbox lists, one notification with its lines and timeline, its signed
// clearance; and each party's reply period and signing rule (second person), which its administrators set.
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { hasRole } from '../../platform/context.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead, readableHandling } from '../../platform/handling/index.js';
import { pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { listParties } from '../directory/index.js';
import { exchangeStateOf, type ExchangeState } from '../exchange/index.js';
import { attachmentsOf } from './attachments.js';
import { bundleOf, type ClearanceBundle } from './clearance.js';
import { timeZonesOf } from '../calendars/index.js';
import { replyPeriodFor } from './deadlines.js';
import { toDetail, toSummary } from './present.js';
import * as repo from './repo.js';
import { secondPersonRequired } from './replies.js';
import type { Notification, NotificationBoxes, NotificationQuery } from './schemas.js';
import { CLOCK_RUNNING } from './status.js';
import { notifications } from './tables.js';
import { requireReader } from './use-case-kit.js';

// Handling (DESIGN §6) is the platform's one policy (platform/handling): a TLP:RED notification is not every
// viewer's, neither listed nor read, and a person's read of an AMBER or RED one is audited.

export async function listNotifications(ctx: Ctx, q: NotificationQuery) {
  requireReader(ctx);
  const { items, total } = await repo.list(ctx.db, { ...q, self: ctx.config.party, now: ctx.clock.now(), reader: ctx.actor }, pageOf(q));
  const zones = await timeZonesOf(ctx.db, items.flatMap((n) => [n.exportingParty, n.importingParty]));
  return { items: items.map((n) => toSummary(ctx, n, zones)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Where the reader's party has work waiting, for the list to open on: received notifications whose importer's clock
 * runs (awaiting its reply), and its own drafts and those the importer asked for information on. What the reader may
 * not read under the handling policy is not counted.
 */
export async function waitingByBox(ctx: Ctx): Promise<NotificationBoxes> {
  requireReader(ctx);
  const self = ctx.config.party;
  const inList = (statuses: readonly string[]) => sql.join(statuses.map((st) => sql`${st}`), sql`, `);
  const [row] = await ctx.db
    .select({
      inbox: sql<number>`count(*) filter (where ${notifications.importingParty} = ${self} and ${notifications.status} in (${inList(CLOCK_RUNNING)}))::int`,
      outbox: sql<number>`count(*) filter (where ${notifications.exportingParty} = ${self} and ${notifications.status} in ('draft', 'info-requested'))::int`,
    })
    .from(notifications)
    .where(readableHandling(ctx.actor, notifications.handling));
  return { inbox: Number(row?.inbox ?? 0), outbox: Number(row?.outbox ?? 0) };
}

/** The row, for whoever may read the notification; NotFound or Forbidden as `getNotification` would answer. */
export async function readable(ctx: Ctx, id: string): Promise<repo.Row> {
  requireReader(ctx);
  const row = await repo.get(ctx.db, id);
  // Another party's draft never reaches this node; this node's own drafts are its party's business. A RED one is
  // not found for those who may not see it: its existence is not theirs to know either.
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no notification ${id}`);
  return row;
}

/** A person opening a notification: as `getNotification`, and the read of a sensitive one is audited. */
export async function readNotification(ctx: Ctx, id: string): Promise<Notification> {
  const n = await getNotification(ctx, id);
  if (isSensitive(n.handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'notification.read', subjectType: 'notification', subjectId: id, reference: n.reference, handling: n.handling }));
  return n;
}

export async function getNotification(ctx: Ctx, id: string): Promise<Notification> {
  const row = await readable(ctx, id);
  const [lines, events, attachments, zones, secondPerson] = await Promise.all([
    repo.linesOf(ctx.db, id),
    repo.eventsOf(ctx.db, id),
    attachmentsOf(ctx.db, id),
    timeZonesOf(ctx.db, [row.exportingParty, row.importingParty]),
    row.importingParty === ctx.config.party ? secondPersonRequired(ctx.db, ctx.config.party) : false,
  ]);
  return toDetail(ctx, row, lines, events, attachments, zones, secondPerson);
}

/** A document filed with a notification, for whoever may read the notification. */
export async function attachmentContent(ctx: Ctx, id: string, attachmentId: string): Promise<{ filename: string; mediaType: string; content: Buffer }> {
  await readable(ctx, id);
  const found = await repo.attachment(ctx.db, id, attachmentId);
  if (!found) throw new NotFound(`no document ${attachmentId} on this notification`);
  return found;
}

/** Delivery of this node's own record to the other party (queued, delivered with the receipt's time, failed). */
export async function deliveryOf(ctx: Ctx, id: string): Promise<ExchangeState> {
  const row = await readable(ctx, id);
  const recordId = row.exportingParty === ctx.config.party ? row.id : row.responseId;
  return exchangeStateOf(ctx, recordId ?? row.id);
}

export async function clearanceOf(ctx: Ctx, id: string): Promise<{ bundle: ClearanceBundle; row: repo.Row }> {
  const row = await readable(ctx, id);
  if (!row.clearanceJws || !row.clearanceQr) throw new Conflict(`${row.reference} has no clearance or objection yet`, 'no-clearance');
  const bundle = await bundleOf(ctx.db, { jws: row.clearanceJws, qr: row.clearanceQr }, row.importingParty, ctx.config.party);
  if (ctx.actor.kind !== 'system') await withTx(ctx, (tx) => recordAudit(tx, ctx, { action: 'notification.clearance-downloaded', subjectType: 'notification', subjectId: id, change: { reference: row.reference } }));
  return { bundle, row };
}

export async function listReplyPeriods(ctx: Ctx) {
  requireReader(ctx);
  const parties = await listParties(ctx);
  return Promise.all(parties.map(async (p) => ({ partyCode: p.code, ...(await replyPeriodFor(ctx.db, p.code)) })));
}

/** An importing party sets its own reply period; its administrators do, in person. */
export async function setReplyPeriod(ctx: Ctx, party: string, input: { days: number; kind: 'calendar' | 'working' }) {
  requireReader(ctx);
  if (!hasRole(ctx.actor, 'admin') || ctx.actor.kind !== 'user') throw new Forbidden('an administrator sets the reply period, in person');
  if (party !== ctx.config.party) throw new Forbidden(`${party} sets its own reply period on its own node`, 'foreign-jurisdiction');
  await withTx(ctx, async (tx) => {
    await repo.setReplyPeriod(tx, { partyCode: party, days: input.days, kind: input.kind, updatedBy: ctx.actor.label, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'notification.reply-period-set', subjectType: 'party', subjectId: party, change: input });
  });
  return { partyCode: party, ...input, isDefault: false };
}

export async function listSigningRules(ctx: Ctx) {
  requireReader(ctx);
  const parties = await listParties(ctx);
  return Promise.all(
    parties.map(async (p) => {
      const set = await repo.signingRuleOf(ctx.db, p.code);
      return { partyCode: p.code, secondPerson: set ?? true, isDefault: set === undefined };
    }),
  );
}

/** Whether a second person signs this party's clearances and objections of controlled lines: its administrators say, in person. */
export async function setSigningRule(ctx: Ctx, party: string, input: { secondPerson: boolean }) {
  requireReader(ctx);
  if (!hasRole(ctx.actor, 'admin') || ctx.actor.kind !== 'user') throw new Forbidden('an administrator sets the signing rule, in person');
  if (party !== ctx.config.party) throw new Forbidden(`${party} sets its own signing rule on its own node`, 'foreign-jurisdiction');
  await withTx(ctx, async (tx) => {
    await repo.setSigningRule(tx, { partyCode: party, secondPerson: input.secondPerson, updatedBy: ctx.actor.label, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'notification.signing-rule-set', subjectType: 'party', subjectId: party, change: input });
  });
  return { partyCode: party, secondPerson: input.secondPerson, isDefault: false };
}
