// Withdrawing a follow-up on one US node: its author's agency withdraws it (an administrator may for another agency,
// audited as such), it stays here marked and links nothing, and a withdrawal goes to every party that holds it;
// another party's follow-up, a viewer, another agency's officer, a second withdrawal and an unreadable incident are
// refused with the matching problem.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId } from '../../platform/ids.js';
import { entityMentions } from '../entities/index.js';
import { outbox } from '../exchange/index.js';
import * as repo from './repo.js';
import type { Incident } from './schemas.js';

type Headers = Record<string, string>;

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };
let otherOfficer: { headers: Headers };
let otherAdmin: { headers: Headers };
let viewer: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'customs' })).id;
  const otherAgencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  otherOfficer = await node.signedIn(['officer'], { agencyId: otherAgencyId });
  otherAdmin = await node.signedIn(['officer', 'admin'], { agencyId: otherAgencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
});

const api = (method: 'GET' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const phone = (value: string) => ({ kind: 'phone', value, role: 'consignee', country: 'CN', uscc: null, bankCode: null }) as const;
const mentions = async (recordId: string) => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, recordId)))[0]?.n;

async function filed(over: Parameters<typeof incidentInput>[1] = {}): Promise<Incident> {
  const res = await api('POST', '/incidents', officer.headers, incidentInput(agencyId, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Incident>();
}

async function followedUp(incident: Incident, entities: unknown[] = []): Promise<string> {
  const res = await api('POST', `/incidents/${incident.id}/follow-ups`, officer.headers, { note: 'Searched the consignee.', language: 'en', entities });
  expect(res.statusCode, res.body).toBe(201);
  const f = res.json<Incident>().followUps.at(-1);
  if (!f) throw new Error('no follow-up');
  return f.id;
}

const withdraw = (incidentId: string, followUpId: string, headers: Headers, note: string | null = null) => api('POST', `/incidents/${incidentId}/follow-ups/${followUpId}/withdraw`, headers, { note });

describe('withdrawing a follow-up', () => {
  it('its author withdraws it: kept here marked, its links gone from the linked incident, audited, sent as a withdrawal', async () => {
    const linked = await filed({ title: 'Names the phone', entities: [phone('13911112222')], releasableTo: ['CN'] });
    const parent = await filed({ title: 'Followed up, then not', entities: [], releasableTo: ['CN'] });
    const id = await followedUp(parent, [phone('139-1111-2222')]);
    const before = (await api('GET', `/incidents/${linked.id}`, officer.headers)).json<Incident>();
    expect(before.links.flatMap((l) => l.records.map((r) => r.recordId))).toContain(id);
    expect(before.followUps).toEqual([]);

    const res = await withdraw(parent.id, id, officer.headers, 'entered on the wrong incident');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Incident>().followUps).toMatchObject([{ id, status: 'withdrawn', withdrawalNote: 'entered on the wrong incident', withdrawnAt: expect.any(String), canWithdraw: false }]);
    expect(await mentions(id)).toBe(0);
    const after = (await api('GET', `/incidents/${linked.id}`, officer.headers)).json<Incident>();
    expect(after.links.flatMap((l) => l.records.map((r) => r.recordId))).not.toContain(id);

    const [entry] = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'incident.follow-up-withdrawn'), eq(auditLog.subjectId, parent.id)));
    expect(entry?.change).toMatchObject({ reference: parent.reference, followUp: id, note: 'entered on the wrong incident' });
    const sent = await node.database.db.select({ op: outbox.op, toParty: outbox.toParty, recordVersion: outbox.recordVersion }).from(outbox).where(eq(outbox.recordId, id));
    expect(sent).toEqual(expect.arrayContaining([{ op: 'upsert', toParty: 'CN', recordVersion: 1 }, { op: 'withdraw', toParty: 'CN', recordVersion: 2 }]));
  });

  it('is refused a second time with 422 follow-up-withdrawn', async () => {
    const parent = await filed({ title: 'Withdrawn twice' });
    const id = await followedUp(parent);
    expect((await withdraw(parent.id, id, officer.headers)).statusCode).toBe(200);
    const again = await withdraw(parent.id, id, officer.headers);
    expect(again.statusCode, again.body).toBe(422);
    expect(problemType(again)).toBe('follow-up-withdrawn');
  });

  it("refuses another party's follow-up, a viewer and another agency's officer; an administrator may, audited as such", async () => {
    const parent = await filed({ title: 'Followed up by CN too' });
    const theirs = newId();
    await repo.saveFollowUp(node.database.db, { id: theirs, incidentId: parent.id, originParty: 'CN', version: 1, agencyId: null, agency: null, authorName: 'Officer Li', note: '已核查。', language: 'zh', handling: 'TLP:AMBER', entities: [], createdBy: null, createdAt: new Date('2026-03-01T00:00:00Z') });
    const wrongParty = await withdraw(parent.id, theirs, officer.headers);
    expect(wrongParty.statusCode, wrongParty.body).toBe(403);
    expect(problemType(wrongParty)).toBe('wrong-party');

    const id = await followedUp(parent);
    expect((await withdraw(parent.id, id, viewer.headers)).statusCode).toBe(403);
    const otherAgency = await withdraw(parent.id, id, otherOfficer.headers);
    expect(otherAgency.statusCode, otherAgency.body).toBe(403);
    expect(problemType(otherAgency)).toBe('not-reporting-agency');
    const shown = (await api('GET', `/incidents/${parent.id}`, otherOfficer.headers)).json<Incident>().followUps;
    expect(shown.find((f) => f.id === id)?.canWithdraw).toBe(false);
    expect((await api('GET', `/incidents/${parent.id}`, officer.headers)).json<Incident>().followUps.find((f) => f.id === id)?.canWithdraw).toBe(true);
    expect((await repo.getFollowUp(node.database.db, id))?.status).toBe('active');

    const byAdmin = await withdraw(parent.id, id, otherAdmin.headers);
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    const [entry] = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'incident.follow-up-withdrawn'), eq(auditLog.subjectId, parent.id)));
    expect(entry?.change).toMatchObject({ followUp: id, administratorOverride: { actorAgencyId: expect.any(String) } });
  });

  it('is a 404 for an incident the reader cannot read (not on this node), or a follow-up not under it', async () => {
    const parent = await filed({ title: 'The right parent' });
    const id = await followedUp(parent);
    const missing = await withdraw(newId(), id, officer.headers);
    expect(missing.statusCode, missing.body).toBe(404);
    const other = await filed({ title: 'Not its parent' });
    const elsewhere = await withdraw(other.id, id, officer.headers);
    expect(elsewhere.statusCode, elsewhere.body).toBe(404);
    expect((await repo.getFollowUp(node.database.db, id))?.status).toBe('active');
  });

  it('leaves a withdrawn follow-up out of the STIX export and the figures', async () => {
    const parent = await filed({ title: 'Exported without its withdrawn follow-up', occurredOn: '2026-01-15' });
    const id = await followedUp(parent);
    const figures = async () => (await api('GET', '/incidents/figures?from=2026-03&to=2026-03', officer.headers)).json<{ followUps: { direction: string; followUps: number }[] }>().followUps;
    const given = (rows: { direction: string; followUps: number }[]) => rows.filter((r) => r.direction === 'given').reduce((n, r) => n + r.followUps, 0);
    const countBefore = given(await figures());
    expect((await withdraw(parent.id, id, officer.headers)).statusCode).toBe(200);
    expect(given(await figures())).toBe(countBefore - 1);
    const stix = await api('GET', `/incidents/${parent.id}/export.stix`, officer.headers);
    expect(stix.statusCode, stix.body).toBe(200);
    expect(stix.body).not.toContain('Searched the consignee.');
  });
});
