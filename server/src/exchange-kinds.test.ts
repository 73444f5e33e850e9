// A record its party withdraws is purged with this node's translations of it, and what the machine translation cache
// kept of its text; a purge that leaves the record (not that party's to withdraw) leaves its translations too.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../test/node.js';
import { exchangeHandlers } from './exchange-kinds.js';
import { createContact } from './modules/directory/index.js';
import type { Envelope } from './modules/exchange/index.js';
import { withTx } from './platform/tx.js';
import { textHash, textTranslations, translationCache } from './platform/translation/index.js';

let node: TestNode;
let officer: { headers: Record<string, string> };

beforeAll(async () => {
  node = await makeTestNode();
  officer = await node.signedIn(['officer']);
});

async function receivedContact(notes: string): Promise<string> {
  const agency = await node.makeAgency({ partyCode: 'CN' });
  const contact = await createContact(node.ctxFor(), { agencyId: agency.id, kind: 'desk', name: '禁毒值班室', topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+86 10 5555 0100' }], languages: ['zh'], language: 'zh', notes });
  const put = await node.app.inject({ method: 'PUT', url: `/api/v1/translations/contact/${contact.id}`, headers: officer.headers, payload: { field: 'notes', targetLang: 'en', text: 'Call the duty desk first.', sourceHash: textHash(notes) } });
  expect(put.statusCode, put.body).toBe(200);
  await node.database.db.insert(translationCache).values({ textHash: textHash(notes), sourceLang: 'zh', targetLang: 'en', service: 'LibreTranslate (http://mt)', translated: 'Call first.', createdAt: node.clock.now() });
  await node.database.db.insert(textTranslations).values({ id: crypto.randomUUID(), recordKind: 'contact', recordId: contact.id, field: 'notes', sourceLang: 'zh', sourceHash: textHash(notes), targetLang: 'en', text: 'Call first.', byKind: 'machine', service: 'LibreTranslate (http://mt)', at: node.clock.now() });
  return contact.id;
}

async function purge(from: string, recordId: string): Promise<void> {
  const handler = exchangeHandlers.contact;
  if (!handler) throw new Error('contacts are exchanged');
  // The envelope's other fields are the exchange's concern; a purge reads its sender and record.
  await withTx(node.ctxFor(), (tx) => handler.purge(tx, { ...node.ctxFor(), db: tx }, { from, recordId } as unknown as Envelope));
}
const rowsOf = async (id: string) => node.database.db.select().from(textTranslations).where(eq(textTranslations.recordId, id));

describe('purging a withdrawn record', () => {
  it("forgets this node's translations of it and the cached machine text", async () => {
    const id = await receivedContact('请先拨打值班电话。');
    expect(await rowsOf(id)).toHaveLength(2);
    await purge('CN', id);
    expect(await rowsOf(id)).toEqual([]);
    expect(await node.database.db.select().from(translationCache).where(eq(translationCache.textHash, textHash('请先拨打值班电话。')))).toEqual([]);
  });

  it('keeps them when the purge did not remove the record (another party may not withdraw it)', async () => {
    const id = await receivedContact('夜间请发送电子邮件。');
    await purge('US', id);
    expect(await rowsOf(id)).toHaveLength(2);
  });
});
