// This party's own contacts, taken back from a peer after the node was restored from an older backup (the exchange's
// recovery): each comes back as the node last sent it. What the envelope does not carry stays as the backup had it
// (who created and verified it, as user ids) or is left empty; the party it was sent to is releasable again.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { agenciesFor, Received } from './contacts-exchange.js';
import { contacts } from './tables.js';

type Row = typeof contacts.$inferSelect;

export async function restoreContact(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const [local] = await tx.select().from(contacts).where(eq(contacts.id, env.recordId)).for('update');
  if (local && local.originParty !== ctx.config.party) return { status: 'skipped', detail: 'a contact of another party holds this id here' };
  if (local && local.version > env.recordVersion) return { status: 'kept', reference: local.name };
  return env.body.op === 'withdraw' ? restoreWithdrawal(tx, env, local, env.body.reason) : restoreContent(tx, ctx, env, local);
}

async function restoreContent(tx: Db, ctx: Ctx, env: Envelope, local: Row | undefined): Promise<RestoreOutcome> {
  if (env.body.op !== 'upsert') return { status: 'skipped' };
  const parsed = Received.safeParse(env.body.data);
  if (!parsed.success) return { status: 'skipped', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 300) };
  const { agency, ...fields } = parsed.data;
  const agencyId = (await agenciesFor(tx, ctx, ctx.config.party, [agency])).get(agency.acronym);
  if (!agencyId) return { status: 'skipped', detail: `no agency ${agency.acronym} here` };
  const releasableTo = [...new Set([...(local?.releasableTo ?? []), env.to])].sort();
  const row = { ...fields, agencyId, version: env.recordVersion, releasableTo, verifiedBy: local?.verifiedBy ?? null, createdBy: local?.createdBy ?? null };
  if (local) await tx.update(contacts).set(row).where(eq(contacts.id, local.id));
  else await tx.insert(contacts).values({ ...row, id: env.recordId, originParty: ctx.config.party });
  return { status: 'restored', reference: fields.name };
}

/** A withdrawal the backup does not know of: withdrawn from everyone, or no longer releasable to that party. */
async function restoreWithdrawal(tx: Db, env: Envelope, local: Row | undefined, reason: 'withdrawn' | 'narrowed'): Promise<RestoreOutcome> {
  if (!local) return { status: 'skipped', detail: 'withdrawn after the backup; its content is gone from both nodes' };
  const releasableTo = reason === 'withdrawn' ? [] : local.releasableTo.filter((p) => p !== env.to);
  await tx.update(contacts).set({ releasableTo, version: env.recordVersion }).where(eq(contacts.id, local.id));
  return { status: 'restored', reference: local.name };
}
