// A joint readout between two real nodes over loopback (issue 17): the US drafts its text of a joint readout of a
// TLP:CLEAR meeting it convened with CN; CN's node receives it and CN drafts its own text under the joint id; the US
// clears its text but may not release until CN has cleared its own; once CN's clearance arrives each node releases the
// joint readout on its own public table, holding both texts, its own first. Each text is edited only on its own
// party's node; a clearance CN forges for the US text, or in the US's name, is refused on the US node; an edit on one
// side leaves the other's public snapshot alone but needs clearing again; a withdrawn text is purged on the other
// node and takes the joint release there off the public table — also when the purge and a release run at once. One
// party has one live text under a joint id: a second is refused on receipt and when drafted (two drafts at once too),
// and a release needs the clearance of every text held.
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMeetingIn } from '../../../test/meetings.js';
import { requestPair } from '../../../test/request-steps.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Envelope, UpsertEnvelope } from '../exchange/index.js';
import { CLEARANCE_KIND, READOUT_KIND } from './kinds.js';
import { clearReadout } from './readout-clearance.js';
import { getReadout } from './readout-queries.js';
import { releaseReadout, unclearedParties } from './readout-release.js';
import { draftReadout, editReadout, withdrawReadout } from './readouts.js';
import { withdrawMeeting } from './meetings.js';
import { clearanceHandler, readoutHandler } from './receive-readouts.js';
import { readoutClearances, readoutReleases, readouts } from './tables.js';

const { us, cn, clock, person } = await requestPair();
const usKeeper = await person(us, ['secretariat']);
const usSupervisor = await person(us, ['supervisor']);
const cnKeeper = await person(cn, ['secretariat']);
const cnSupervisor = await person(cn, ['supervisor']);
const NO_LINKS = { incidents: [], notifications: [], cases: [], requests: [] };

/** Both ways, twice: whatever one side sent in answer to the other has arrived. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await us.deliver();
    await cn.deliver();
  }
}

/** Until the release waits on a row lock (PostgreSQL) or has ended; PGlite runs one transaction at a time, so a moment. */
async function blockedOrDone(p: Promise<unknown>): Promise<void> {
  let done = false;
  p.then(() => (done = true), () => (done = true));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  if (us.database.kind !== 'postgres') return void (await pause(200));
  for (let i = 0; i < 400 && !done; i++) {
    const waiting = await us.database.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if ((waiting as { rows: { n: number }[] }).rows[0]?.n) return;
    await pause(25);
  }
}

const release = async (node: typeof us, id: string) => (await node.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, id)))[0];
const held = async (node: typeof us, id: string) => (await node.database.db.select().from(readouts).where(eq(readouts.id, id)))[0];

/** A TLP:CLEAR US meeting naming CN, received by CN, and the US text of a joint readout of it, received by CN. */
async function usJointText() {
  const meeting = await createMeetingIn(usKeeper.ctx, { title: 'Working group: senior officials', handling: 'TLP:CLEAR' });
  await settle();
  const usText = await draftReadout(usKeeper.ctx, { meetingId: meeting.id, kind: 'joint', jointId: null, language: 'en', title: 'Joint readout: senior officials meeting', body: 'The two sides agreed to exchange precursor lists every quarter.', links: NO_LINKS });
  await settle();
  const { jointId } = await getReadout(cnKeeper.ctx, usText.id);
  return { meeting, usText, jointId };
}
const cnInput = (meetingId: string, jointId: string | null) => ({ meetingId, kind: 'joint' as const, jointId, language: 'zh' as const, title: '联合纪要：高官会议', body: '双方同意每季度交换前体清单。', links: NO_LINKS });

/** usJointText, and CN's text under its joint id, received by the US. */
async function jointReadout() {
  const { meeting, usText, jointId } = await usJointText();
  const cnText = await draftReadout(cnKeeper.ctx, cnInput(meeting.id, jointId));
  await settle();
  return { meeting, usText, cnText, jointId };
}

/** Both texts cleared, each clearance received by the other node. */
async function clearedJoint() {
  const joint = await jointReadout();
  await clearReadout(usSupervisor.ctx, joint.usText.id, 1);
  await clearReadout(cnSupervisor.ctx, joint.cnText.id, 1);
  await settle();
  return joint;
}

describe('a joint readout between two nodes', () => {
  it('is released on each node once both parties cleared their own text, holding both texts', async () => {
    const { usText, cnText, jointId } = await jointReadout();
    expect(await getReadout(cnKeeper.ctx, usText.id)).toMatchObject({ originParty: 'US', kind: 'joint', status: 'draft', allowed: [], partners: [{ id: cnText.id, party: 'CN', cleared: false }] });
    expect((await held(us, cnText.id))?.jointId).toBe(jointId);

    await clearReadout(usSupervisor.ctx, usText.id, 1);
    await settle();
    await expect(releaseReadout(usKeeper.ctx, usText.id)).rejects.toMatchObject({ status: 409, type: 'readout-joint-not-cleared', message: expect.stringContaining('CN') });
    const onCn = await getReadout(cnKeeper.ctx, cnText.id);
    expect(onCn.partners).toEqual([expect.objectContaining({ party: 'US', cleared: true })]);
    // The US supervisor reaches CN by role and agency, never by name, for CN's page to say in Chinese.
    const usClearance = onCn.clearances.find((c) => c.party === 'US');
    expect(usClearance?.clearedByTitle).toEqual({ role: 'supervisor', agency: expect.stringMatching(/^[A-Z-]+$/) });
    expect((await getReadout(usKeeper.ctx, usText.id)).clearances.find((c) => c.party === 'US')?.clearedByTitle).toBeNull();
    await expect(releaseReadout(cnKeeper.ctx, cnText.id)).rejects.toMatchObject({ status: 409, type: 'readout-not-cleared' });

    await clearReadout(cnSupervisor.ctx, cnText.id, 1);
    await settle();
    expect((await getReadout(usKeeper.ctx, usText.id)).allowed).toContain('release');
    await releaseReadout(usKeeper.ctx, usText.id);
    await releaseReadout(cnKeeper.ctx, cnText.id);
    const [here, there] = [await release(us, usText.id), await release(cn, cnText.id)];
    expect(here).toMatchObject({ party: 'US', kind: 'joint', version: 1, meetingTitle: 'Working group: senior officials' });
    expect(here?.texts.map((t) => [t.party, t.language, t.title])).toEqual([['US', 'en', 'Joint readout: senior officials meeting'], ['CN', 'zh', '联合纪要：高官会议']]);
    expect(there?.texts.map((t) => [t.party, t.language, t.body])).toEqual([['CN', 'zh', '双方同意每季度交换前体清单。'], ['US', 'en', 'The two sides agreed to exchange precursor lists every quarter.']]);
    // A release on one node is that node's alone: nothing of it travels.
    expect(await release(cn, usText.id)).toBeUndefined();
    expect(await release(us, cnText.id)).toBeUndefined();

    // Each text is changed on its own party's node only.
    await expect(editReadout(cnKeeper.ctx, usText.id, { title: 'x', body: 'y', links: NO_LINKS }, 1)).rejects.toMatchObject({ status: 403, type: 'wrong-party' });
    await expect(clearReadout(cnSupervisor.ctx, usText.id, 1)).rejects.toMatchObject({ status: 403, type: 'wrong-party' });

    // A US edit reaches CN as a new version that needs clearing again; CN's public snapshot stays as it was released.
    clock.advance(60_000);
    await editReadout(usKeeper.ctx, usText.id, { title: 'Joint readout: senior officials meeting', body: 'The two sides agreed to exchange precursor lists every month.', links: NO_LINKS }, 1);
    await settle();
    expect(await held(cn, usText.id)).toMatchObject({ version: 2, status: 'draft' });
    expect((await release(cn, cnText.id))?.texts[1]?.body).toBe('The two sides agreed to exchange precursor lists every quarter.');
    await expect(releaseReadout(cnKeeper.ctx, cnText.id)).rejects.toMatchObject({ status: 409, type: 'readout-joint-not-cleared', message: expect.stringContaining('US') });

    // The US withdraws its text: CN purges it with its clearances, and the joint release comes off CN's public table.
    await withdrawReadout(usKeeper.ctx, usText.id, 'Superseded.');
    await settle();
    expect(await held(cn, usText.id)).toBeUndefined();
    expect(await cn.database.db.select().from(readoutClearances).where(eq(readoutClearances.readoutId, usText.id))).toEqual([]);
    expect(await release(cn, cnText.id)).toBeUndefined();
    expect(await held(cn, cnText.id)).toMatchObject({ status: 'cleared' });
    expect(await release(us, usText.id)).toBeUndefined();
  });

  it('lets the other party draft only one text under a joint id it received', async () => {
    const { meeting, jointId } = await jointReadout();
    const again = draftReadout(cnKeeper.ctx, { meetingId: meeting.id, kind: 'joint', jointId, language: 'zh', title: '第二份', body: '重复。', links: NO_LINKS });
    await expect(again).rejects.toMatchObject({ status: 422, errors: [expect.objectContaining({ code: 'joint-text-exists' })] });
  });

  it('refuses the second of two texts one party drafts at once under a joint id', async () => {
    const { meeting, jointId } = await usJointText();
    const both = await Promise.allSettled([draftReadout(cnKeeper.ctx, cnInput(meeting.id, jointId)), draftReadout(cnKeeper.ctx, { ...cnInput(meeting.id, jointId), title: '第二份' })]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(both.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 422, errors: [expect.objectContaining({ path: 'body/jointId', code: 'joint-text-exists' })] } });
    expect(await cn.database.db.select({ id: readouts.id }).from(readouts).where(eq(readouts.jointId, jointId ?? ''))).toHaveLength(2);
  });

  it('needs the clearance of every text a party has under the joint id, not of one of them', async () => {
    const { cnText } = await clearedJoint();
    const cleared = await held(us, cnText.id);
    if (!cleared) throw new Error('CN text not received');
    const parties = ['US', 'CN'];
    expect(await unclearedParties(us.database.db, 'US', { parties }, [cleared])).toEqual([]);
    expect(await unclearedParties(us.database.db, 'US', { parties }, [cleared, { ...cleared, id: newId(), reference: 'CN-RO-2026-000999' }])).toEqual(['CN']);
  });

  it('never releases a partner text withdrawn while the release runs', async () => {
    const { usText, cnText } = await clearedJoint();
    const withdrawal: Envelope = {
      v: 1, id: newId(), from: 'CN', to: 'US', seq: 1, prev: '0'.repeat(64), kind: READOUT_KIND, recordId: cnText.id, recordVersion: 2, sentAt: clock.now().toISOString(),
      body: { op: 'withdraw', reason: 'withdrawn', withdrawnBy: 'cn.person' },
    };
    // The purge of CN's text holds its transaction open while the US releases the joint readout.
    let commit!: () => void;
    let purged!: () => void;
    const [gate, started] = [new Promise<void>((r) => (commit = r)), new Promise<void>((r) => (purged = r))];
    const purge = withTx(us.ctx(), async (tx) => {
      await readoutHandler.purge(tx, us.ctx(), withdrawal);
      purged();
      await gate;
    });
    await started;
    const releasing = releaseReadout(usKeeper.ctx, usText.id);
    const outcome = Promise.allSettled([releasing]);
    await blockedOrDone(releasing);
    commit();
    await purge;
    const [released] = await outcome;
    // Refused either way: in its transaction (the text went while it waited) or, where transactions run one at a
    // time (PGlite), at its first check (the text was gone already).
    expect(released).toMatchObject({ status: 'rejected', reason: { status: 409, type: expect.stringMatching(/^(version-conflict|readout-joint-not-cleared)$/) } });
    expect(await release(us, usText.id)).toBeUndefined();
    expect(await held(us, cnText.id)).toBeUndefined();
  });

  it('takes a withdrawn meeting’s readouts off both public tables', async () => {
    const { meeting, usText, cnText } = await clearedJoint();
    await releaseReadout(usKeeper.ctx, usText.id);
    await releaseReadout(cnKeeper.ctx, cnText.id);
    expect(await release(cn, cnText.id)).toBeDefined();
    await withdrawMeeting(usKeeper.ctx, meeting.id, 'recorded twice');
    expect(await release(us, usText.id)).toBeUndefined();
    expect((await held(us, usText.id))?.status).toBe('withdrawn');
    await settle();
    expect(await release(cn, cnText.id)).toBeUndefined();
    expect(await cn.database.db.select().from(readoutClearances).where(inArray(readoutClearances.readoutId, [usText.id, cnText.id]))).toEqual([]);
  });
});

describe('records refused on receipt', () => {
  const envelope = (kind: string, from: string, data: Record<string, unknown>, recordId = newId()): UpsertEnvelope => ({
    v: 1, id: newId(), from, to: 'US', seq: 1, prev: '0'.repeat(64), kind, recordId, recordVersion: 1, sentAt: clock.now().toISOString(), body: { op: 'upsert', data },
  });
  const apply = (handler: typeof clearanceHandler, env: UpsertEnvelope) => withTx(us.ctx(), (tx) => handler.apply(tx, us.ctx(), env));

  it('refuses a clearance CN forges for the US text, or sends in the US’s name', async () => {
    const { usText } = await jointReadout();
    const forged = { readoutId: usText.id, readoutReference: usText.reference, version: 1, party: 'CN', clearedBy: 'Supervisor', at: clock.now().toISOString() };
    expect(await apply(clearanceHandler, envelope(CLEARANCE_KIND, 'CN', forged))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('only its own text') });
    expect(await apply(clearanceHandler, envelope(CLEARANCE_KIND, 'CN', { ...forged, party: 'US' }))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('its own clearances') });
    expect(await us.database.db.select().from(readoutClearances).where(eq(readoutClearances.readoutId, usText.id))).toEqual([]);
    expect((await getReadout(usKeeper.ctx, usText.id)).status).toBe('draft');
  });

  it('refuses a joint text in another party’s series, an own readout, and one of a meeting not held here', async () => {
    const { meeting, jointId } = await jointReadout();
    const wire = {
      reference: 'CN-RO-2026-000777', meetingId: meeting.id, kind: 'joint', jointId, language: 'zh', title: '标题', body: '正文', translation: null, links: NO_LINKS,
      createdByName: 'x', versionByName: 'x', createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString(),
    };
    expect(await apply(readoutHandler, envelope(READOUT_KIND, 'CN', { ...wire, reference: 'US-RO-2026-000777' }))).toMatchObject({ status: 'rejected', detail: 'a readout of CN reads CN-RO-YYYY-NNNNNN' });
    expect(await apply(readoutHandler, envelope(READOUT_KIND, 'CN', { ...wire, kind: 'own' }))).toMatchObject({ status: 'rejected' });
    expect(await apply(readoutHandler, envelope(READOUT_KIND, 'CN', { ...wire, meetingId: newId() }))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('held on this node') });
    const fresh = { ...wire, jointId: newId() };
    expect(await apply(readoutHandler, envelope(READOUT_KIND, 'CN', fresh))).toEqual({ status: 'applied' });
  });

  it('refuses a second live text of the sender under one joint id', async () => {
    const { meeting, jointId, usText, cnText } = await jointReadout();
    const wire = {
      reference: 'CN-RO-2026-000778', meetingId: meeting.id, kind: 'joint', jointId, language: 'zh', title: '第二份', body: '正文', translation: null, links: NO_LINKS,
      createdByName: 'x', versionByName: 'x', createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString(),
    };
    const second = await apply(readoutHandler, envelope(READOUT_KIND, 'CN', wire));
    expect(second).toMatchObject({ status: 'rejected', detail: expect.stringContaining('one text per party') });
    const texts = await us.database.db.select({ id: readouts.id }).from(readouts).where(eq(readouts.jointId, jointId ?? ''));
    expect(texts.map((t) => t.id).sort()).toEqual([usText.id, cnText.id].sort());
  });
});
