// Reading incidents: the list with its filters, one incident with its items, entities, links and follow-ups. Every
// path asks platform/handling: a TLP:RED incident is not found by those who may not see it, and a person's read of
// an AMBER or RED one is audited.
import type { Ctx } from '../../platform/context.js';
import { Forbidden, NotFound, Unauthorized } from '../../platform/errors.js';
import { auditRead, mayRead } from '../../platform/handling/index.js';
import { pageOf } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { linksOf, type EntityInput } from '../entities/index.js';
import { notificationByReference } from '../notifications/index.js';
import { keptScreenings } from '../substances/index.js';
import { canFollowUp, canRead, followUpStanding, standing } from './policy.js';
import { filedEntities, followUpView, itemView, toSummary } from './present.js';
import * as repo from './repo.js';
import type { Incident, IncidentPage, IncidentQuery } from './schemas.js';
import type { z } from 'zod';

export function requireReader(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("incidents are read by this party's own users");
}

/** The row, for whoever may read it; NotFound for a record that is not there or not theirs to know of. */
export async function readable(ctx: Ctx, id: string): Promise<repo.Row> {
  requireReader(ctx);
  const row = await repo.get(ctx.db, id);
  if (!row || !mayRead(ctx.actor, row.handling)) throw new NotFound(`no incident ${id}`);
  return row;
}

export async function listIncidents(ctx: Ctx, q: IncidentQuery): Promise<z.infer<typeof IncidentPage>> {
  requireReader(ctx);
  const { items, total } = await repo.list(ctx.db, ctx.actor, q, pageOf(q));
  const types = await repo.itemTypesOf(ctx.db, items.map((i) => i.id));
  return { items: items.map((r) => toSummary(r, types.get(r.id) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

// A record with tens of thousands of entities (a seized ledger) shows the first ones; the entity count says how many.
const SHOWN_ENTITIES = 500;

/** A person opening an incident: the read of a sensitive one is audited. */
export async function readIncident(ctx: Ctx, id: string): Promise<Incident> {
  const found = await getIncident(ctx, id);
  await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'incident.read', subjectType: 'incident', subjectId: id, reference: found.reference, handling: found.handling }));
  return found;
}

/** An incident's items and the kept screening results they point at. */
async function itemsShown(ctx: Ctx, id: string): Promise<{ items: repo.ItemRow[]; screenings: Awaited<ReturnType<typeof keptScreenings>> }> {
  const items = await repo.itemsOf(ctx.db, id);
  return { items, screenings: await keptScreenings(ctx.db, items.map((i) => i.screeningHash)) };
}

/** The follow-ups this reader may read; a withdrawn one only to its own party (the others purged it), marked. */
function shownFollowUps(ctx: Ctx, rows: readonly repo.FollowUpRow[]): Incident['followUps'] {
  const self = ctx.config.party;
  const shown = rows.filter((f) => mayRead(ctx.actor, f.handling) && (f.status === 'active' || f.originParty === self));
  return shown.map((f) => followUpView(f, f.status === 'active' && followUpStanding(ctx.actor, f, self) !== null));
}

export async function getIncident(ctx: Ctx, id: string): Promise<Incident> {
  const row = await readable(ctx, id);
  const [{ items, screenings }, followUps, links, notification] = await Promise.all([
    itemsShown(ctx, id),
    repo.followUpsOf(ctx.db, id),
    linksOf(ctx.db, ctx.actor, id),
    // Named only to a reader who may read the notification itself (its reference says it exists).
    row.notificationReference ? notificationByReference(ctx, row.notificationReference) : undefined,
  ]);
  const filed = (row.entities ?? []) as unknown as EntityInput[];
  const entities = { items: filedEntities(filed.slice(0, SHOWN_ENTITIES)), total: filed.length };
  const self = ctx.config.party;
  return {
    version: row.version,
    place: { country: row.country, locality: row.locality, port: row.port, latitude: row.latitude, longitude: row.longitude },
    narrative: row.narrative,
    items: items.map((i) => itemView(i, screenings)),
    route: row.route,
    outcome: row.outcome as Incident['outcome'],
    entities: entities.items,
    entityCount: entities.total,
    links,
    followUps: shownFollowUps(ctx, followUps),
    notification: notification ? { id: notification.id, reference: notification.reference } : null,
    useRestrictions: row.useRestrictions as Incident['useRestrictions'],
    source: { reliability: row.reliability as Incident['source']['reliability'], credibility: row.credibility as Incident['source']['credibility'] },
    releasableTo: row.releasableTo,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalNote: row.withdrawalNote,
    canEdit: row.status === 'active' && standing(ctx.actor, row, self) !== null,
    canFollowUp: row.status === 'active' && canFollowUp(ctx.actor, self),
    // Spread last: V8 builds an object that adds twenty properties after a spread very slowly.
    ...toSummary(row, [...new Set(items.map((i) => i.type))].sort()),
  };
}
