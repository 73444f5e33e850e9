// The meetings restore hooks on the paths meetings.restore.test.ts does not take, each over a real backup
// (backup.ts) restored after the US node went on, then recovered from CN by the heads check: a meeting withdrawn since
// the backup (every readout of it withdrawn with it and off the public page, one edited since too), a meeting narrowed
// from CN with its part and commitment, a readout withdrawn since, a readout cleared again at a later version, and a
// commitment created and withdrawn since, whose number is free again (a withdrawal carries no reference).
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { takeBackup, type Backup } from '../../../test/backup.js';
import { HOUR, restorePair, serialOf } from '../../../test/meetings-restore.js';
import { meetingFields, savePartIn } from '../../../test/meetings.js';
import { newest } from '../../../test/request-restore.js';
import { createParty } from '../directory/index.js';
import { checkPeerHeads } from '../exchange/index.js';
import { getCommitment } from './commitment-queries.js';
import { createCommitment, reportProgress, withdrawCommitment } from './commitments.js';
import { CLEARANCE_KIND, COMMITMENT_KIND, MEETING_KIND, MEETING_PART_KIND, READOUT_KIND } from './kinds.js';
import { NO_LINKS } from './links.js';
import { getMeeting } from './meeting-queries.js';
import { updateMeeting, withdrawMeeting } from './meetings.js';
import { clearReadout } from './readout-clearance.js';
import { getReadout, readoutHistory } from './readout-queries.js';
import { releaseReadout } from './readout-release.js';
import { draftReadout, editReadout, withdrawReadout } from './readouts.js';
import { readoutReleases, readouts } from './tables.js';

vi.setConfig({ testTimeout: 180_000 });
const { us, usAgency, usKeeper, usSupervisor, cnKeeper, later, commitmentOf, readoutOf, settle, usMeeting, releasedJoint } = await restorePair();
// A third party in the US directory, so a meeting can stop naming CN and still name another party.
await createParty(us.ctx(us.person(['admin'])), { code: 'MX', nameEn: 'Mexico', nameZh: '墨西哥', timeZone: 'America/Mexico_City' });

const CORRECTED = { title: 'Joint readout of the working group, corrected', body: 'The two sides agreed to exchange precursor lists every month.', links: NO_LINKS };
/** The HTTP status of the readout's page on the US node's public surface. */
const publicStatus = async (reference: string) => (await us.app.inject({ method: 'GET', url: `/public/readouts/${reference.toLowerCase()}?lang=en` })).statusCode;

/** The US node restored from `backup` (`restored` runs on it as the backup left it), then its heads checked with CN. */
async function restoreAndRecover(backup: Backup, restored?: () => Promise<void>) {
  await us.restoreFrom(await backup.restore());
  await restored?.();
  const { recovery } = await checkPeerHeads(us.app.exchange.deps, 'CN');
  const outcome = (kind: string, recordId: string) => recovery?.records.find((r) => r.kind === kind && r.recordId === recordId);
  return { recovery, outcome };
}

describe('a node restored from an older backup takes back what happened to its working-group records since', () => {
  it('a meeting withdrawn since comes back withdrawn, every readout of it withdrawn and off the public page', async () => {
    const m = await usMeeting('Withdrawn after the backup');
    const { text, cnText } = await releasedJoint(m.id);
    const own = await draftReadout(usKeeper(), { ...readoutOf(m.id, null, 'en'), kind: 'own' });
    const c = await createCommitment(usKeeper(), commitmentOf(m.id));
    await settle();
    const backup = await takeBackup(us.database);

    // Renamed, its joint text edited (its version 2 goes to CN and is restored by its own envelope), then withdrawn.
    later(HOUR);
    await updateMeeting(usKeeper(), m.id, meetingFields({ title: 'Renamed before it was withdrawn', handling: 'TLP:CLEAR' }), 1);
    await editReadout(usKeeper(), text.id, CORRECTED, 1);
    await withdrawMeeting(usKeeper(), m.id, 'Convened in error.');
    await settle();
    expect(await publicStatus(text.reference)).toBe(404);

    const { outcome } = await restoreAndRecover(backup, async () => expect(await publicStatus(text.reference)).toBe(200));
    expect(outcome(MEETING_KIND, m.id)).toMatchObject({ status: 'restored', reference: m.reference, detail: 'withdrawn, with 3 readouts of it' });
    expect(outcome(READOUT_KIND, text.id)).toMatchObject({ status: 'restored', reference: text.reference });
    expect(outcome(COMMITMENT_KIND, c.id)).toMatchObject({ status: 'restored', reference: c.reference, detail: 'withdrawn' });
    // The withdrawal carries no content: the meeting keeps the backup's title, at the version withdrawn.
    expect(await getMeeting(usKeeper(), m.id)).toMatchObject({ status: 'withdrawn', version: 3, title: 'Withdrawn after the backup' });
    const ids = [text.id, cnText.id, own.id];
    const rows = await us.database.db.select({ id: readouts.id, status: readouts.status, version: readouts.version }).from(readouts).where(eq(readouts.meetingId, m.id));
    expect(rows.map((r) => [ids.indexOf(r.id), r.status, r.version]).sort()).toEqual([[0, 'withdrawn', 2], [1, 'withdrawn', 1], [2, 'withdrawn', 1]]);
    expect(await us.database.db.select().from(readoutReleases).where(inArray(readoutReleases.readoutId, ids))).toEqual([]);
    expect(await publicStatus(text.reference)).toBe(404);
    expect(await getCommitment(usKeeper(), c.id)).toMatchObject({ status: 'withdrawn', version: 2 });
    await expect(releaseReadout(usKeeper(), text.id)).rejects.toMatchObject({ status: 409 });
  });

  it('a meeting narrowed from CN since no longer names it; its part and commitment are at the versions CN last knew', async () => {
    const m = await usMeeting('Narrowed after the backup', ['CN', 'MX']);
    const c = await createCommitment(usKeeper(), commitmentOf(m.id));
    await settle();
    const first = await getCommitment(usKeeper(), c.id);
    const backup = await takeBackup(us.database);

    // The meeting names MX only: CN is sent a narrowing of it, then of the part and the commitment at their next change.
    later(HOUR);
    await updateMeeting(usKeeper(), m.id, meetingFields({ title: 'Narrowed after the backup', handling: 'TLP:CLEAR', parties: ['MX'] }), 1);
    await savePartIn(usKeeper(), m.id, usAgency.id, {}, 1);
    await reportProgress(usKeeper(), c.id, { status: 'in-progress', note: 'Two of three scheduled.', evidence: NO_LINKS }, 1);
    await settle();
    for (const [kind, id] of [[MEETING_KIND, m.id], [MEETING_PART_KIND, m.partId], [COMMITMENT_KIND, c.id]] as const) {
      expect(await newest(us, kind, id)).toMatchObject({ to: 'CN', recordVersion: 2, body: { op: 'withdraw', reason: 'narrowed' } });
    }
    await expect(getMeeting(cnKeeper(), m.id)).rejects.toMatchObject({ status: 404 });

    const { outcome } = await restoreAndRecover(backup);
    const narrowed = { status: 'restored', detail: 'no longer shared with CN' };
    expect(outcome(MEETING_KIND, m.id)).toMatchObject({ ...narrowed, reference: m.reference });
    expect(outcome(MEETING_PART_KIND, m.partId)).toMatchObject(narrowed);
    expect(outcome(COMMITMENT_KIND, c.id)).toMatchObject({ ...narrowed, reference: c.reference });
    const after = await getMeeting(usKeeper(), m.id);
    expect(after).toMatchObject({ status: 'scheduled', version: 2, parties: ['MX', 'US'] });
    expect(after.parts.map((p) => [p.id, p.version])).toEqual([[m.partId, 2]]);
    // The progress went to MX only: the commitment keeps the backup's content, at the version CN was sent.
    expect(await getCommitment(usKeeper(), c.id)).toMatchObject({ version: 2, status: first.status, updates: first.updates });
  });

  it('a readout withdrawn since comes back withdrawn and off the public page', async () => {
    const m = await usMeeting('Its readout withdrawn after the backup');
    const { text } = await releasedJoint(m.id);
    await settle();
    const backup = await takeBackup(us.database);
    later(HOUR);
    await withdrawReadout(usKeeper(), text.id, 'Released in error.');
    await settle();

    const { outcome } = await restoreAndRecover(backup, async () => expect(await publicStatus(text.reference)).toBe(200));
    expect(outcome(READOUT_KIND, text.id)).toMatchObject({ status: 'restored', reference: text.reference, detail: 'withdrawn, and off the public page' });
    expect(await getReadout(usKeeper(), text.id)).toMatchObject({ status: 'withdrawn', version: 2, released: false, release: null });
    expect(await us.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, text.id))).toEqual([]);
    expect(await publicStatus(text.reference)).toBe(404);
    expect((await readoutHistory(usKeeper(), text.id)).items.map((v) => v.version)).toEqual([2, 1]);
    expect(await getMeeting(usKeeper(), m.id)).toMatchObject({ status: 'scheduled', version: 1 });
  });

  it('a readout cleared again at a later version since comes back cleared at that version, its release as the backup holds it', async () => {
    const m = await usMeeting('Its readout cleared again after the backup');
    const { text } = await releasedJoint(m.id);
    await settle();
    const backup = await takeBackup(us.database);
    later(HOUR);
    await editReadout(usKeeper(), text.id, CORRECTED, 1);
    await clearReadout(usSupervisor(), text.id, 2);
    await settle();
    expect(await getReadout(usKeeper(), text.id)).toMatchObject({ status: 'cleared', version: 2, release: { version: 1, current: false } });

    const { recovery, outcome } = await restoreAndRecover(backup);
    expect(outcome(READOUT_KIND, text.id)).toMatchObject({ status: 'restored', detail: 'its public release (version 1) is as the backup holds it' });
    expect(recovery?.records.filter((r) => r.kind === CLEARANCE_KIND)).toMatchObject([{ status: 'restored', reference: text.reference, detail: 'version 2 cleared' }]);
    const after = await getReadout(usKeeper(), text.id);
    expect(after).toMatchObject({ status: 'cleared', version: 2, title: CORRECTED.title, release: { version: 1, current: false } });
    const clearances = after.clearances.filter((c) => c.readoutId === text.id).map((c) => [c.version, c.current, c.clearedByName]);
    // The wire names the supervisor who cleared version 2 by role and agency: the backup has no row of it.
    expect(clearances.sort()).toEqual([[1, false, expect.stringContaining('US supervisor')], [2, true, 'Supervisor, HSI-DC']]);
    expect(await publicStatus(text.reference)).toBe(200);
    // Released again by a person, version 2 replaces version 1 on the public page.
    await releaseReadout(usKeeper(), text.id);
    expect(await getReadout(usKeeper(), text.id)).toMatchObject({ status: 'released', release: { version: 2, current: true } });
  });

  it('a commitment created and withdrawn since is not restored, and its number is free again', async () => {
    const m = await usMeeting('A commitment withdrawn after the backup');
    const first = await createCommitment(usKeeper(), commitmentOf(m.id));
    await settle();
    const backup = await takeBackup(us.database);
    later(HOUR);
    const gone = await createCommitment(usKeeper(), commitmentOf(m.id, { text: 'Recorded in error' }));
    expect(serialOf(gone.reference)).toBe(serialOf(first.reference) + 1);
    await withdrawCommitment(usKeeper(), gone.id, 'Recorded in error.');
    await settle();
    await expect(getCommitment(cnKeeper(), gone.id)).rejects.toMatchObject({ status: 404 });

    // CN holds its creation as hash and receipt only (purged), and its withdrawal, which names no reference.
    const { recovery, outcome } = await restoreAndRecover(backup);
    expect(recovery).toMatchObject({ takenBack: 2, withoutContent: 1 });
    expect(outcome(COMMITMENT_KIND, gone.id)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('a withdrawal carries no content') });
    await expect(getCommitment(usKeeper(), gone.id)).rejects.toMatchObject({ status: 404 });
    // The counter stays where the backup left it: the next commitment takes the number of the one neither node holds.
    const next = await createCommitment(usKeeper(), commitmentOf(m.id, { text: 'Schedule two more precursors' }));
    expect(next.reference).toBe(gone.reference);
    await settle();
    expect(await getCommitment(cnKeeper(), next.id)).toMatchObject({ reference: gone.reference, text: 'Schedule two more precursors' });
    expect(await getCommitment(usKeeper(), first.id)).toMatchObject({ reference: first.reference, version: 1 });
  });
});
