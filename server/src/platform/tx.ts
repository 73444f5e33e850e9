// Exactly one transaction per mutating use case; audit rows, jobs and outbox envelopes are written inside it.
import type { Ctx } from './context.js';
import type { Db } from './db.js';

export function withTx<T>(ctx: Pick<Ctx, 'db'>, work: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work(tx as unknown as Db));
}
