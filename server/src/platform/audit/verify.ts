// Walks the whole audit chain in order and names the first row whose digest, link or hash does not hold.
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db.js';
import { digestOf, GENESIS_HASH, rowHash } from './chain.js';
import { auditLog } from './tables.js';

export type ChainReport =
  | { ok: true; checked: number; headHash: string }
  | { ok: false; checked: number; brokenAt: number; reason: string };

const BATCH = 1000;

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, expectedSeq - 1)).orderBy(asc(auditLog.seq)).limit(BATCH);
    for (const row of rows) {
      const broken = (reason: string): ChainReport => ({ ok: false, checked, brokenAt: row.seq, reason });
      if (row.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: `row ${expectedSeq} is missing` };
      if (row.prevHash !== prevHash) return broken('its link to the previous row does not match');
      if (digestOf(row.change) !== row.digest) return broken('its recorded change does not match its digest');
      if (rowHash(prevHash, row) !== row.hash) return broken('its fields do not match its hash');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < BATCH) return { ok: true, checked, headHash: prevHash };
  }
}
