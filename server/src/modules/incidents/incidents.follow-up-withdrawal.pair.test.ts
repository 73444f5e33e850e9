// A follow-up withdrawn between two real nodes over loopback: CN follows up a US incident, the follow-up links on the
// US node to the US incident naming the same phone; CN withdraws it, and once delivered the US node holds neither
// the follow-up nor its links, while CN keeps it, marked withdrawn.
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { PASSWORD } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { entityMentions, type EntityInput } from '../entities/index.js';
import { getTombstone } from '../exchange/index.js';
import { addFollowUp, createIncident, getIncident, updateIncident, type Incident } from './index.js';
import * as repo from './repo.js';

type Headers = Record<string, string>;

const { us, cn } = await makePair();
const customs = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} customs`, nameZh: `${node.party} 海关`, kind: 'customs' });
const usAgency = await customs(us, 'CBP-FW');
const cnAgency = await customs(cn, 'GACC-FW');
const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id }));

async function signedIn(node: PairNode, agencyId: string): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.officer.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `${node.party} officer`, agencyId, roles: ['officer'], locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

const phone = (value: string): EntityInput => ({ kind: 'phone', value, role: 'consignee', country: 'CN', uscc: null, bankCode: null });
const mentionsOn = async (node: PairNode, recordId: string) => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, recordId)))[0]?.n;
const linkedIds = (i: Incident) => i.links.flatMap((l) => l.records.flatMap((r) => [r.recordId, r.parentId]));

describe('a CN follow-up to a US incident, withdrawn by CN', () => {
  it('is purged on the US node with its links; CN keeps it, marked, linking nothing', async () => {
    const a = await createIncident(usOfficer, incidentInput(usAgency.id, { title: 'Shared with CN', entities: [], releasableTo: ['CN'] }));
    const linked = await createIncident(usOfficer, wildlifeInput(usAgency.id, { title: 'Names the phone', entities: [phone('13655556666')] }));
    await us.deliver();
    const { id } = await addFollowUp(cnOfficer, a.id, { note: 'The consignee’s phone: 136 5555 6666.', language: 'en', handling: 'TLP:AMBER', entities: [phone('136-5555-6666')] });
    await cn.deliver();
    expect(await mentionsOn(cn, id)).toBe(1);
    expect((await getIncident(usOfficer, a.id)).followUps.map((f) => f.id)).toEqual([id]);
    expect(linkedIds(await getIncident(usOfficer, linked.id))).toContain(id);

    const http = await signedIn(cn, cnAgency.id);
    const res = await cn.app.inject({ method: 'POST', url: `/api/v1/incidents/${a.id}/follow-ups/${id}/withdraw`, headers: http, payload: { note: 'wrong phone' } });
    expect(res.statusCode, res.body).toBe(200);
    await cn.deliver();

    expect(await repo.getFollowUp(us.database.db, id)).toBeUndefined();
    expect((await getIncident(usOfficer, a.id)).followUps).toEqual([]);
    expect(linkedIds(await getIncident(usOfficer, linked.id))).not.toContain(id);
    expect(await getTombstone(us.database.db, id)).toMatchObject({ reason: 'withdrawn', recordVersion: 2 });
    // CN's own record stays on CN, withdrawn, linking nothing, even once a new version of the incident arrives (its
    // follow-ups are indexed again under it then).
    expect((await getIncident(cnOfficer, a.id)).followUps).toMatchObject([{ id, status: 'withdrawn', withdrawalNote: 'wrong phone', canWithdraw: false }]);
    await updateIncident(usOfficer, a.id, incidentInput(usAgency.id, { title: 'Shared with CN, version 2', entities: [], releasableTo: ['CN'] }), 1);
    await us.deliver();
    expect((await getIncident(cnOfficer, a.id)).title).toBe('Shared with CN, version 2');
    expect(await mentionsOn(cn, id)).toBe(0);
  });
});
