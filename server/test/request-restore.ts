// Reading what a node signed and handing it to a kind's restore hook, for the requests restore tests: the envelopes
// of a record from the node's own outbox (as its peer would send them back) and the hook run in one transaction,
// as the exchange's recovery runs it.
import { and, asc, eq } from 'drizzle-orm';
import { outbox, type Envelope, type KindHandler } from '../src/modules/exchange/index.js';
import { withTx } from '../src/platform/tx.js';
import type { PairNode } from './pair.js';

/** The envelopes `node` signed for a record, oldest first, read from its own outbox. */
export async function envelopesOf(node: PairNode, kind: string, recordId: string): Promise<Envelope[]> {
  const rows = await node.database.db.select({ jws: outbox.jws }).from(outbox).where(and(eq(outbox.kind, kind), eq(outbox.recordId, recordId))).orderBy(asc(outbox.seq));
  return rows.map((r) => JSON.parse(Buffer.from((r.jws ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as Envelope);
}

export async function newest(node: PairNode, kind: string, recordId: string): Promise<Envelope> {
  const last = (await envelopesOf(node, kind, recordId)).at(-1);
  if (!last) throw new Error(`no ${kind} envelope for ${recordId}`);
  return last;
}

/** What the exchange's recovery does with one envelope: the kind's hook, in one transaction. */
export function restoreWith(node: PairNode, handler: KindHandler, envelope: Envelope) {
  const hook = handler.restore;
  if (!hook) throw new Error('the handler has no restore');
  return withTx(node.ctx(), (tx) => hook(tx, node.ctx(), envelope));
}
