// The CLI's exchange commands: this node's keys, its peers, and the proofs (chain comparison, evidence bundles).
import { readFileSync } from 'node:fs';
import type { Config } from './config.js';
import { exchangeHandlers } from './exchange-kinds.js';
import { AddPeer, addPeer, formatFingerprint, listNodeKeys, listPeers, peerHttp, checkPeerHeads, recoverySummary, rotateNodeKey, verifyEvidence, verifyPeer } from './modules/exchange/index.js';
import { ctxOf, valid, withNode, type Values } from './cli-commands.js';
import type { PeerVerification } from './modules/exchange/schemas.js';

export const keysShow = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const keys = await listNodeKeys(node.database.db);
    const current = keys.find((k) => !k.retiredAt);
    if (!current) throw new Error('this node has no current key');
    if (values.json) {
      console.log(JSON.stringify({ party: config.party, kid: current.kid, publicKey: current.publicKey, fingerprint: current.fingerprint }));
      return 0;
    }
    console.log(`party        ${config.party}\npublic key   ${current.publicKey}\nfingerprint  ${formatFingerprint(current.fingerprint)}\ncreated      ${current.createdAt.toISOString()}`);
    for (const k of keys.filter((x) => x.retiredAt)) console.log(`retired      ${formatFingerprint(k.fingerprint)} (${k.createdAt.toISOString()} – ${k.retiredAt?.toISOString() ?? ''})`);
    return 0;
  });

export const keysRotate = (config: Config) =>
  withNode(config, async (node) => {
    const key = await rotateNodeKey(ctxOf(node));
    console.log(`new key ${key.publicKey}\nfingerprint ${formatFingerprint(key.fingerprint)}\npeers are told in an envelope signed with the old key; the old key stays for verifying what it signed`);
    return 0;
  });

export const peersAdd = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const input = valid(AddPeer, { partyCode: values.party, baseUrl: values.url, publicKey: values['public-key'] });
    const peer = await addPeer(ctxOf(node), input);
    const fp = peer.keys[0]?.fingerprint ?? '';
    console.log(`added peer ${peer.partyCode} at ${peer.baseUrl}\nkey fingerprint ${formatFingerprint(fp)}\nconfirm this fingerprint with ${peer.partyCode}'s administrator by another channel before relying on it`);
    return 0;
  });

export const peersList = (config: Config) =>
  withNode(config, async (node) => {
    for (const p of await listPeers(ctxOf(node))) {
      const state = p.inStep ? 'in step' : p.queued > 0 ? `behind by ${p.queued} (oldest queued at ${p.oldestQueuedAt?.toISOString() ?? 'unknown'})` : 'catching up from the peer';
      console.log(`${p.partyCode}  ${p.isEnabled ? 'enabled ' : 'disabled'}  ${p.baseUrl}  ${state}  sent ${p.chains.sent.seq} acknowledged ${p.chains.acknowledgedSeq} received ${p.chains.received.seq}${p.lastError ? `  last error: ${p.lastError}` : ''}`);
      if (p.lastRecovery) console.log(`    ${p.lastRecovery.at}: ${recoverySummary(p.partyCode, p.lastRecovery)}`);
    }
    return 0;
  });

export const exchangeVerify = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const party = typeof values.peer === 'string' ? values.peer.toUpperCase() : '';
    if (!party) throw new Error('exchange verify needs --peer <party code>');
    const http = peerHttp(config);
    try {
      const ctx = ctxOf(node);
      const report = await verifyPeer({ ...ctx, handlers: exchangeHandlers, http }, ctx, party);
      console.log(`sent to ${party}:       ours ${report.sent.ours.seq}, ${party} has accepted ${report.received.theirs.seq}`);
      console.log(`received from ${party}: ours ${report.received.ours.seq}, ${party} has sent ${report.sent.theirs.seq}`);
      console.log(`receipts checked: ${report.receiptsChecked}`);
      for (const p of report.problems) console.log(`${p.code}: ${p.detail}`);
      for (const line of verdict(report)) console.log(line);
      if (report.diverged) return 1;
      return report.problems.some((p) => p.code === 'unreachable') ? 2 : 0;
    } finally {
      await http.close();
    }
  });

/**
 * What the exchange worker does by itself at start and on a conflict, by hand: pull what the peer holds for this
 * node, and take back this node's own envelopes the peer holds and this node lost (restored from an older backup).
 */
export const exchangeRecover = (config: Config, values: Values) =>
  withNode(config, async (node) => {
    const party = typeof values.peer === 'string' ? values.peer.toUpperCase() : '';
    if (!party) throw new Error('exchange recover needs --peer <party code>');
    const http = peerHttp(config);
    try {
      const deps = { ...ctxOf(node), handlers: exchangeHandlers, http };
      const warn = (err: unknown, what: string) => console.error(`${what}: ${err instanceof Error ? err.message : String(err)}`);
      const { pulled, recovery: report, refused } = await checkPeerHeads(deps, party, { force: true, warn });
      if (refused) return 1;
      console.log(`pulled from ${party}: ${pulled} envelope${pulled === 1 ? '' : 's'}`);
      console.log(report ? recoverySummary(party, report) : `${party} holds nothing from this node that this node lacks`);
      for (const r of report?.records.filter((x) => x.status === 'skipped') ?? []) console.log(`  not restored: ${r.kind} ${r.reference ?? r.recordId}: ${r.detail ?? ''}`);
      return 0;
    } finally {
      await http.close();
    }
  });

/**
 * The outcome in words, divergence apart from lag: "in step", or how far each side is behind (the peer by the
 * envelopes it has not accepted, oldest queued first; this node by what the peer says it sent), or "DIVERGED".
 */
export function verdict(report: PeerVerification): string[] {
  const party = report.party;
  if (report.inStep) return [`in step with ${party}`];
  const lines: string[] = [];
  if (report.diverged) lines.push(`DIVERGED: the chains or receipts of this node and ${party} disagree; see the problems above`);
  if (report.problems.some((p) => p.code === 'unreachable')) lines.push(`NOT COMPARED: ${party}'s node did not answer`);
  if (report.behindBy > 0) lines.push(`${party} is behind by ${report.behindBy} envelope${report.behindBy === 1 ? '' : 's'} (oldest queued at ${report.oldestQueuedAt?.toISOString() ?? 'unknown'})`);
  if (report.toReceive > 0) lines.push(`this node is behind ${party} by ${report.toReceive} envelope${report.toReceive === 1 ? '' : 's'} (being caught up)`);
  return lines;
}

/** Needs no database: everything it checks is in the file. */
export async function verifyEvidenceFile(file: string | undefined): Promise<number> {
  if (!file) throw new Error('exchange verify-evidence needs the bundle file');
  const result = await verifyEvidence(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  for (const [party, fps] of Object.entries(result.fingerprints)) for (const fp of fps) console.log(`key of ${party}: ${formatFingerprint(fp)}`);
  for (const it of result.items) console.log(`${it.from}→${it.to} #${it.seq}  envelope: ${it.envelope}  receipt: ${it.receipt}`);
  console.log(result.ok ? 'evidence verifies; compare the key fingerprints above with the ones you know' : 'EVIDENCE DOES NOT VERIFY');
  return result.ok ? 0 : 1;
}
