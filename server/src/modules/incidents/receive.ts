// Incidents and follow-ups arriving from other parties' nodes. Stored read-only as the sending party's: the chemical
// lines screened again with this node's registry (controls differ by party), the entities keyed here and put in the
// correlation index, so that this party's own records link to them at once. A withdrawal purges the content.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { stricter, type Handling } from '../../platform/handling/index.js';
import { forgetFieldTranslations } from '../../platform/translation/index.js';
import { forgetMentions, indexMentions, keyMentions, mentionedKindOf } from '../entities/index.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { notificationByReference } from '../notifications/index.js';
import { reindexFollowUps } from './follow-ups.js';
import { buildItems } from './items.js';
import * as repo from './repo.js';
import { restoreFollowUp, restoreIncident } from './restore.js';
import { incidentFollowUps, incidents } from './tables.js';
import { followUpNoteField, INCIDENT_TEXTS } from './texts.js';
import { FOLLOW_UP_RECORD, FollowUpWire, INCIDENT_RECORD, IncidentWire } from './wire.js';

const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);

async function lookupNotification(tx: Db, ctx: Ctx, reference: string | null): Promise<string | null> {
  if (!reference) return null;
  return (await notificationByReference({ ...ctx, db: tx }, reference))?.id ?? null;
}

/**
 * Why a received incident cannot be stored, if it cannot: the id is another party's or another kind of record's
 * here, or the reference is not in the sender's own series (one naming another party's could block that party's
 * numbering) or changed between versions.
 */
async function incidentRefusal(tx: Db, env: UpsertEnvelope, reference: string, existing: repo.Row | undefined): Promise<string | null> {
  if (existing && existing.originParty !== env.from) return 'a record with this id belongs to another party';
  const kind = await mentionedKindOf(tx, env.recordId);
  if ((kind && kind !== INCIDENT_RECORD) || (await repo.getFollowUp(tx, env.recordId))) return 'a record with this id is not an incident on this node';
  if (!new RegExp(`^${env.from}-INC-\\d{4}-\\d{6}$`).test(reference)) return `a reference of ${env.from} reads ${env.from}-INC-YYYY-NNNNNN`;
  if (existing && existing.reference !== reference) return `${existing.reference} cannot change its reference`;
  return null;
}

async function applyIncident(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = IncidentWire.safeParse(env.body.data);
  if (!parsed.success) return { status: 'rejected', detail: problems(parsed.error) };
  const d = parsed.data;
  const existing = await repo.getForUpdate(tx, env.recordId);
  const refusal = await incidentRefusal(tx, env, d.reference, existing);
  if (refusal) return { status: 'rejected', detail: refusal };
  const row = {
    id: env.recordId, reference: d.reference, originParty: env.from, kind: d.kind, version: env.recordVersion, agencyId: null, agency: d.agency,
    occurredOn: d.occurredOn, country: d.place.country, locality: d.place.locality, port: d.place.port, latitude: d.place.latitude, longitude: d.place.longitude,
    title: d.title, narrative: d.narrative, language: d.language, route: d.route, outcome: d.outcome,
    notificationId: await lookupNotification(tx, ctx, d.notificationReference), notificationReference: d.notificationReference,
    handling: d.handling, useRestrictions: d.useRestrictions, reliability: d.source.reliability, credibility: d.source.credibility, releasableTo: [],
    entities: d.entities, status: 'active', withdrawnAt: null, withdrawalNote: null, createdBy: null, createdByName: d.createdByName, idempotencyKey: null,
    createdAt: d.createdAt, updatedAt: d.updatedAt,
  };
  await repo.save(tx, row, await buildItems({ ...ctx, db: tx }, env.recordId, d.items, d.occurredOn));
  // Keys are this node's own; a value this version cannot key (a newer peer's rule) is kept on the record, unlinked.
  await indexMentions(tx, { recordKind: INCIDENT_RECORD, recordId: env.recordId, reference: d.reference, originParty: env.from, handling: d.handling, recordDate: d.occurredOn }, keyMentions(d.entities).keyed);
  // Follow-ups under it link from now on (one may have come first), each at the stricter of the two handlings: a
  // version made RED hides them too.
  await reindexFollowUps(tx, { id: env.recordId, reference: d.reference, handling: d.handling });
  return { status: 'applied' };
}

export const incidentHandler: KindHandler = {
  apply: applyIncident,
  restore: restoreIncident,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    // Only the sender's own incident: a withdrawal naming anyone else's record changes nothing.
    const held = await repo.getForUpdate(tx, env.recordId);
    if (held?.originParty !== env.from) return;
    // Its items go first, and with them the kept screenings of what it declared that nothing else here declares.
    await repo.releaseScreenings(tx, await repo.deleteItems(tx, env.recordId));
    await tx.delete(incidents).where(eq(incidents.id, env.recordId));
    // Gone with it: its links, including those of the follow-ups shown under it (they carry its reference), and the
    // sending party's own follow-ups to it (released with the incident). This party's follow-ups are its own records.
    await forgetMentions(tx, env.recordId, { children: true });
    await tx.delete(incidentFollowUps).where(and(eq(incidentFollowUps.incidentId, env.recordId), eq(incidentFollowUps.originParty, env.from)));
  },
};

async function applyFollowUp(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = FollowUpWire.safeParse(env.body.data);
  if (!parsed.success) return { status: 'rejected', detail: problems(parsed.error) };
  const d = parsed.data;
  const existing = await repo.getFollowUp(tx, env.recordId);
  if (existing && existing.originParty !== env.from) return { status: 'rejected', detail: 'a record with this id belongs to another party' };
  const kind = await mentionedKindOf(tx, env.recordId);
  if ((kind && kind !== FOLLOW_UP_RECORD) || (await repo.get(tx, env.recordId))) return { status: 'rejected', detail: 'a record with this id is not a follow-up on this node' };
  const incident = await repo.get(tx, d.incidentId);
  // A party follows up only what it holds: its own incidents, or this party's that were released to it.
  const holds = !incident || incident.originParty === env.from || (incident.originParty === ctx.config.party && incident.releasableTo.includes(env.from));
  if (!holds) return { status: 'rejected', detail: `${env.from} does not hold incident ${d.incidentId}` };
  // A follow-up to an incident this node does not hold (withdrawn meanwhile) is kept: it is the other party's record.
  await repo.saveFollowUp(tx, { id: env.recordId, incidentId: d.incidentId, originParty: env.from, version: env.recordVersion, agencyId: null, agency: d.agency, authorName: d.authorName, note: d.note, language: d.language, handling: d.handling, entities: d.entities, createdBy: null, createdAt: d.createdAt });
  // It links only while its incident does: a withdrawn or purged incident links nothing, not even through follow-ups.
  if (!incident || incident.status === 'withdrawn') return { status: 'applied' };
  const handling = stricter(incident.handling as Handling, d.handling);
  const at = { recordKind: FOLLOW_UP_RECORD, recordId: env.recordId, parentId: d.incidentId, reference: incident.reference, originParty: env.from, handling, recordDate: d.createdAt.toISOString().slice(0, 10) };
  await indexMentions(tx, at, keyMentions(d.entities).keyed);
  return { status: 'applied' };
}

export const followUpHandler: KindHandler = {
  apply: applyFollowUp,
  restore: restoreFollowUp,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    const gone = await tx.delete(incidentFollowUps).where(and(eq(incidentFollowUps.id, env.recordId), eq(incidentFollowUps.originParty, env.from))).returning({ incidentId: incidentFollowUps.incidentId, note: incidentFollowUps.note });
    if (gone.length > 0) await forgetMentions(tx, env.recordId);
    // Its note was translated as a field of the incident it is shown under: that translation goes with it.
    for (const f of gone) await forgetFieldTranslations(tx, { kind: INCIDENT_TEXTS, recordId: f.incidentId, field: followUpNoteField(env.recordId), text: f.note });
  },
};
