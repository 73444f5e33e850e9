// How an incident and a follow-up travel between nodes. The incident goes, as its reporting party filed it (items
// as filed, entities as written), to the parties it is releasable to; each receiving node screens the chemical lines
// with its own registry and keys the entities itself (normalisation is deterministic, so keys agree across nodes).
// A follow-up is its author's own record, sent to the incident's reporting party (or, for a follow-up to one's own
// incident, to the parties that hold it); it never edits the incident.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { publish, shareMany, type SharedRecord } from '../exchange/index.js';
import { IncidentInput, type ItemInput } from './schemas.js';
import type { incidentFollowUps, incidents } from './tables.js';

export const INCIDENT_KIND = 'incident';
export const FOLLOW_UP_KIND = 'incident-follow-up';
/** Record kinds in the correlation index. */
export const INCIDENT_RECORD = 'incident';
export const FOLLOW_UP_RECORD = 'incident-follow-up';

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Agency = z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) });

export const IncidentWire = IncidentInput.omit({ agencyId: true, releasableTo: true }).extend({
  reference: z.string().min(1).max(40),
  agency: Agency,
  createdByName: z.string().max(200),
  createdAt: instant,
  updatedAt: instant,
});
export type IncidentWire = z.infer<typeof IncidentWire>;

type IncidentRow = typeof incidents.$inferSelect;

function wireOf(row: IncidentRow, items: readonly ItemInput[]): Record<string, unknown> {
  return {
    reference: row.reference,
    kind: row.kind,
    agency: row.agency,
    occurredOn: row.occurredOn,
    place: { country: row.country, locality: row.locality, port: row.port, latitude: row.latitude, longitude: row.longitude },
    title: row.title,
    narrative: row.narrative,
    language: row.language,
    items,
    route: row.route,
    outcome: row.outcome,
    entities: row.entities,
    notificationReference: row.notificationReference,
    handling: row.handling,
    useRestrictions: row.useRestrictions,
    source: { reliability: row.reliability, credibility: row.credibility },
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Inside the change's transaction: the incident's new state to every party it is releasable to (or its withdrawal). */
export async function publishIncident(tx: Db, ctx: Ctx, row: IncidentRow, items: readonly ItemInput[], withdrawal?: { note?: string | undefined }): Promise<void> {
  if (row.originParty !== ctx.config.party) return;
  await publish(tx, ctx, { kind: INCIDENT_KIND, recordId: row.id, recordVersion: row.version, originParty: row.originParty, data: wireOf(row, items), releasableTo: row.releasableTo, by: ctx.actor.label, withdrawal });
}

/**
 * `publishIncident` for incidents new in this transaction: no party holds them yet, so publishing is sending each
 * to the parties it is releasable to; one chain lock and one insert per party for the whole batch, each party's
 * envelopes in the batch's order.
 */
export async function publishNewIncidents(tx: Db, ctx: Ctx, incidents: readonly { row: IncidentRow; items: readonly ItemInput[] }[]): Promise<void> {
  const perParty = new Map<string, SharedRecord[]>();
  for (const { row, items } of incidents) {
    if (row.originParty !== ctx.config.party || row.releasableTo.length === 0) continue;
    const record: SharedRecord = { kind: INCIDENT_KIND, recordId: row.id, recordVersion: row.version, originParty: row.originParty, body: { op: 'upsert', data: wireOf(row, items) } };
    for (const party of new Set(row.releasableTo)) {
      const records = perParty.get(party) ?? [];
      records.push(record);
      perParty.set(party, records);
    }
  }
  for (const [party, records] of [...perParty].sort(([a], [b]) => a.localeCompare(b))) await shareMany(tx, ctx, records, [party]);
}

export const FollowUpWire = z.object({
  incidentId: z.uuid(),
  incidentReference: z.string().min(1).max(40),
  agency: Agency.nullable(),
  authorName: z.string().max(200),
  note: z.string().min(1).max(10_000),
  language: z.enum(['en', 'zh']),
  handling: IncidentInput.shape.handling,
  entities: IncidentInput.shape.entities,
  createdAt: instant,
});
export type FollowUpWire = z.infer<typeof FollowUpWire>;

type FollowUpRow = typeof incidentFollowUps.$inferSelect;

/** Inside the follow-up's transaction: to the parties that should know of it. */
export async function publishFollowUp(tx: Db, ctx: Ctx, f: FollowUpRow, incident: { reference: string; originParty: string; releasableTo: readonly string[] }, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (f.originParty !== ctx.config.party) return;
  const to = incident.originParty === ctx.config.party ? incident.releasableTo : [incident.originParty];
  const data = { incidentId: f.incidentId, incidentReference: incident.reference, agency: f.agency, authorName: f.authorName, note: f.note, language: f.language, handling: f.handling, entities: f.entities, createdAt: f.createdAt.toISOString() };
  await publish(tx, ctx, { kind: FOLLOW_UP_KIND, recordId: f.id, recordVersion: f.version, originParty: f.originParty, data, releasableTo: to, by: ctx.actor.label, withdrawal });
}
