// A record its party withdraws is purged with this node's translations of it, and what the machine translation cache
// kept of its text; a purge that leaves the record (not that party's to withdraw) leaves its translations too. A
// follow-up purged from under an incident takes its note's translations (a field of the incident's) and nothing else.
// A meeting its convening party withdraws takes its translations too.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../test/node.js';
import { exchangeHandlers } from './exchange-kinds.js';
import { createContact } from './modules/directory/index.js';
import { incidentFollowUps } from './modules/incidents/tables.js';
import { incidentInput } from '../test/incidents.js';
import { insertMeeting } from '../test/releases.js';
import type { Envelope } from './modules/exchange/index.js';
import { withTx } from './platform/tx.js';
import { textHash, textTranslations, translationCache, translationCacheUses } from './platform/translation/index.js';

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

describe('purging a withdrawn follow-up', () => {
  it("forgets its note's translations and cached text, and keeps the incident's own", async () => {
    const agency = await node.makeAgency({ kind: 'customs' });
    const filer = await node.signedIn(['officer'], { agencyId: agency.id });
    const filed = await node.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: filer.headers, payload: incidentInput(agency.id, { title: 'Seizure at the port' }) });
    expect(filed.statusCode, filed.body).toBe(201);
    const incidentId = filed.json<{ id: string }>().id;
    const followUpId = crypto.randomUUID();
    const note = '已搜查收货人，另发现两批货物。';
    await node.database.db.insert(incidentFollowUps).values({ id: followUpId, incidentId, originParty: 'CN', version: 1, agencyId: null, agency: null, authorName: 'CN officer', note, language: 'zh', handling: 'TLP:AMBER', entities: [], createdBy: null, createdAt: node.clock.now() });
    const put = (field: string, text: string, source: string) => node.app.inject({ method: 'PUT', url: `/api/v1/translations/incident/${incidentId}`, headers: filer.headers, payload: { field, targetLang: field === 'title' ? 'zh' : 'en', text, sourceHash: textHash(source) } });
    expect((await put(`followUps.${followUpId}.note`, 'Searched the consignee; two more shipments.', note)).statusCode).toBe(200);
    expect((await put('title', '港口查获', 'Seizure at the port')).statusCode).toBe(200);
    const cached = { textHash: textHash(note), sourceLang: 'zh', targetLang: 'en', service: 'LibreTranslate (http://mt)' };
    await node.database.db.insert(translationCache).values({ ...cached, translated: 'Searched.', createdAt: node.clock.now() });
    await node.database.db.insert(translationCacheUses).values({ ...cached, recordKind: 'incident', recordId: incidentId });
    const handler = exchangeHandlers['incident-follow-up'];
    if (!handler) throw new Error('follow-ups are exchanged');
    await withTx(node.ctxFor(), (tx) => handler.purge(tx, { ...node.ctxFor(), db: tx }, { from: 'CN', recordId: followUpId } as unknown as Envelope));
    expect((await rowsOf(incidentId)).map((r) => r.field)).toEqual(['title']);
    expect(await node.database.db.select().from(translationCache).where(eq(translationCache.textHash, textHash(note)))).toEqual([]);
  });
});

describe('purging a withdrawn meeting', () => {
  it("forgets this node's translations of it once its convening party withdraws it, and not before", async () => {
    const title = '中美禁毒工作组工作层会议';
    const id = await insertMeeting(node.database.db, { originParty: 'CN', reference: 'CN-MTG-2026-000901', title, language: 'zh', timeZone: 'Asia/Shanghai', place: '北京' });
    const put = await node.app.inject({ method: 'PUT', url: `/api/v1/translations/meeting/${id}`, headers: officer.headers, payload: { field: 'title', targetLang: 'en', text: 'Working-level meeting of the counternarcotics working group', sourceHash: textHash(title) } });
    expect(put.statusCode, put.body).toBe(200);
    const handler = exchangeHandlers.meeting;
    if (!handler) throw new Error('meetings are exchanged');
    const purgeFrom = (from: string) => withTx(node.ctxFor(), (tx) => handler.purge(tx, { ...node.ctxFor(), db: tx }, { from, recordId: id } as unknown as Envelope));
    await purgeFrom('US');
    expect(await rowsOf(id)).toHaveLength(1);
    await purgeFrom('CN');
    expect(await rowsOf(id)).toEqual([]);
  });
});
