// What the registry knows is said in the reader's language: a US notification's chemical lines reach the PRC node,
// which names each line's identified substance in English and Chinese beside the declared name — on the line, in
// the inbox list, in the email to a Chinese-speaking officer and in the printable clearance.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.js';
import { jobs } from '../../platform/jobs/index.js';
import { makePair } from '../../../test/pair.js';
import { squash, squashed } from '../../../test/pdf-text.js';
import { draftInput } from '../../../test/notifications.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { createDraft, getNotification, listNotifications, replyTo, reviewDraft, sendNotification, signReply } from './index.js';
import { clearancePdfOf } from './clearance-service.js';
import { chemicalsFor } from './mail-out.js';
import * as repo from './repo.js';

const { us, cn } = await makePair();
const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-DC', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC', nameEn: 'National Narcotics Control Commission', nameZh: '国家禁毒委员会', kind: 'regulator' });
await createUser(cn.ctx(), { username: 'officer.wang', displayName: '王明', agencyId: cnAgency.id, roles: ['officer'], locale: 'zh-CN', timeZone: 'Asia/Shanghai', password: 'correct horse battery', email: 'wang@nncc.example.cn' });
const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const usSupervisor = us.ctx(us.person(['supervisor'], { id: newId(), agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId(), agencyId: cnAgency.id }));
const cnSupervisor = cn.ctx(cn.person(['supervisor'], { id: newId(), agencyId: cnAgency.id }));

const PIPERIDONE = { declaredName: '4-Piperidone', cas: '41661-47-6', hsCode: null, smiles: null, quantity: '50', unit: 'kg' as const, concentration: null, packaging: null, packages: null };
const EAPA = { declaredName: 'EAPA (customer code 7731)', cas: null, hsCode: null, smiles: 'CCOC(=O)C(C(C)=O)c1ccccc1', quantity: '200', unit: 'kg' as const, concentration: null, packaging: null, packages: null };

const { id } = await createDraft(usOfficer, draftInput(usAgency.id, { lines: [PIPERIDONE, EAPA], shipmentDate: '2026-05-01' }));
await reviewDraft(usSupervisor, id, 'EAPA: an ester the PRC controls; checked'); // controlled by rule: four eyes
await sendNotification(usOfficer, id);
await us.deliver();
await cn.deliver();

describe('substance names beside the declared names', () => {
  it('presents on the importing node what its screening identifies each line as, in English and Chinese', async () => {
    const there = await getNotification(cnOfficer, id);
    expect(there.lines.map((l) => l.declaredName)).toEqual(['4-Piperidone', 'EAPA (customer code 7731)']);
    expect(there.lines[0]?.substances).toEqual([expect.objectContaining({ id: '4-piperidone', relation: 'same', label: { en: '4-Piperidone', zh: '4-哌啶酮' } })]);
    expect(there.lines[1]?.substances).toEqual([expect.objectContaining({ id: '3-oxo-2-phenylbutanoic-acid', relation: 'derivative', label: { en: 'ester of 3-Oxo-2-phenylbutanoic acid', zh: '3-氧代-2-苯基丁酸的酯' } })]);
    // The exporter's node names them from its own screening.
    expect((await getNotification(usOfficer, id)).lines[0]?.substances[0]?.label.zh).toBe('4-哌啶酮');
  });

  it('names them in the inbox and outbox lists too', async () => {
    const inbox = await listNotifications(cnOfficer, { box: 'inbox', page: 1, pageSize: 50 });
    const item = inbox.items.find((x) => x.id === id);
    expect(item?.chemicalLines.map((l) => [l.declaredName, l.substances.map((s) => s.label.zh)])).toEqual([
      ['4-Piperidone', ['4-哌啶酮']],
      ['EAPA (customer code 7731)', ['3-氧代-2-苯基丁酸的酯']],
    ]);
    const outbox = await listNotifications(usOfficer, { box: 'outbox', page: 1, pageSize: 50 });
    expect(outbox.items.find((x) => x.id === id)?.chemicalLines[0]?.substances[0]?.label.en).toBe('4-Piperidone');
  });

  it('writes the Chinese name into the email to a Chinese-speaking officer, and the English one for English', async () => {
    const [mail] = await cn.database.db.select({ data: jobs.data }).from(jobs).where(and(eq(jobs.queue, 'mail.send'), sql`${jobs.data}->>'to' = 'wang@nncc.example.cn'`));
    expect((mail?.data as { text: string } | undefined)?.text).toContain('涉及：4-Piperidone（4-哌啶酮）、EAPA (customer code 7731)（3-氧代-2-苯基丁酸的酯）');
    const lines = await repo.linesOf(cn.database.db, id);
    expect(chemicalsFor(lines, true, 'zh-CN')).toBe('4-Piperidone（4-哌啶酮）、EAPA (customer code 7731)（3-氧代-2-苯基丁酸的酯）');
    expect(chemicalsFor(lines, true, 'en')).toBe('4-Piperidone, EAPA (customer code 7731) (ester of 3-Oxo-2-phenylbutanoic acid)');
  });

  it('prints the Chinese name in the clearance PDF beside the declared name', async () => {
    expect(await replyTo(cnOfficer, id, { action: 'clear', note: null })).toBe('prepared');
    await signReply(cnSupervisor, id);
    const { pdf } = await clearancePdfOf(cnOfficer, id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Read back out of the bytes that leave the server: each declared name with the substance identified beside it.
    const text = squashed(pdf);
    for (const printed of ['4-Piperidone', '4-哌啶酮', 'EAPA (customer code 7731)', 'ester of 3-Oxo-2-phenylbutanoic acid', '3-氧代-2-苯基丁酸的酯']) expect(text).toContain(squash(printed));
    expect(text.indexOf(squash('EAPA (customer code 7731)'))).toBeLessThan(text.indexOf(squash('3-氧代-2-苯基丁酸的酯')));
  });
});
