// Proof of what was sent and received for one record: its per-party delivery state, and a JSON bundle of the signed
// envelopes and receipts that anyone can check offline (`counterpart exchange verify-evidence bundle.json`).
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { fingerprintOf, hashOf, SignatureError, verifyJson, type PublicKeyEntry } from './crypto.js';
import { EnvelopeSchema, ReceiptSchema } from './envelope.js';
import { listNodeKeys } from './keys.js';
import * as repo from './repo.js';
import type { Delivery, ExchangeState, Reception } from './schemas.js';
import { inbox, outbox } from './tables.js';

/** The newest envelope of the record for each party, and what became of it. */
export async function deliveriesOf(ctx: Pick<Ctx, 'db'>, recordId: string): Promise<Delivery[]> {
  const rows = await ctx.db.select().from(outbox).where(eq(outbox.recordId, recordId)).orderBy(asc(outbox.toParty), desc(outbox.seq));
  const newest = new Map<string, repo.OutboxRow>();
  for (const r of rows) if (!newest.has(r.toParty)) newest.set(r.toParty, r);
  return [...newest.values()].map((r) => ({
    party: r.toParty,
    recordVersion: r.recordVersion,
    op: r.op as Delivery['op'],
    state: r.deliveredAt ? 'delivered' : r.lastError ? 'failed' : 'queued',
    queuedAt: r.createdAt,
    deliveredAt: r.deliveredAt,
    receiptStatus: r.receiptStatus as Delivery['receiptStatus'],
    attempts: r.attempts,
    lastError: r.lastError,
  }));
}

/** For a record received from another party: the newest envelope of it this node accepted. */
export async function receptionOf(ctx: Pick<Ctx, 'db'>, recordId: string): Promise<Reception | null> {
  const [row] = await ctx.db.select().from(inbox).where(eq(inbox.recordId, recordId)).orderBy(desc(inbox.receivedAt), desc(inbox.seq)).limit(1);
  return row ? { fromParty: row.fromParty, seq: row.seq, recordVersion: row.recordVersion, receivedAt: row.receivedAt, status: row.status as Reception['status'] } : null;
}

export async function exchangeStateOf(ctx: Pick<Ctx, 'db'>, recordId: string): Promise<ExchangeState> {
  const t = await repo.getTombstone(ctx.db, recordId);
  const withdrawn = t ? { reason: t.reason as 'withdrawn' | 'narrowed', note: t.note, withdrawnBy: t.withdrawnBy, withdrawnAt: t.withdrawnAt, originParty: t.originParty } : null;
  return { deliveries: await deliveriesOf(ctx, recordId), received: await receptionOf(ctx, recordId), withdrawn };
}

const EVIDENCE_FORMAT = 'counterpart-evidence/1';
const KeyList = z.array(z.object({ kid: z.string(), publicKey: z.string() }));
export const EvidenceBundle = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  recordId: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  keys: z.record(z.string(), KeyList),
  items: z.array(z.object({ from: z.string(), to: z.string(), seq: z.number(), hash: z.string(), envelope: z.string().nullable(), receipt: z.string().nullable() })),
});
export type EvidenceBundle = z.infer<typeof EvidenceBundle>;

export async function evidenceFor(ctx: Pick<Ctx, 'db' | 'clock' | 'config'>, recordId: string): Promise<EvidenceBundle> {
  const sent = await ctx.db.select().from(outbox).where(eq(outbox.recordId, recordId)).orderBy(asc(outbox.seq));
  const received = await ctx.db.select().from(inbox).where(eq(inbox.recordId, recordId)).orderBy(asc(inbox.seq));
  const self = ctx.config.party;
  const keys: Record<string, PublicKeyEntry[]> = { [self]: (await listNodeKeys(ctx.db)).map((k) => ({ kid: k.kid, publicKey: k.publicKey })) };
  for (const party of new Set([...sent.map((r) => r.toParty), ...received.map((r) => r.fromParty)])) {
    keys[party] = (await repo.keysOf(ctx.db, party)).map((k) => ({ kid: k.kid, publicKey: k.publicKey }));
  }
  return {
    format: EVIDENCE_FORMAT,
    recordId,
    generatedAt: ctx.clock.now().toISOString(),
    generatedBy: self,
    keys,
    items: [
      ...sent.map((r) => ({ from: self, to: r.toParty, seq: r.seq, hash: r.hash, envelope: r.jws, receipt: r.receiptJws })),
      ...received.map((r) => ({ from: r.fromParty, to: self, seq: r.seq, hash: r.hash, envelope: r.jws, receipt: r.receiptJws })),
    ],
  };
}

export type EvidenceCheck = { ok: boolean; fingerprints: Record<string, string[]>; items: { from: string; to: string; seq: number; envelope: string; receipt: string; ok: boolean }[] };

async function check(jws: string | null, typ: 'cp-envelope+jws' | 'cp-receipt+jws', keys: PublicKeyEntry[], expect: (payload: unknown) => string | null): Promise<string> {
  if (jws === null) return typ === 'cp-envelope+jws' ? 'purged (content withdrawn; the hash stands)' : 'no receipt yet';
  try {
    const { payload } = await verifyJson(jws, typ, keys);
    return expect(payload) ?? 'valid';
  } catch (err) {
    return err instanceof SignatureError ? `invalid: ${err.message}` : 'invalid';
  }
}

/** Checks a bundle with nothing but the keys it names; the caller compares those fingerprints with known ones. */
export async function verifyEvidence(input: unknown): Promise<EvidenceCheck> {
  const bundle = EvidenceBundle.parse(input);
  const items = await Promise.all(
    bundle.items.map(async (it) => {
      const envelope = await check(it.envelope, 'cp-envelope+jws', bundle.keys[it.from] ?? [], (p) => {
        const env = EnvelopeSchema.safeParse(p);
        if (!env.success) return 'invalid: not an envelope';
        return env.data.recordId !== bundle.recordId || env.data.seq !== it.seq || hashOf(env.data) !== it.hash ? 'invalid: does not match the item' : null;
      });
      const receipt = await check(it.receipt, 'cp-receipt+jws', bundle.keys[it.to] ?? [], (p) => {
        const r = ReceiptSchema.safeParse(p);
        if (!r.success) return 'invalid: not a receipt';
        return r.data.hash !== it.hash || r.data.seq !== it.seq || r.data.from !== it.to || r.data.to !== it.from ? 'invalid: for another envelope' : `valid (${r.data.status} at ${r.data.receivedAt})`;
      });
      return { from: it.from, to: it.to, seq: it.seq, envelope, receipt, ok: !envelope.startsWith('invalid') && !receipt.startsWith('invalid') };
    }),
  );
  const fingerprints = Object.fromEntries(Object.entries(bundle.keys).map(([party, list]) => [party, list.map((k) => fingerprintOf(k.publicKey))]));
  return { ok: items.every((i) => i.ok), fingerprints, items };
}
