// GET /notifications/:id/notification.pdf on two real nodes: the exporting officer prints what it sent, anyone who
// may not read the notification gets exactly the problem GET /notifications/:id gives, and the importing node
// prints what it received. The PDF is read back from the bytes (server/test/pdf-text.ts).
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { PASSWORD } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import { squash, squashed } from '../../../test/pdf-text.js';
import { auditLog } from '../../platform/audit/index.js';
import type { Role } from '../../platform/context.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';

type Headers = Record<string, string>;
type Detail = { id: string; reference: string };

const { us, cn } = await makePair();

async function signedIn(node: PairNode, agencyId: string, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')}`, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

const regulator = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} regulator`, nameZh: `${node.party} 监管机构`, kind: 'regulator' });
const usAgency = await regulator(us, 'DEA-PDF');
const cnAgency = await regulator(cn, 'NNCC-PDF');
const usOfficer = await signedIn(us, usAgency.id, ['officer']);
const usViewer = await signedIn(us, usAgency.id, ['viewer']);
const cnOfficer = await signedIn(cn, cnAgency.id, ['officer']);

const get = (node: PairNode, url: string, headers: Headers = {}) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

async function drafted(over: Parameters<typeof draftInput>[1] = {}): Promise<Detail> {
  const res = await us.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: usOfficer, payload: draftInput(usAgency.id, over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

const auditCount = async (node: PairNode, action: 'notification.pdf-downloaded' | 'notification.read', id: string) =>
  (await node.database.db.select({ seq: auditLog.seq }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, id)))).length;

describe('the printable notification', () => {
  it('gives the exporting officer a PDF named by the reference, with the reference and every line, audited', async () => {
    const n = await drafted({ lines: [LINES.anpp, LINES.ethanol] });
    const res = await get(us, `/notifications/${n.id}/notification.pdf`, usOfficer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`attachment; filename="${n.reference}.pdf"`);
    const text = squashed(res.rawPayload);
    for (const value of [n.reference, LINES.anpp.declaredName, 'Ethanol', 'Midwest Fine Chemicals LLC', '华东精细化工有限公司', 'Exporter / 出口商']) expect(text).toContain(squash(value));
    expect(await auditCount(us, 'notification.pdf-downloaded', n.id)).toBe(1);
    expect(await auditCount(us, 'notification.read', n.id)).toBe(1); // TLP:AMBER: the read itself, as GET /notifications/:id
  });

  it('answers whoever may not read the notification exactly as GET /notifications/:id does, and prints nothing', async () => {
    const red = await drafted({ handling: 'TLP:RED' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Headers][] = [
      [red.id, usViewer], // a viewer does not learn a RED notification exists
      [red.id, {}], // not signed in
      [missing, usOfficer],
      ['not-a-uuid', usOfficer],
    ];
    for (const [id, headers] of cases) {
      const read = await get(us, `/notifications/${id}`, headers);
      const pdf = await get(us, `/notifications/${id}/notification.pdf`, headers);
      expect(read.statusCode).toBeGreaterThanOrEqual(400);
      expect(pdf.statusCode, `${id} ${pdf.body}`).toBe(read.statusCode);
      expect(pdf.headers['content-type']).toContain('application/problem+json');
      expect(pdf.json<{ type: string; status: number }>()).toMatchObject({ type: read.json<{ type: string }>().type, status: read.statusCode });
    }
    expect(await auditCount(us, 'notification.pdf-downloaded', red.id)).toBe(0);
  });

  it('lets the importing node print the notification it received', async () => {
    const n = await drafted();
    expect((await us.app.inject({ method: 'POST', url: `/api/v1/notifications/${n.id}/send`, headers: usOfficer, payload: {} })).statusCode).toBe(200);
    await us.deliver();
    await cn.deliver();
    const res = await get(cn, `/notifications/${n.id}/notification.pdf`, cnOfficer);
    expect(res.statusCode, res.body).toBe(200);
    const text = squashed(res.rawPayload);
    for (const value of [n.reference, LINES.anpp.declaredName, 'Delivered / 已送达', 'Received / 接收']) expect(text).toContain(squash(value));
    expect(await auditCount(cn, 'notification.pdf-downloaded', n.id)).toBe(1);
  });
});
