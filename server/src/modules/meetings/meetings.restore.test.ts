// Restoring this party's own working-group records after the node came back from an older backup: a real backup
// (pg_dump/pg_restore on PostgreSQL, the embedded database's dump on PGlite) taken part-way, restored after the nodes
// went on; the exchange's recovery takes the node's envelopes back from its peer and the five kinds' `restore` hooks
// (restore-meetings.ts, restore-records.ts) rebuild meetings, parts, commitments, joint readout texts and clearances
// at their sent versions — a public release is not made up, a newer version here is kept, the counters are kept past
// the restored numbers, a withdrawal with nothing to mark is skipped. Then the hooks' rules one by one.
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { takeBackup } from '../../../test/backup.js';
import { HOUR, restorePair, serialOf } from '../../../test/meetings-restore.js';
import { createMeetingIn, meetingFields, savePartIn, ITEM_SHARING } from '../../../test/meetings.js';
import { newest, restoreWith } from '../../../test/request-restore.js';
import { newId } from '../../platform/ids.js';
import { jobs } from '../../platform/jobs/index.js';
import { checkPeerHeads, outbox } from '../exchange/index.js';
import { COMMITMENT_ESCALATION_QUEUE } from './commitment-clock.js';
import { getCommitment } from './commitment-queries.js';
import { createCommitment, reportProgress, withdrawCommitment } from './commitments.js';
import { CLEARANCE_KIND, COMMITMENT_KIND, MEETING_KIND, MEETING_PART_KIND, READOUT_KIND } from './kinds.js';
import { NO_LINKS } from './links.js';
import { getMeeting } from './meeting-queries.js';
import { updateMeeting } from './meetings.js';
import { clearReadout } from './readout-clearance.js';
import { getReadout, readoutHistory } from './readout-queries.js';
import { releaseReadout } from './readout-release.js';
import { draftReadout } from './readouts.js';
import { clearanceHandler, readoutHandler } from './receive-readouts.js';
import { commitmentHandler } from './receive-commitments.js';
import { meetingHandler, meetingPartHandler } from './receive-meetings.js';
import { meetings, readoutClearances, readoutReleases } from './tables.js';

vi.setConfig({ testTimeout: 180_000 });
const { us, cn, usAgency, usKeeper, usSupervisor, cnKeeper, later, commitmentOf, readoutOf, settle, usMeeting, releasedJoint: joint } = await restorePair();
type Node = typeof us;
/** The US text of a released joint readout of the meeting. */
const releasedJoint = async (meetingId: string) => (await joint(meetingId)).text;
const undelivered = async (node: Node) => (await node.database.db.select({ n: count() }).from(outbox).where(isNull(outbox.deliveredAt)))[0]?.n;
const queuedEscalations = async (node: Node, id: string) => (await node.database.db.select({ n: count() }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.queue, COMMITMENT_ESCALATION_QUEUE), eq(jobs.state, 'queued'))))[0]?.n;

describe('a node restored from an older backup takes back its own meetings, parts, commitments and readouts', () => {
  it('US: each comes back at the version CN holds, a newer one here is kept, and the next numbers follow', async () => {
    const m1 = await usMeeting('Before the backup');
    const c0 = await createCommitment(usKeeper(), commitmentOf(m1.id));
    await settle();
    const backup = await takeBackup(us.database);

    // The nodes go on: m1 renamed, the US part of it changed, c0 withdrawn; a new meeting with a part, a commitment
    // with progress, one withdrawn (its content gone from CN), and a joint readout released.
    later(HOUR);
    await updateMeeting(usKeeper(), m1.id, meetingFields({ title: 'Renamed after the backup', handling: 'TLP:CLEAR' }), 1);
    await savePartIn(usKeeper(), m1.id, usAgency.id, { notes: [{ itemId: ITEM_SHARING, text: 'Shipment data to be shared within a week.' }] }, 1);
    await withdrawCommitment(usKeeper(), c0.id, 'Superseded.');
    const m2 = await usMeeting('After the backup');
    const gone = await createCommitment(usKeeper(), commitmentOf(m2.id, { text: 'Recorded in error' }));
    await withdrawCommitment(usKeeper(), gone.id, 'Recorded in error.');
    const c1 = await createCommitment(usKeeper(), commitmentOf(m2.id));
    await reportProgress(usKeeper(), c1.id, { status: 'in-progress', note: 'Two of three scheduled.', evidence: NO_LINKS }, 1);
    await settle();
    const r1 = await releasedJoint(m2.id);
    await settle();
    const before = { m1: await getMeeting(usKeeper(), m1.id), m2: await getMeeting(usKeeper(), m2.id), c1: await getCommitment(usKeeper(), c1.id), r1: await getReadout(usKeeper(), r1.id) };
    expect(before.r1).toMatchObject({ status: 'released', version: 1, release: { version: 1 } });

    await us.restoreFrom(await backup.restore());
    await expect(getMeeting(usKeeper(), m2.id)).rejects.toMatchObject({ status: 404 });
    // Changed here since the restore, before the heads check: m1 at version 3, newer than the version 2 CN holds.
    for (const version of [1, 2]) await updateMeeting(usKeeper(), m1.id, meetingFields({ title: `Renamed here, version ${version + 1}`, handling: 'TLP:CLEAR' }), version);
    const { recovery } = await checkPeerHeads(us.app.exchange.deps, 'CN');
    const outcome = (kind: string, recordId: string) => recovery?.records.find((r) => r.kind === kind && r.recordId === recordId);
    expect(outcome(MEETING_KIND, m1.id)).toMatchObject({ status: 'kept', detail: 'version 3 here is newer than version 2 the peer holds' });
    expect(outcome(MEETING_KIND, m2.id)).toMatchObject({ status: 'restored', reference: m2.reference });
    expect(outcome(MEETING_PART_KIND, m1.partId)).toMatchObject({ status: 'restored', reference: m1.reference });
    expect(outcome(MEETING_PART_KIND, m2.partId)).toMatchObject({ status: 'restored', reference: m2.reference });
    expect(outcome(COMMITMENT_KIND, c0.id)).toMatchObject({ status: 'restored', reference: c0.reference, detail: 'withdrawn' });
    expect(outcome(COMMITMENT_KIND, gone.id)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('a withdrawal carries no content') });
    expect(outcome(COMMITMENT_KIND, c1.id)).toMatchObject({ status: 'restored', reference: c1.reference });
    expect(outcome(READOUT_KIND, r1.id)).toMatchObject({ status: 'restored', reference: r1.reference, detail: expect.stringContaining('no public release is made up') });
    expect(recovery?.records.filter((r) => r.kind === CLEARANCE_KIND)).toMatchObject([{ status: 'restored', reference: r1.reference }]);
    // Of what was written here since the restore, m1's version 2 gave way to CN's; its version 3 goes out again.
    expect(recovery).toMatchObject({ resent: 1, dropped: [{ kind: MEETING_KIND, recordId: m1.id, recordVersion: 2 }] });

    const m1Now = await getMeeting(usKeeper(), m1.id);
    expect(m1Now).toMatchObject({ version: 3, title: 'Renamed here, version 3' });
    expect(m1Now.parts).toEqual(before.m1.parts);
    expect(m1Now.commitments).toEqual([]);
    // The released readout comes back cleared: its public release, made after the backup, is not made up.
    const m2Now = await getMeeting(usKeeper(), m2.id);
    expect(m2Now).toEqual({ ...before.m2, readouts: before.m2.readouts.map((r) => (r.id === r1.id ? { ...r, status: 'cleared' } : r)) });
    expect(await getCommitment(usKeeper(), c1.id)).toEqual(before.c1);
    expect(await getCommitment(usKeeper(), c0.id)).toMatchObject({ status: 'withdrawn', version: 2 });
    await expect(getCommitment(usKeeper(), gone.id)).rejects.toMatchObject({ status: 404 });
    expect(await queuedEscalations(us, c1.id)).toBe(1);
    expect(await queuedEscalations(us, c0.id)).toBe(0);
    const r1Now = await getReadout(usKeeper(), r1.id);
    const { status: _s, released: _d, release: _r, clearances: _c, allowed: _a, ...text } = before.r1;
    expect(r1Now).toMatchObject({ ...text, status: 'cleared', released: false, release: null });
    expect(r1Now.clearances.map((c) => [c.party, c.version, c.current])).toEqual(expect.arrayContaining([['US', 1, true], ['CN', 1, true]]));
    expect((await readoutHistory(usKeeper(), r1.id)).items.map((v) => [v.version, v.title])).toEqual([[1, 'Joint readout of the working group']]);
    expect(await us.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, r1.id))).toEqual([]);
    expect(await undelivered(us)).toBe(1); // only m1's version 3: nothing restored is shared again

    // The counters went back with the backup and were kept past the restored numbers.
    const nextMeeting = await createMeetingIn(usKeeper(), { title: 'After the restore', handling: 'TLP:CLEAR' });
    expect(serialOf(nextMeeting.reference)).toBe(serialOf(m2.reference) + 1);
    const nextCommitment = await createCommitment(usKeeper(), commitmentOf(m2.id));
    expect(serialOf(nextCommitment.reference)).toBe(serialOf(c1.reference) + 1);
    const nextReadout = await draftReadout(usKeeper(), { ...readoutOf(m2.id, null, 'en'), kind: 'own' });
    expect(serialOf(nextReadout.reference)).toBe(serialOf(r1.reference) + 1);
    await settle();
    expect((await getCommitment(cnKeeper(), nextCommitment.id)).reference).toBe(nextCommitment.reference);
    expect((await getMeeting(cnKeeper(), m1.id)).title).toBe('Renamed here, version 3');
    // Released again by a person, it is on the public table once more.
    await releaseReadout(usKeeper(), r1.id);
    expect(await getReadout(usKeeper(), r1.id)).toMatchObject({ status: 'released', release: { version: 1 } });
  });
});

describe('the meetings restore hooks', () => {
  it('leave the other party’s records alone, and keep a newer local version', async () => {
    const cnMeeting = await createMeetingIn(cnKeeper(), { title: 'Convened by CN', parties: ['US'] });
    const own = await usMeeting('A US meeting');
    const envelope = await newest(us, MEETING_KIND, own.id);
    expect(await restoreWith(cn, meetingHandler, envelope)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('from US is not') });
    expect(await restoreWith(us, meetingHandler, { ...envelope, recordId: cnMeeting.id })).toMatchObject({ status: 'skipped', detail: expect.stringContaining("is CN's") });
    expect((await us.database.db.select({ originParty: meetings.originParty, title: meetings.title }).from(meetings).where(eq(meetings.id, cnMeeting.id)))[0]).toEqual({ originParty: 'CN', title: 'Convened by CN' });
    const part = await newest(us, MEETING_PART_KIND, own.partId);
    expect(await restoreWith(cn, meetingPartHandler, part)).toMatchObject({ status: 'skipped' });

    const c = await createCommitment(usKeeper(), commitmentOf(own.id));
    const v1 = await newest(us, COMMITMENT_KIND, c.id);
    await reportProgress(usKeeper(), c.id, { status: 'done', note: 'All three scheduled.', evidence: NO_LINKS }, 1);
    expect(await restoreWith(us, commitmentHandler, v1)).toMatchObject({ status: 'kept', reference: c.reference });
    expect(await getCommitment(usKeeper(), c.id)).toMatchObject({ status: 'done', version: 2 });
    expect(await restoreWith(cn, commitmentHandler, v1)).toMatchObject({ status: 'skipped' });
  });

  it('restore a clearance only when its readout is here, and a withdrawal only over a row the backup holds', async () => {
    const m = await usMeeting('A TLP:CLEAR meeting');
    const text = await draftReadout(usKeeper(), readoutOf(m.id, null, 'en'));
    await clearReadout(usSupervisor(), text.id, 1);
    const [clearance] = await us.database.db.select({ id: readoutClearances.id }).from(readoutClearances).where(eq(readoutClearances.readoutId, text.id));
    const cleared = await newest(us, CLEARANCE_KIND, clearance?.id ?? '');
    const data = cleared.body.op === 'upsert' ? cleared.body.data : {};
    expect(await restoreWith(us, clearanceHandler, { ...cleared, body: { op: 'upsert', data: { ...data, readoutId: newId() } } })).toMatchObject({ status: 'skipped', detail: expect.stringContaining('not on this node') });
    expect(await restoreWith(us, readoutHandler, await newest(us, READOUT_KIND, text.id))).toMatchObject({ status: 'restored', reference: text.reference });
    expect((await getReadout(usKeeper(), text.id)).status).toBe('cleared');
    const withdrawal = { ...cleared, kind: MEETING_KIND, recordId: newId(), body: { op: 'withdraw' as const, reason: 'withdrawn' as const, withdrawnBy: 'us.person' } };
    expect(await restoreWith(us, meetingHandler, withdrawal)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('a withdrawal carries no content') });
  });
});
