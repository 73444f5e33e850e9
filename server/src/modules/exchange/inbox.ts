// Takes in envelopes from a peer (pushed to the inbox or pulled by catch-up): verifies signature, sender, recipient,
// format and chain; stores each raw envelope as evidence; applies it once through its kind's handler; signs a receipt.
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../config.js';
import { recordAudit } from '../../platform/audit/index.js';
import { systemActor, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { Vault } from '../../platform/vault/index.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { hashOf, openJws, peekPayload, SignatureError, verifyOpened, type OpenedJws, type PublicKeyEntry } from './crypto.js';
import { ENVELOPE_VERSION, EnvelopeSchema, isPartyCode, type Envelope } from './envelope.js';
import { ExchangeRejected } from './errors.js';
import type { Handlers } from './handlers.js';
import { currentSigner } from './keys.js';
import { NODE_KEY_KIND } from './apply.js';
import { receiveBatch } from './receive-batch.js';
import { recordRejection } from './refusals.js';
import * as repo from './repo.js';
import { inbox } from './tables.js';
import { lockHead, setHead } from './share.js';

export type ExchangeDeps = { db: Db; clock: Clock; config: Config; box: SecretBox; vault: Vault; handlers: Handlers };

export type Received = { from: string; receipts: string[]; gap: { expectedSeq: number } | null };

/** Each envelope split and decoded once; what it claims is only read before its signature is checked. */
function openAll(jwsList: readonly string[]): OpenedJws[] {
  return jwsList.map((jws) => {
    try {
      return openJws(jws);
    } catch (err) {
      // The security event names the party the broken envelope claims to come from, when its payload says.
      throw new ExchangeRejected('unsupported-envelope', (err as Error).message, claimedSender(jws));
    }
  });
}

function claimedSender(jws: string): string | null {
  try {
    const from = (peekPayload(jws) as { from?: unknown } | null)?.from;
    return typeof from === 'string' ? from : null;
  } catch {
    return null;
  }
}

/** The sender a batch claims, checked to be one enabled peer before any signature is looked at. */
async function senderOf(deps: ExchangeDeps, opened: readonly OpenedJws[]): Promise<string> {
  const claims = new Set<string>();
  for (const jws of opened) {
    const from = (jws.payload as { from?: unknown } | null)?.from;
    claims.add(typeof from === 'string' ? from : '?');
  }
  const [from, ...others] = [...claims];
  if (!from || others.length > 0) throw new ExchangeRejected('unsupported-envelope', 'a batch must come from exactly one party', null);
  // Only a party code is looked up: what a stranger claims (any length, any characters) never reaches a query.
  const peer = isPartyCode(from) ? await repo.getPeer(deps.db, from) : undefined;
  if (!peer) throw new ExchangeRejected('unknown-sender', `no peer is configured for party ${from}`, from);
  if (!peer.isEnabled) throw new ExchangeRejected('peer-disabled', `the peer for party ${from} is disabled here`, from);
  return from;
}

function verifyEnvelope(deps: ExchangeDeps, from: string, keys: readonly PublicKeyEntry[], jws: OpenedJws): Envelope {
  let payload: unknown;
  try {
    ({ payload } = verifyOpened(jws, 'cp-envelope+jws', keys));
  } catch (err) {
    if (err instanceof SignatureError) throw new ExchangeRejected(err.reason === 'malformed' || err.reason === 'wrong-type' ? 'unsupported-envelope' : 'bad-signature', err.message, from);
    throw err;
  }
  const parsed = EnvelopeSchema.safeParse(payload);
  if (!parsed.success) {
    const version = (payload as { v?: unknown } | null)?.v;
    const detail = version !== ENVELOPE_VERSION ? `envelope format ${String(version)} is not supported (this node reads v${ENVELOPE_VERSION})` : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ExchangeRejected('unsupported-envelope', detail, from);
  }
  if (parsed.data.to !== deps.config.party) throw new ExchangeRejected('wrong-recipient', `the envelope is for party ${parsed.data.to}; this node is ${deps.config.party}`, from);
  return parsed.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function claimedRecordId(jws: OpenedJws): string | null {
  const id = (jws.payload as { recordId?: unknown } | null)?.recordId;
  return typeof id === 'string' && UUID.test(id) ? id : null;
}

export async function receiveEnvelopes(deps: ExchangeDeps, jwsList: readonly string[], meta: { via: 'push' | 'pull'; requestId: string | null; address?: string | undefined }): Promise<Received> {
  let from: string | null = null;
  try {
    const opened = openAll(jwsList);
    from = await senderOf(deps, opened);
    return await receiveFrom(deps, from, opened, meta);
  } catch (err) {
    if (err instanceof ExchangeRejected) await recordRejection(deps, err, { ...meta, claimedFrom: err.claimedFrom ?? from });
    throw err;
  }
}

function receiveFrom(deps: ExchangeDeps, from: string, envelopes: readonly OpenedJws[], meta: { via: 'push' | 'pull'; requestId: string | null }): Promise<Received> {
  return withTx(deps, async (tx) => {
    const ctx: Ctx = { ...deps, db: tx, vault: deps.vault.within(tx), actor: { ...systemActor, label: `exchange:${from}`, partyCode: from }, requestId: meta.requestId };
    const signer = await currentSigner(tx, deps.box);
    let head = await lockHead(tx, 'in', from);
    // Loaded once a batch; again after the sender announces a new key, which the rest of the batch may use.
    let keys = await repo.keysOf(tx, from);
    let gap: Received['gap'] = null;
    // One query for the batch's versions, from the ids the envelopes claim (only read; each is verified below).
    const newest = await repo.newestVersions(tx, envelopes.map(claimedRecordId).filter((id): id is string => id !== null));
    const batch = receiveBatch({ tx, ctx, handlers: deps.handlers, signer, self: deps.config.party, from, newest });
    for (const opened of envelopes) {
      const env = verifyEnvelope(deps, from, keys, opened);
      const jws = opened.token;
      const hash = hashOf(env);
      if (env.seq <= head.seq) {
        const seen = await repo.inboxAt(tx, from, env.seq);
        if (!seen || seen.id !== env.id || seen.hash !== hash) throw new ExchangeRejected('chain-conflict', `envelope ${env.seq} differs from the one accepted at that place in the chain`, from);
        await batch.repeat(seen.receiptJws);
        continue;
      }
      if (env.seq > head.seq + 1) {
        gap = { expectedSeq: head.seq + 1 };
        break;
      }
      if (env.prev !== head.hash) throw new ExchangeRejected('chain-broken', `envelope ${env.seq} does not follow envelope ${head.seq} (its prev hash differs)`, from);
      await batch.accept({ env, jws, hash });
      head = { seq: env.seq, hash };
      // A key announced here may sign the rest of the batch.
      if (env.kind === NODE_KEY_KIND) keys = await repo.keysOf(tx, from);
    }
    const { receipts, statuses, stored } = await batch.finish();
    if (stored.length > 0) await tx.execute(insertRowsAsJson(inbox, stored));
    await setHead(tx, 'in', from, head);
    await repo.updatePeer(tx, from, { lastContactAt: deps.clock.now() });
    if (receipts.length > 0) await recordAudit(tx, ctx, { action: 'exchange.received', subjectType: 'peer', subjectId: from, change: { via: meta.via, count: receipts.length, headSeq: head.seq, statuses } });
    return { from, receipts, gap };
  });
}
