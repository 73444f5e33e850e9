import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { queryRows } from '../db.js';
import { recordAudit, verifyAuditChain } from './index.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

async function append(n: number) {
  for (let i = 0; i < n; i++) {
    await node.database.db.transaction((tx) => recordAudit(tx, node.ctxFor(), { action: 'party.updated', subjectType: 'party', subjectId: `s${i}`, change: { i } }));
  }
}

// Tampering needs the append-only trigger out of the way, as a superuser with direct database access could do.
async function tamper(statement: ReturnType<typeof sql>) {
  await node.database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  });
}

describe('audit chain', () => {
  it('verifies an untouched chain and links each row to its predecessor', async () => {
    await append(5);
    const report = await verifyAuditChain(node.database.db);
    expect(report.ok).toBe(true);
    const rows = await queryRows<{ seq: number; prev_hash: string; hash: string }>(node.database.db, sql`select seq, prev_hash, hash from audit_log order by seq`);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    if (report.ok) expect(report.checked).toBe(rows.length);
  });

  it('refuses updates and deletes at the database level', async () => {
    await append(1);
    // Drizzle wraps the driver's error; the database's own message is its cause.
    const causeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: { cause?: Error }) => e.cause?.message ?? '');
    expect(await causeOf(node.database.db.execute(sql`update audit_log set action = 'x'`))).toMatch(/append-only/);
    expect(await causeOf(node.database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
  });

  it('keeps one unbroken chain when appends race', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => node.database.db.transaction((tx) => recordAudit(tx, node.ctxFor(), { action: 'party.updated', subjectType: 'party', subjectId: String(i) }))));
    expect((await verifyAuditChain(node.database.db)).ok).toBe(true);
  });

  it('names the first row whose recorded change was edited in the database', async () => {
    await append(3);
    const [target] = await queryRows<{ seq: number }>(node.database.db, sql`select max(seq) - 1 as seq from audit_log`);
    await tamper(sql`update audit_log set change = '{"i": 999}'::jsonb where seq = ${target?.seq}`);
    const report = await verifyAuditChain(node.database.db);
    expect(report).toMatchObject({ ok: false, brokenAt: Number(target?.seq), reason: expect.stringMatching(/digest/) });
  });
});

describe('audit chain, deletions', () => {
  it('names a deleted row as missing', async () => {
    const fresh = await makeTestNode();
    node = fresh;
    await append(4);
    await tamper(sql`delete from audit_log where seq = 3`);
    expect(await verifyAuditChain(fresh.database.db)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringMatching(/missing/) });
  });
});
