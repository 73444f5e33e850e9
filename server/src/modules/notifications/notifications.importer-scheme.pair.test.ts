// A stricter importer, between two real nodes: the CN node controls a chemical the US registry does not, so a US
// PEN Light naming it is a PEN for CN. CN keeps that in its own column whatever the US sends next, both timelines
// say so, CN's second person applies, and the US officers hear of it by real email, once.
import { afterAll, describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { draftInput, LINES } from '../../../test/notifications.js';
import { startSmtpServer } from '../../../test/smtp.js';
import { newId } from '../../platform/ids.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { createDraft, getNotification, recordDecision, replyTo, sendNotification } from './index.js';
import type { PairNode } from '../../../test/pair.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const { us, cn } = await makePair({ COUNTERPART_SMTP_URL: smtp.url });

const PASSWORD = 'correct horse battery';
const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-DC', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC-P', nameEn: 'NNCC Precursor Office', nameZh: '国家禁毒委易制毒办', kind: 'regulator' });
const usUser = (username: string, roles: ('officer' | 'supervisor' | 'viewer')[], locale: 'en' | 'zh-CN') =>
  createUser(us.ctx(), { username, displayName: username, agencyId: usAgency.id, roles, locale, timeZone: 'America/New_York', password: PASSWORD, email: `${username}@dea.example.gov` });
await usUser('officer.us', ['officer'], 'en');
await usUser('supervisor.us', ['supervisor'], 'zh-CN');
await usUser('viewer.us', ['viewer'], 'en');
await createUser(cn.ctx(), { username: 'admin.cn', displayName: 'admin.cn', agencyId: cnAgency.id, roles: ['admin'], locale: 'zh-CN', timeZone: 'Asia/Shanghai', password: PASSWORD });

/** The chemical only CN controls: unknown to the shipped registry, so clear in the US. */
const BROMO = { declaredName: '2-Bromo-1-phenylpropan-1-one', cas: '2114-00-3', hsCode: null, smiles: null, quantity: '50', unit: 'kg', concentration: null, packaging: null, packages: null } as const;

/** CN's administrator adds the substance and a national control of CN's, as an administrator does through the API. */
async function controlOnCn(): Promise<void> {
  const session = await cn.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'admin.cn', password: PASSWORD } });
  const headers = { cookie: `cp_session=${session.cookies.find((c) => c.name === 'cp_session')?.value ?? ''}`, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken };
  const post = async (url: string, payload: object) => {
    const res = await cn.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>();
  };
  const entry = await post('/substances', { kind: 'precursor', names: { en: BROMO.declaredName, zh: '2-溴-1-苯基-1-丙酮' }, cas: BROMO.cas, smiles: 'CC(Br)C(=O)c1ccccc1', sources: ['test'] });
  await post(`/substances/${entry.id}/controls`, { list: 'cn-category-1', since: '2026-01-01', covers: ['salts'], basis: 'test: a control of CN only' });
}
await controlOnCn();

const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId() }));

/** Runs the node's due jobs (the emails among them) until none is left. */
async function runJobs(node: PairNode): Promise<void> {
  while ((await node.app.jobs.runDue()) > 0);
}

async function sendToCn(lines: (typeof BROMO | (typeof LINES)[keyof typeof LINES])[]): Promise<string> {
  const { id } = await createDraft(usOfficer, draftInput(usAgency.id, { lines: [...lines] }));
  await sendNotification(usOfficer, id);
  await us.deliver(); // the notification to CN
  await cn.deliver(); // CN's receipt, its verdicts and its timeline back to the US
  await runJobs(us);
  return id;
}

const madePenMails = (reference: string) => smtp.messages.filter((m) => m.subject.includes(reference) && (m.subject.includes('as a PEN') || m.subject.includes('按 PEN 处理')));

describe('an importer whose law controls a line of a PEN Light', () => {
  it('makes it a PEN on the importer’s side, on both timelines, and tells the exporter’s officers once', async () => {
    const id = await sendToCn([LINES.ethanol, BROMO]);
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ scheme: 'pen-light', importerScheme: 'pen', verdict: 'clear' });
    expect(there.lines.map((l) => [l.position, l.verdict, l.receiverVerdict])).toEqual([
      [1, 'clear', 'clear'],
      [2, 'clear', 'controlled'],
    ]);
    const madeThere = there.events.filter((e) => e.kind === 'made-pen-here');
    expect(madeThere).toMatchObject([{ party: 'CN', actorName: 'CN', note: 'line 2 controlled in CN' }]);
    // CN's rules for a line controlled there apply: a second person signs its clearance.
    expect(there.signature.required).toBe(true);
    expect(await replyTo(cnOfficer, id, { action: 'clear', note: null })).toBe('prepared');

    const home = await getNotification(usOfficer, id);
    expect(home).toMatchObject({ scheme: 'pen-light', importerScheme: 'pen' });
    expect(home.events.filter((e) => e.kind === 'made-pen-here')).toMatchObject([{ id: madeThere[0]?.id, party: 'CN', note: 'line 2 controlled in CN' }]);
    const mails = madePenMails(home.reference);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['officer.us@dea.example.gov', 'supervisor.us@dea.example.gov']);
    expect(mails.find((m) => m.to[0] === 'officer.us@dea.example.gov')?.subject).toBe(`People's Republic of China treats pre-export notification ${home.reference} as a PEN`);
    expect(mails.find((m) => m.to[0] === 'supervisor.us@dea.example.gov')?.text).toContain('简易出口前通知（PEN Light）');
  });

  it('keeps the importer’s PEN through the exporter’s next version, and mails nothing on later response updates', async () => {
    const id = await sendToCn([BROMO]);
    const reference = (await getNotification(usOfficer, id)).reference;
    expect(madePenMails(reference)).toHaveLength(2);

    await recordDecision(usOfficer, id, { decision: 'suspended', note: null }); // a new version of the exporter's record
    await us.deliver();
    expect(await getNotification(cnOfficer, id)).toMatchObject({ version: 2, scheme: 'pen-light', importerScheme: 'pen', decision: 'suspended' });

    await replyTo(cnOfficer, id, { action: 'acknowledge', note: null }); // a new version of CN's response
    await replyTo(cnOfficer, id, { action: 'request-info', note: '请提供最终用户证明。' }); // and another
    await cn.deliver();
    await runJobs(us);
    const home = await getNotification(usOfficer, id);
    expect(home).toMatchObject({ status: 'info-requested', importerScheme: 'pen' });
    expect(home.events.filter((e) => e.kind === 'made-pen-here')).toHaveLength(1);
    expect(madePenMails(reference)).toHaveLength(2);
  });

  it('leaves a PEN Light that the importer’s law does not control as it is, with no step and no email', async () => {
    const id = await sendToCn([LINES.ethanol]);
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ scheme: 'pen-light', importerScheme: 'pen-light', signature: { required: false } });
    expect(there.events.map((e) => e.kind)).not.toContain('made-pen-here');
    const home = await getNotification(usOfficer, id);
    expect(home.importerScheme).toBe('pen-light');
    expect(madePenMails(home.reference)).toEqual([]);
  });
});
