// Email about requests as they travel, between two real nodes and a real SMTP server in process: a new request mails
// the requested party's officers and supervisors, each in their language, once; the requested party's steps mail the
// officers of the requesting agency, and the requesting party's clarification and closure the requested party's
// officers; an AMBER+STRICT or RED request, or a step marked so, goes by its reference only; a record delivered twice
// mails nobody twice.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/node.js';
import { askInput, requestPair, step } from '../../../test/request-steps.js';
import { startSmtpServer, type ReceivedMail } from '../../../test/smtp.js';
import { withTx } from '../../platform/tx.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { outbox, type KindHandler, type UpsertEnvelope } from '../exchange/index.js';
import { approveRequest, createRequest, submitRequest } from './drafting.js';
import { getRequest } from './queries.js';
import { requestHandler } from './receive.js';
import { stepHandler } from './receive-steps.js';
import type { RequestInput } from './schemas.js';
import { approveStep, fileStep } from './steps.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const { us, cn, clock, person } = await requestPair({ COUNTERPART_SMTP_URL: smtp.url, COUNTERPART_PUBLIC_URL: 'https://counterpart.test' });
const cnOfficer = (await person(cn, ['officer'], { email: 'officer.zh@nncc.example.cn', locale: 'zh-CN' })).ctx;
await person(cn, ['officer'], { email: 'officer.en@nncc.example.cn', locale: 'en' });
const cnSupervisor = (await person(cn, ['supervisor'], { email: 'supervisor.zh@nncc.example.cn', locale: 'zh-CN' })).ctx;
await person(cn, ['viewer'], { email: 'viewer@nncc.example.cn', locale: 'zh-CN' });
const usOfficer = (await person(us, ['officer'], { email: 'officer.us@hsi.example.gov', locale: 'en' })).ctx;
await person(us, ['officer'], { email: 'officer.zh@hsi.example.gov', locale: 'zh-CN' });
const usSupervisor = (await person(us, ['supervisor'], { email: 'supervisor.us@hsi.example.gov', locale: 'en' })).ctx;
// An officer of another US agency: the requesting agency's steps are not theirs to act on.
const dea = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-OI', nameEn: 'DEA Office of International Operations', nameZh: '缉毒局国际行动办公室', kind: 'police' });
await createUser(us.ctx(), { username: 'officer.dea', displayName: 'DEA officer', agencyId: dea.id, roles: ['officer'], locale: 'en', timeZone: 'America/New_York', password: PASSWORD, email: 'officer@dea.example.gov' });

const CN_OFFICERS = ['officer.en@nncc.example.cn', 'officer.zh@nncc.example.cn'];
const US_OFFICERS = ['officer.us@hsi.example.gov', 'officer.zh@hsi.example.gov'];

/** The US asks CN at `at` (approved when it needs four eyes); both nodes have it. */
async function ask(at: string, over: Partial<RequestInput> = {}): Promise<{ id: string; reference: string }> {
  clock.set(new Date(at));
  const { id } = await createRequest(usOfficer, askInput(over));
  await submitRequest(usOfficer, id);
  if ((await getRequest(usOfficer, id)).status === 'awaiting-approval') await approveRequest(usSupervisor, id);
  await us.deliver();
  await cn.deliver();
  return { id, reference: (await getRequest(usOfficer, id)).reference };
}

/** The node's due jobs run, its mail among them; the mails that name `reference`, in the order sent. */
async function mailed(node: typeof us, reference: string): Promise<ReceivedMail[]> {
  while ((await node.app.jobs.runDue()) > 0);
  return smtp.messages.filter((m) => m.subject.includes(reference) || m.text.includes(reference));
}
const to = (mails: ReceivedMail[]) => mails.map((m) => m.to[0]).sort();
const subjects = (mails: ReceivedMail[]) => mails.map((m) => m.subject).sort();
/** A mail to the requesting (US) node's people, not the requested (CN) node's. */
const toUs = (m: ReceivedMail): boolean => /\.example\.gov$/.test(m.to[0] ?? '');

/** The record as `from` sent it, applied once more on the other node (what a repeated delivery hands the handler). */
async function deliverAgain(from: typeof us, recordId: string, handler: KindHandler): Promise<void> {
  const [sent] = await from.database.db.select({ jws: outbox.jws }).from(outbox).where(eq(outbox.recordId, recordId));
  const env = JSON.parse(Buffer.from(sent?.jws?.split('.')[1] ?? '', 'base64url').toString('utf8')) as UpsertEnvelope;
  const other = from === us ? cn : us;
  expect(await withTx(other.ctx(), (tx) => handler.apply(tx, other.ctx(), env))).toEqual({ status: 'applied' });
}

describe('mail about requests', () => {
  it('mails a new request to the requested party’s officers and supervisors, each in their language, once', async () => {
    // Monday 2 Mar 2026, 10:00 in Beijing; a normal request: 7 calendar days, to the end of Monday 9 Mar.
    const { id, reference } = await ask('2026-03-02T02:00:00Z', { subject: 'Registration of Wuhan Hengyuan Chemical' });
    const mails = await mailed(cn, reference);
    expect(to(mails)).toEqual([...CN_OFFICERS, 'supervisor.zh@nncc.example.cn']);
    const zh = mails.find((m) => m.to[0] === 'officer.zh@nncc.example.cn');
    expect(zh?.subject).toBe(`新请求 ${reference}（来自美国）`);
    expect(zh?.text).toContain(`美国向中国提出请求（普通）：“Registration of Wuhan Hengyuan Chemical”（${reference}）。`);
    expect(zh?.text).toContain('请于北京时间2026年3月9日24时前答复。');
    expect(zh?.text).toContain(`https://counterpart.test/requests/${id}`);
    const en = mails.find((m) => m.to[0] === 'officer.en@nncc.example.cn');
    expect(en?.subject).toBe(`New request ${reference} from United States`);
    expect(en?.text).toContain('The answer is due by the end of 9 Mar 2026, Beijing time.');
    // Nothing on the requesting node, whose people sent it.
    expect(await mailed(us, reference)).toHaveLength(3);

    await deliverAgain(us, id, requestHandler);
    expect(await mailed(cn, reference)).toHaveLength(3);
  });

  it('mails an AMBER+STRICT or RED request by its reference only', async () => {
    for (const handling of ['TLP:AMBER+STRICT', 'TLP:RED'] as const) {
      const { reference } = await ask('2026-03-03T02:00:00Z', { handling, subject: 'Informant inside the Hengyuan plant' });
      const mails = await mailed(cn, reference);
      expect(to(mails)).toEqual([...CN_OFFICERS, 'supervisor.zh@nncc.example.cn']);
      for (const m of mails) {
        expect(`${m.subject}\n${m.text}`).not.toContain('Informant');
        expect(m.text).not.toContain('“');
        expect(m.text).toContain(reference);
      }
    }
  });

  it('mails the requesting agency’s officers each step of the requested party, and the requested party’s officers the clarification and the closure', async () => {
    // Monday 11 May 2026, 10:00 in Beijing: due at the end of Monday 18 May.
    const { id, reference } = await ask('2026-05-11T02:00:00Z', { subject: 'Officers of Wuhan Hengyuan Chemical' });
    const usMails = async () => (await mailed(us, reference)).filter(toUs);
    const cnMails = async () => (await mailed(cn, reference)).filter((m) => !toUs(m));
    const one = (mails: ReceivedMail[], address: string) => mails.find((m) => m.to[0] === address);
    expect(await cnMails()).toHaveLength(3); // its arrival

    await fileStep(cnOfficer, id, step('delay', { reason: 'volume', expectedAt: new Date('2026-05-25T16:00:00Z') }));
    await cn.deliver();
    const delay = await usMails();
    expect(to(delay)).toEqual(US_OFFICERS);
    expect(one(delay, 'officer.us@hsi.example.gov')?.subject).toBe(`People's Republic of China will answer request ${reference} later`);
    expect(one(delay, 'officer.us@hsi.example.gov')?.text).toContain('it now expects to answer by the end of 25 May 2026, Beijing time.');
    expect(one(delay, 'officer.zh@hsi.example.gov')?.subject).toBe(`中国将延期答复请求 ${reference}`);
    expect(one(delay, 'officer.zh@hsi.example.gov')?.text).toContain('现预计于北京时间2026年5月25日24时前答复');

    clock.set(new Date('2026-05-12T03:00:00Z')); // Tuesday, 11:00 in Beijing: six whole days left, 13 to 18 May
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '请提供统一社会信用代码。', language: 'zh' }));
    await cn.deliver();
    expect(subjects((await usMails()).slice(2))).toEqual([`People's Republic of China asks for clarification of request ${reference}`, `中国要求澄清请求 ${reference}`]);

    clock.set(new Date('2026-05-14T03:00:00Z')); // Thursday: six days again after it, to the end of Wednesday 20 May
    await fileStep(usOfficer, id, step('clarification', { note: '91420100MA4K2XYZ12', language: 'en' }));
    await us.deliver();
    const clarified = (await cnMails()).slice(3);
    expect(to(clarified)).toEqual(CN_OFFICERS);
    expect(one(clarified, 'officer.zh@nncc.example.cn')?.subject).toBe(`美国已就请求 ${reference} 作出澄清`);
    expect(one(clarified, 'officer.zh@nncc.example.cn')?.text).toContain('答复期限恢复计算，请于北京时间2026年5月20日24时前答复。');
    expect(one(clarified, 'officer.en@nncc.example.cn')?.text).toContain('The reply clock runs again: the answer is due by the end of 20 May 2026, Beijing time.');
    await cn.deliver(); // the restart: nobody is mailed for it
    expect(await usMails()).toHaveLength(4);

    await fileStep(cnOfficer, id, step('partial-answer', { note: '公司登记信息见下。', language: 'zh' }));
    await cn.deliver();
    expect(subjects((await usMails()).slice(4))).toEqual([`People's Republic of China partly answered request ${reference}`, `中国已部分答复请求 ${reference}`]);

    await fileStep(usOfficer, id, step('closure', { note: 'Enough for our case; thank you.', language: 'en' }));
    await us.deliver();
    const closed = (await cnMails()).slice(5);
    expect(to(closed)).toEqual(CN_OFFICERS);
    expect(subjects(closed)).toEqual([`United States closed request ${reference}`, `美国已关闭请求 ${reference}`]);
    // Only the requesting agency's officers heard on the requesting side, and only officers on the requested side.
    expect(to(await usMails())).toEqual([...US_OFFICERS, ...US_OFFICERS, ...US_OFFICERS].sort());
    expect(await cnMails()).toHaveLength(7);
  });

  it('mails an answer marked RED by the reference only, and once however often it is delivered', async () => {
    const { id, reference } = await ask('2026-06-01T02:00:00Z', { subject: 'Officers of Wuhan Hengyuan Chemical' });
    const { id: answerId } = await fileStep(cnOfficer, id, step('answer', { note: '法定代表人：王某。', language: 'zh', handling: 'TLP:RED' }));
    await approveStep(cnSupervisor, id, answerId);
    await cn.deliver();
    const answered = (await mailed(us, reference)).filter(toUs);
    expect(to(answered)).toEqual(US_OFFICERS);
    expect(subjects(answered)).toEqual([`People's Republic of China answered request ${reference}`, `中国已答复请求 ${reference}`]);
    for (const m of answered) expect(`${m.subject}\n${m.text}`).not.toMatch(/Officers of Wuhan|“/);

    await deliverAgain(cn, answerId, stepHandler);
    expect((await mailed(us, reference)).filter(toUs)).toHaveLength(2);
  });

  it('says nothing of a deadline when a clarification restarts no clock: it crossed a full answer', async () => {
    const { id, reference } = await ask('2026-07-06T02:00:00Z');
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '请说明运输日期。', language: 'zh' }));
    await cn.deliver();
    clock.set(new Date('2026-07-07T02:00:00Z'));
    await fileStep(usOfficer, id, step('clarification', { note: 'Shipped 14 January 2026.', language: 'en' }));
    await fileStep(cnOfficer, id, step('answer', { note: '见附件。', language: 'zh' })); // before the clarification came
    await cn.deliver();
    await us.deliver();
    const clarified = (await mailed(cn, reference)).filter((m) => !toUs(m) && /clarified|作出澄清/.test(m.subject));
    expect(to(clarified)).toEqual(CN_OFFICERS);
    for (const m of clarified) expect(m.text).not.toMatch(/runs again|due|恢复计算|答复。/);
    expect((await getRequest(cnOfficer, id)).status).toBe('answered');
  });

  it('tells the very time a clock of days restarted overdue is due, not the end of a day', async () => {
    // Monday 13 Jul 2026, 10:00 in Beijing: due at the end of Monday 20 Jul; asked for clarification after it.
    const { id, reference } = await ask('2026-07-13T02:00:00Z');
    clock.set(new Date('2026-07-21T03:00:00Z'));
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '请说明运输日期。', language: 'zh' }));
    await cn.deliver();
    clock.set(new Date('2026-07-22T03:00:00Z')); // Wednesday 11:00 in Beijing: it runs again, overdue at once
    await fileStep(usOfficer, id, step('clarification', { note: 'Shipped 14 January 2026.', language: 'en' }));
    await us.deliver();
    expect((await getRequest(cnOfficer, id)).clock.dueAt?.toISOString()).toBe('2026-07-22T03:00:00.000Z');
    const clarified = (await mailed(cn, reference)).filter((m) => !toUs(m) && /clarified|作出澄清/.test(m.subject));
    const text = (address: string) => clarified.find((m) => m.to[0] === address)?.text;
    expect(text('officer.en@nncc.example.cn')).toContain('The reply clock runs again: the answer is due by 22 Jul 2026, 11:00 Beijing time.');
    expect(text('officer.zh@nncc.example.cn')).toContain('答复期限恢复计算，请于北京时间2026年7月22日 11:00答复。');
  });

  it('mails a refusal to the requesting agency’s officers', async () => {
    const { id, reference } = await ask('2026-06-02T02:00:00Z');
    await fileStep(cnOfficer, id, step('refusal', { reason: 'outside-scope' }));
    await cn.deliver();
    const refused = (await mailed(us, reference)).filter(toUs);
    expect(to(refused)).toEqual(US_OFFICERS);
    expect(subjects(refused)).toEqual([`People's Republic of China refused request ${reference}`, `中国拒绝了请求 ${reference}`]);
  });
});
