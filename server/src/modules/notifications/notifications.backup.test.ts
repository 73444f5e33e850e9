// The exporter restored from an older backup (a real pg_dump/pg_restore, or the embedded database's dump of its
// folder): the notification it sent after the backup comes back from the importer, with its reference, lines and
// the importer's answer, and the next draft takes the next number rather than one the importer already holds.
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { takeBackup } from '../../../test/backup.js';
import { draftInput } from '../../../test/notifications.js';
import { makePair } from '../../../test/pair.js';
import { newId } from '../../platform/ids.js';
import { createAgency } from '../directory/index.js';
import { checkPeerHeads } from '../exchange/index.js';
import { createDraft, getNotification, replyTo, sendNotification } from './index.js';
import { notifications } from './tables.js';

vi.setConfig({ testTimeout: 120_000 });
const { us, cn } = await makePair();
const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-BK', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const officer = () => us.ctx(us.person(['officer'], { id: newId(), agencyId: agency.id }));

describe('an exporter restored from an older backup', () => {
  it('takes its sent notification back from the importer, with the answer, and numbers the next draft after it', async () => {
    const first = await createDraft(officer(), draftInput(agency.id));
    await sendNotification(officer(), first.id);
    await us.deliver();
    const backup = await takeBackup(us.database);

    const lost = await createDraft(officer(), draftInput(agency.id, { intendedUse: 'sent after the backup' }));
    await sendNotification(officer(), lost.id);
    const sentLost = await getNotification(officer(), lost.id);
    await us.deliver();
    await replyTo(cn.ctx(cn.person(['officer'], { id: newId() })), lost.id, { action: 'acknowledge', note: null });
    await cn.deliver();

    await us.restoreFrom(await backup.restore());
    expect(await us.database.db.select().from(notifications).where(eq(notifications.id, lost.id))).toHaveLength(0);
    const deps = us.app.exchange.deps;
    // What the worker does at start: its own records back first, then the importer's answer to them pulled.
    const { recovery: report } = await checkPeerHeads(deps, 'CN');
    expect(report?.records.find((r) => r.recordId === lost.id)).toMatchObject({ status: 'restored', reference: sentLost.reference });

    const back = await getNotification(officer(), lost.id);
    expect(back).toMatchObject({ reference: sentLost.reference, intendedUse: 'sent after the backup', status: 'acknowledged', reply: 'acknowledged' });
    expect(back.lines.map((l) => l.declaredName)).toEqual(sentLost.lines.map((l) => l.declaredName));
    const next = await createDraft(officer(), draftInput(agency.id));
    await sendNotification(officer(), next.id);
    await us.deliver();
    const reloaded = await getNotification(officer(), next.id);
    expect(reloaded.reference).not.toBe(sentLost.reference);
    expect(Number(reloaded.reference?.slice(-6))).toBe(Number(sentLost.reference?.slice(-6)) + 1);
    expect((await getNotification(cn.ctx(cn.person(['officer'], { id: newId() })), next.id)).reference).toBe(reloaded.reference);
  });
});
