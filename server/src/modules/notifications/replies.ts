// The importer's side: acknowledge, ask for information (the clock stops), clear or object (the node signs the
// decision). Each reply is a new version of the importer's response record, shared with the exporting party.
import type { Ctx } from '../../platform/context.js';
import { Conflict, Forbidden } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { clearanceDocumentOf, signClearance } from './clearance.js';
import { cancelClock } from './clock-jobs.js';
import * as repo from './repo.js';
import type { ReplyInput, Status } from './schemas.js';
import { repliesAllowed, statusOf } from './status.js';
import { actorAgencyName, actorName, addEvent, audit, lockRow, requireOfficer } from './use-case-kit.js';
import { publishResponse } from './wire.js';

const EVENT: Record<ReplyInput['action'], string> = { acknowledge: 'acknowledged', 'request-info': 'info-requested', clear: 'cleared', object: 'objected' };

export async function replyTo(ctx: Ctx, id: string, input: ReplyInput): Promise<void> {
  requireOfficer(ctx);
  const agencyName = await actorAgencyName(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    if (row.importingParty !== ctx.config.party) throw new Forbidden(`only ${row.importingParty}, the importing party, answers ${row.reference}`, 'wrong-party');
    if (row.state === 'withdrawn') throw new Conflict(`${row.exportingParty} withdrew ${row.reference}; it takes no reply`, 'notification-withdrawn');
    const status = row.status as Status;
    if (!repliesAllowed(status).includes(input.action)) throw new Conflict(`a notification that is ${status} cannot be answered with ${input.action}`, 'reply-not-allowed');
    const now = ctx.clock.now();
    const patch: Partial<repo.Row> = {};
    if (input.action === 'acknowledge') Object.assign(patch, { reply: 'acknowledged', acknowledgedAt: now });
    if (input.action === 'request-info') Object.assign(patch, { reply: 'info-requested', infoRequestedAt: now, acknowledgedAt: row.acknowledgedAt ?? now });
    if (input.action === 'clear' || input.action === 'object') {
      const decision = input.action === 'clear' ? 'cleared' : 'objected';
      const doc = clearanceDocumentOf(row, await repo.linesOf(tx, id), { decision, reason: input.note, at: now, by: { name: await actorName(tx, ctx), agency: agencyName } });
      const signed = await signClearance(tx, ctx.box, doc);
      Object.assign(patch, { reply: decision, repliedAt: now, acknowledgedAt: row.acknowledgedAt ?? now, clearanceJws: signed.jws, clearanceQr: signed.qr });
    }
    // Waiting for information, or answered: the reminder and escalation have nothing left to do.
    if (input.action !== 'acknowledge') await cancelClock(tx, now, id);
    await repo.update(tx, id, { ...patch, status: statusOf({ ...row, ...patch }), responseVersion: row.responseVersion + 1, updatedAt: now });
    await addEvent(tx, ctx, id, EVENT[input.action], input.note);
    await audit(tx, ctx, EVENT[input.action], id, { note: input.note });
    await publishResponse(tx, ctx, id);
  });
}
