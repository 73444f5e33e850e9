// Restoring this party's own incidents and follow-ups from the envelopes a peer still holds, after this node came back
// from an older backup (the exchange's recovery calls each kind's `restore`). The record is rebuilt as it was sent,
// at the envelope's version; nothing is shared (the peer already holds this version). What the wire does not carry is
// rebuilt where it can be — the agency's id by its acronym, chemical lines screened again with this node's registry,
// the entities keyed into the correlation index, the reference counter moved past the restored number — and kept from
// the backup where it cannot (who filed it, as a user id; the parties it was released to besides this peer).
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { stricter, type Handling } from '../../platform/handling/index.js';
import { agencyTable } from '../directory/index.js';
import { forgetMentions, indexMentions, keyMentions } from '../entities/index.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { notificationByReference } from '../notifications/index.js';
import { buildItems } from './items.js';
import * as repo from './repo.js';
import { incidentFollowUps, incidents, incidentSerials } from './tables.js';
import { FOLLOW_UP_RECORD, FollowUpWire, INCIDENT_RECORD, IncidentWire } from './wire.js';

type Withdrawal = Extract<Envelope['body'], { op: 'withdraw' }>;

const skipped = (detail: string, reference?: string): RestoreOutcome => ({ status: 'skipped', detail, ...(reference ? { reference } : {}) });
const kept = (reference: string, here: number, sent: number): RestoreOutcome => ({ status: 'kept', reference, detail: `version ${here} here is newer than version ${sent} the peer holds` });

function read<T>(schema: z.ZodType<T>, data: unknown): T | string {
  const r = schema.safeParse(data);
  return r.success ? r.data : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
}

/** This party's agency named on the wire, by its acronym (unique within a party); its officers act on the record again. */
async function ownAgencyId(tx: Db, ctx: Ctx, acronym: string | undefined): Promise<string | null> {
  if (!acronym) return null;
  const [agency] = await tx.select({ id: agencyTable.id }).from(agencyTable).where(and(eq(agencyTable.partyCode, ctx.config.party), eq(agencyTable.acronym, acronym)));
  return agency?.id ?? null;
}

/** The counter went back with the backup: moved past the restored number, so the next incident does not take it. */
async function moveCounterPast(tx: Db, reference: string): Promise<void> {
  const parts = repo.REFERENCE.parse(reference);
  if (!parts) return;
  await tx
    .insert(incidentSerials)
    .values({ party: parts.party, year: parts.year, last: parts.serial })
    .onConflictDoUpdate({ target: [incidentSerials.party, incidentSerials.year], set: { last: sql`greatest(${incidentSerials.last}, excluded.last)` } });
}

export async function restoreIncident(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  if (env.from !== ctx.config.party) return skipped(`an incident from ${env.from} is not this party's own record`);
  const local = await repo.getForUpdate(tx, env.recordId);
  if (local && local.originParty !== ctx.config.party) return skipped(`the incident ${env.recordId} on this node is ${local.originParty}'s`, local.reference);
  if (local && local.version > env.recordVersion) return kept(local.reference, local.version, env.recordVersion);
  return env.body.op === 'withdraw' ? restoreIncidentWithdrawal(tx, env, env.body, local) : restoreIncidentContent(tx, ctx, env, env.body.data, local);
}

async function restoreIncidentContent(tx: Db, ctx: Ctx, env: Envelope, data: unknown, local: repo.Row | undefined): Promise<RestoreOutcome> {
  const w = read(IncidentWire, data);
  if (typeof w === 'string') return skipped(`the incident does not read: ${w}`);
  // An incident filed since the restore took the number back (the counter went back too): both have left this node,
  // so only an operator can settle which keeps it.
  const [holder] = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.reference, w.reference));
  if (holder && holder.id !== env.recordId) return skipped(`${w.reference} is also the reference of incident ${holder.id}, filed since the backup: an operator must settle which keeps it`, w.reference);
  await moveCounterPast(tx, w.reference);
  const notification = w.notificationReference ? await notificationByReference({ ...ctx, db: tx }, w.notificationReference) : undefined;
  const row = {
    id: env.recordId, reference: w.reference, originParty: ctx.config.party, kind: w.kind, version: env.recordVersion,
    agencyId: (await ownAgencyId(tx, ctx, w.agency.acronym)) ?? local?.agencyId ?? null, agency: w.agency,
    occurredOn: w.occurredOn, country: w.place.country, locality: w.place.locality, port: w.place.port, latitude: w.place.latitude, longitude: w.place.longitude,
    title: w.title, narrative: w.narrative, language: w.language, route: w.route, outcome: w.outcome,
    notificationId: notification?.id ?? null, notificationReference: notification?.reference ?? w.notificationReference,
    handling: w.handling, useRestrictions: w.useRestrictions, reliability: w.source.reliability, credibility: w.source.credibility,
    // Released to this peer at this version; to whom else, the backup's row says (the envelope does not).
    releasableTo: [...new Set([...(local?.releasableTo ?? []), env.to])].sort(),
    entities: w.entities, status: 'active', withdrawnAt: null, withdrawalNote: null,
    createdBy: local?.createdBy ?? null, createdByName: w.createdByName, idempotencyKey: local?.idempotencyKey ?? null, createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
  await repo.save(tx, row, await buildItems({ ...ctx, db: tx }, env.recordId, w.items, w.occurredOn));
  const { keyed } = keyMentions(w.entities);
  await indexMentions(tx, { recordKind: INCIDENT_RECORD, recordId: env.recordId, reference: w.reference, originParty: row.originParty, handling: w.handling, recordDate: w.occurredOn }, keyed);
  return { status: 'restored', reference: w.reference, ...(keyed.length < w.entities.length ? { detail: `${w.entities.length - keyed.length} entities cannot be keyed by this version` } : {}) };
}

/** A withdrawal carries no content: it marks an incident the backup holds withdrawn, or no longer released to that peer. */
async function restoreIncidentWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: repo.Row | undefined): Promise<RestoreOutcome> {
  if (!local) return skipped(`no incident ${env.recordId} of this party on this node (a withdrawal carries no content to rebuild it from)`);
  if (body.reason === 'narrowed') {
    await tx.update(incidents).set({ releasableTo: local.releasableTo.filter((p) => p !== env.to), version: env.recordVersion }).where(eq(incidents.id, local.id));
    return { status: 'restored', reference: local.reference, detail: `no longer released to ${env.to}` };
  }
  const withdrawnAt = local.withdrawnAt ?? new Date(env.sentAt);
  await tx.update(incidents).set({ status: 'withdrawn', withdrawnAt, withdrawalNote: body.note ?? local.withdrawalNote, version: env.recordVersion, updatedAt: withdrawnAt }).where(eq(incidents.id, local.id));
  await forgetMentions(tx, local.id, { children: true });
  return { status: 'restored', reference: local.reference, detail: 'withdrawn' };
}

export async function restoreFollowUp(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  if (env.from !== ctx.config.party) return skipped(`a follow-up from ${env.from} is not this party's own record`);
  const local = await repo.getFollowUp(tx, env.recordId);
  if (local && local.originParty !== ctx.config.party) return skipped(`the follow-up ${env.recordId} on this node is ${local.originParty}'s`);
  if (local && local.version > env.recordVersion) return { status: 'kept', detail: `version ${local.version} here is newer than version ${env.recordVersion} the peer holds` };
  if (env.body.op === 'withdraw') return restoreFollowUpWithdrawal(tx, env, env.body, local);
  const w = read(FollowUpWire, env.body.data);
  if (typeof w === 'string') return skipped(`the follow-up does not read: ${w}`);
  const row = {
    id: env.recordId, incidentId: w.incidentId, originParty: ctx.config.party, version: env.recordVersion,
    agencyId: (await ownAgencyId(tx, ctx, w.agency?.acronym)) ?? local?.agencyId ?? null, agency: w.agency,
    authorName: w.authorName, note: w.note, language: w.language, handling: w.handling, entities: w.entities,
    status: 'active', withdrawnAt: null, withdrawalNote: null, createdBy: local?.createdBy ?? null, createdAt: w.createdAt,
  };
  const incident = await repo.get(tx, w.incidentId);
  // Another party's incident comes back with catch-up; the exchange tries its follow-ups again after that.
  if (!incident) return skipped(`${w.incidentReference} is not on this node: it comes back with ${env.to}'s incident (catch-up), and its follow-up can be restored after that`, w.incidentReference);
  await repo.saveFollowUp(tx, row);
  // It links only while its incident does.
  if (incident.status === 'withdrawn') {
    await forgetMentions(tx, env.recordId);
    return { status: 'restored', reference: incident.reference, detail: `kept unlinked: ${incident.reference} is withdrawn` };
  }
  const handling = stricter(incident.handling as Handling, w.handling);
  const at = { recordKind: FOLLOW_UP_RECORD, recordId: env.recordId, parentId: w.incidentId, reference: incident.reference, originParty: row.originParty, handling, recordDate: w.createdAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyMentions(w.entities).keyed);
  return { status: 'restored', reference: incident.reference };
}

/**
 * A withdrawal carries no content: as for an incident, it marks a follow-up the backup holds withdrawn (kept, linking
 * nothing); one from a single peer changes nothing here (a follow-up keeps no list of recipients).
 */
async function restoreFollowUpWithdrawal(tx: Db, env: Envelope, body: Withdrawal, local: repo.FollowUpRow | undefined): Promise<RestoreOutcome> {
  if (!local) return skipped(`no follow-up ${env.recordId} of this party on this node (a withdrawal carries no content to rebuild it from)`);
  if (body.reason === 'narrowed') return { status: 'restored', detail: `no longer held by ${env.to}` };
  const withdrawnAt = local.withdrawnAt ?? new Date(env.sentAt);
  await tx.update(incidentFollowUps).set({ status: 'withdrawn', withdrawnAt, withdrawalNote: body.note ?? local.withdrawalNote, version: env.recordVersion }).where(eq(incidentFollowUps.id, local.id));
  await forgetMentions(tx, local.id);
  return { status: 'restored', detail: 'withdrawn' };
}
