// How the audit log names peer nodes (party and address) and this node's keys (fingerprint).
import { inArray } from 'drizzle-orm';
import type { SubjectDescribers } from '../../platform/audit/index.js';
import { fingerprintOf, formatFingerprint } from './crypto.js';
import { nodeKeys, peers } from './tables.js';

export const exchangeAuditSubjects: SubjectDescribers = {
  peer: async (db, ids) => {
    const codes = ids.filter((id) => /^[A-Z]{2}$/.test(id));
    const rows = await db.select({ partyCode: peers.partyCode, baseUrl: peers.baseUrl }).from(peers).where(inArray(peers.partyCode, codes));
    return new Map(rows.map((r) => [r.partyCode, { label: `${r.partyCode} — ${r.baseUrl}`, path: '/peers' }]));
  },
  'node-key': async (db, ids) => {
    const rows = await db.select({ kid: nodeKeys.kid, publicKey: nodeKeys.publicKey }).from(nodeKeys).where(inArray(nodeKeys.kid, [...ids]));
    return new Map(rows.map((r) => [r.kid, { label: formatFingerprint(fingerprintOf(r.publicKey)), path: '/peers' }]));
  },
};
