// Follow-ups: what a party did about an incident ("we searched the consignee; 2 further shipments found"), written
// as its own record beside the incident, never into it. Any officer of this party may add one to an incident they
// may read, their party's own or another's; it goes to the incident's reporting party (or, on one's own incident,
// to the parties holding it). Its entities enter the correlation index like the incident's. Its author's agency
// may withdraw it (policy.ts followUpStanding): kept here, marked, linking nothing; purged by those it was sent to.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Forbidden, NotFound, Unauthorized, Unprocessable } from '../../platform/errors.js';
import { mayRead, stricter, type Handling } from '../../platform/handling/index.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { agencyOf } from '../directory/index.js';
import { forgetMentions, indexMentions, keyMentions, type MentionInput, rehandleMentions } from '../entities/index.js';
import { actorName, audit } from './kit.js';
import { canFollowUp, followUpStanding } from './policy.js';
import { readable } from './queries.js';
import * as repo from './repo.js';
import type { FollowUpInput } from './schemas.js';
import { FOLLOW_UP_RECORD, publishFollowUp } from './wire.js';

export async function addFollowUp(ctx: Ctx, incidentId: string, input: FollowUpInput): Promise<{ id: string }> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  // Readable first: a follow-up to a record the reader cannot see is a 404, as reading it would be.
  const incident = await readable(ctx, incidentId);
  if (!canFollowUp(ctx.actor, ctx.config.party)) throw new Forbidden("only this party's officers and supervisors add follow-ups");
  if (incident.status === 'withdrawn') throw new Unprocessable(`${incident.reference} was withdrawn`, [], 'incident-withdrawn');
  const { keyed, issues } = keyMentions(input.entities);
  if (issues.length > 0) throw new Unprocessable('the follow-up cannot be saved as it is', issues);
  const agency = ctx.actor.agencyId ? await agencyOf(ctx, ctx.actor.agencyId, { ownPartyOnly: true }).catch(() => null) : null;
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    incidentId,
    originParty: ctx.config.party,
    version: 1,
    agencyId: agency?.id ?? null,
    agency: agency ? { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh } : null,
    authorName: await actorName(ctx.db, ctx),
    note: input.note,
    language: input.language,
    handling: input.handling,
    entities: input.entities,
    status: 'active',
    withdrawnAt: null,
    withdrawalNote: null,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    createdAt: now,
  };
  await withTx(ctx, async (tx) => {
    // Under the incident's row lock: a withdrawal committing meanwhile must not be followed by links under its name.
    const locked = await repo.getForUpdate(tx, incidentId);
    if (!locked || locked.status === 'withdrawn') throw new Unprocessable(`${incident.reference} was withdrawn`, [], 'incident-withdrawn');
    await repo.saveFollowUp(tx, row);
    const handling = stricter(incident.handling as Handling, input.handling);
    await indexMentions(tx, { recordKind: FOLLOW_UP_RECORD, recordId: row.id, parentId: incidentId, reference: incident.reference, originParty: row.originParty, handling, recordDate: now.toISOString().slice(0, 10) }, keyed);
    await audit(tx, ctx, 'follow-up-added', incidentId, { reference: incident.reference, followUp: row.id, handling: input.handling });
    await publishFollowUp(tx, ctx, row, incident);
  });
  return { id: row.id };
}

/** The incident's handling changed: its follow-ups' mentions are shown at the stricter of the two again. */
export async function rehandleFollowUps(tx: Db, incidentId: string, handling: string): Promise<void> {
  for (const f of await repo.followUpsOf(tx, incidentId)) {
    // A withdrawn follow-up links nothing: it has no mentions to show at any handling.
    if (f.status !== 'withdrawn') await rehandleMentions(tx, f.id, stricter(handling as Handling, f.handling as Handling));
  }
}

/**
 * Received (or changed) incident: its follow-ups' mentions as they should stand under it — a follow-up that arrived
 * before its incident links from now on, and each is shown at the stricter of its own and the incident's handling.
 */
export async function reindexFollowUps(tx: Db, incident: { id: string; reference: string; handling: string }): Promise<void> {
  for (const f of await repo.followUpsOf(tx, incident.id)) {
    if (f.status === 'withdrawn') continue;
    const handling = stricter(incident.handling as Handling, f.handling as Handling);
    const at = { recordKind: FOLLOW_UP_RECORD, recordId: f.id, parentId: incident.id, reference: incident.reference, originParty: f.originParty, handling, recordDate: f.createdAt.toISOString().slice(0, 10) };
    await indexMentions(tx, at, keyMentions(f.entities as unknown as MentionInput[]).keyed);
  }
}

/**
 * One of this party's follow-ups withdrawn by its agency (or its author, or an administrator for another agency):
 * marked here, its links forgotten, and a withdrawal sent to every party holding it, which purges it.
 */
export async function withdrawFollowUp(ctx: Ctx, incidentId: string, followUpId: string, note: string | null): Promise<void> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  const incident = await readable(ctx, incidentId);
  if (!canFollowUp(ctx.actor, ctx.config.party)) throw new Forbidden("only this party's officers and supervisors withdraw follow-ups");
  await withTx(ctx, async (tx) => {
    // The incident's row lock first, as addFollowUp and a new version take it: a re-index of its follow-ups
    // committing meanwhile cannot link this one again after its mentions are forgotten.
    if (!(await repo.getForUpdate(tx, incidentId))) throw new NotFound(`no incident ${incidentId}`);
    const f = await repo.getFollowUpForUpdate(tx, followUpId);
    if (!f || f.incidentId !== incidentId || !mayRead(ctx.actor, f.handling)) throw new NotFound(`no follow-up ${followUpId} to ${incident.reference}`);
    if (f.originParty !== ctx.config.party) throw new Forbidden(`only ${f.originParty}, the party that wrote it, withdraws this follow-up`, 'wrong-party');
    const who = followUpStanding(ctx.actor, f, ctx.config.party);
    if (!who) throw new Forbidden(`only officers and supervisors of ${f.agency?.acronym ?? "its author's agency"} withdraw this follow-up`, 'not-reporting-agency');
    if (f.status === 'withdrawn') throw new Unprocessable(`this follow-up to ${incident.reference} was already withdrawn`, [], 'follow-up-withdrawn');
    const next = { ...f, status: 'withdrawn', withdrawnAt: ctx.clock.now(), withdrawalNote: note, version: f.version + 1 };
    await repo.saveFollowUp(tx, next);
    await forgetMentions(tx, f.id);
    const mark = who === 'administrator' ? { administratorOverride: { agency: f.agency?.acronym ?? null, actorAgencyId: ctx.actor.agencyId } } : {};
    await audit(tx, ctx, 'follow-up-withdrawn', incidentId, { reference: incident.reference, followUp: f.id, note, ...mark });
    await publishFollowUp(tx, ctx, next, incident, { note: note ?? undefined });
  });
}
