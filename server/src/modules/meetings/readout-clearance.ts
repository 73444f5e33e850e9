// Clearance inside the party: a supervisor of this party who wrote none of the readout (neither its author nor any
// editor: platform/four-eyes.ts) clears its current version once the checks pass (readout-checks.ts). The clearance
// is a row of its own (readout, version, party): a later edit makes a new version that needs clearing again. Only a
// TLP:CLEAR meeting's readout is cleared: the public page shows the meeting's title, place and start with it. A joint
// text's clearance goes to the meeting's other parties, so their nodes may release the joint readout too. One
// transaction: the clearance, the status, the audit entry and the envelopes; every check before it.
import { and, eq } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import { Conflict, Forbidden } from '../../platform/errors.js';
import { maySecondSign } from '../../platform/four-eyes.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { actorId, actorName, agencyRef, auditReadout, requireKeeper } from './kit.js';
import { requirePublishable, textOf } from './readout-checks.js';
import { lockOwn, readoutFor, requireOwn, type ReadoutRow, type SavedReadout } from './readouts.js';
import { readoutClearances, readouts } from './tables.js';
import { publishClearance } from './wire-readouts.js';

const writers = (row: ReadoutRow): (string | null)[] => [row.createdBy, ...row.editors];

function requireSecondPerson(ctx: Ctx, row: ReadoutRow): void {
  if (ctx.actor.kind !== 'system' && !hasRole(ctx.actor, 'supervisor')) throw new Forbidden("only this party's supervisors clear readouts");
  if (!maySecondSign(ctx.actor, writers(row))) throw new Forbidden(`${row.reference} is cleared by a supervisor who neither drafted nor edited it`, 'second-person-required');
}

/** How the clearing supervisor travels to the other parties: their role and agency, not their name (readout-queries.ts titleOf reads it back). */
async function clearedByTitle(ctx: Ctx): Promise<string> {
  const agency = await agencyRef(ctx.db, ctx.actor.agencyId);
  return agency ? `Supervisor, ${agency.acronym}` : 'Supervisor';
}

/** Clears the readout's current version (`version` must be it); a version already cleared is answered as it is. */
export async function clearReadout(ctx: Ctx, id: string, version: number): Promise<SavedReadout> {
  requireKeeper(ctx, 'clear readouts');
  const { row: current, meeting } = await readoutFor(ctx, id);
  requireOwn(ctx, current);
  requireSecondPerson(ctx, current);
  if (current.status === 'withdrawn') throw new Conflict(`${current.reference} was withdrawn`, 'readout-withdrawn');
  if (current.version !== version) throw new Conflict(`${current.reference} was changed meanwhile (now version ${current.version}); reload it`, 'version-conflict');
  await requirePublishable(ctx, current, meeting, [textOf(current, 'readout')], 'cleared');
  const [name, title] = [await actorName(ctx.db, ctx), await clearedByTitle(ctx)];
  return withTx(ctx, async (tx) => {
    const row = await lockOwn(tx, ctx, id, version);
    requireSecondPerson(ctx, row);
    const self = ctx.config.party;
    const saved = { id, reference: row.reference, version: row.version };
    const [earlier] = await tx.select({ id: readoutClearances.id }).from(readoutClearances).where(and(eq(readoutClearances.readoutId, id), eq(readoutClearances.version, version), eq(readoutClearances.party, self)));
    if (earlier) return saved;
    const [clearance] = await tx.insert(readoutClearances).values({ id: newId(), readoutId: id, version, party: self, clearedBy: actorId(ctx), clearedByName: name, at: ctx.clock.now() }).returning();
    if (!clearance) throw new Error('the clearance was not stored');
    await tx.update(readouts).set({ status: 'cleared' }).where(eq(readouts.id, id));
    await auditReadout(tx, ctx, 'cleared', id, { reference: row.reference, version, kind: row.kind });
    await publishClearance(tx, ctx, row, clearance, { parties: meeting.parties, clearedBy: title });
    return saved;
  });
}
