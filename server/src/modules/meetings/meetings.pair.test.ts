// A meeting between two real nodes over loopback (issue 17): the US records a meeting naming CN, which CN's node
// receives and shows; each party saves its own part, and after delivery both nodes show both parts, each editable
// only on its own party's node. CN cannot change the US meeting (403 wrong-party), and a part CN forges as the US's
// is refused on the US node, as are meetings in another party's series or not naming the receiver. A new version
// reaches CN; the US withdraws the meeting and CN's copy, with both parts, is gone.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ITEM_PRECURSORS, ITEM_SHARING, createMeetingIn, meetingFields, meetingInput, partInput, putOwnPart, savePartIn } from '../../../test/meetings.js';
import { problemType } from '../../../test/node.js';
import { requestPair } from '../../../test/request-steps.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { inbox, publish } from '../exchange/index.js';
import { MEETING_KIND, MEETING_PART_KIND } from './kinds.js';
import { getMeeting } from './meeting-queries.js';
import { updateMeeting, withdrawMeeting } from './meetings.js';
import { meetingParts, meetings } from './tables.js';

const { us, cn, clock, usAgency, cnAgency, person } = await requestPair();
const usKeeper = await person(us, ['secretariat']);
const cnKeeper = await person(cn, ['secretariat']);
const cnViewer = await person(cn, ['viewer']);

/** Both ways, twice: whatever one side sent in answer to the other has arrived. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await us.deliver();
    await cn.deliver();
  }
}

const receipt = async (node: typeof us, recordId: string) =>
  (await node.database.db.select({ status: inbox.status, detail: inbox.detail }).from(inbox).where(eq(inbox.recordId, recordId)))[0];

describe('a meeting between two nodes', () => {
  it('is received by the party it names, co-kept part by part, and gone there once withdrawn', async () => {
    const { id, reference } = await createMeetingIn(usKeeper.ctx, { title: 'Working group: senior officials', agenda: meetingInput().agenda });
    await settle();
    const there = await getMeeting(cnViewer.ctx, id);
    expect(there).toMatchObject({ reference, originParty: 'US', parties: ['CN', 'US'], version: 1, parts: [], allowedActions: [] });
    expect(there.startsLocal).toEqual({ place: '2026-03-10 10:00 America/New_York', node: '2026-03-10 22:00 Asia/Shanghai' });
    expect((await getMeeting(cnKeeper.ctx, id)).allowedActions).toEqual(['edit-part']);

    await savePartIn(cnKeeper.ctx, id, cnAgency.id, { language: 'zh', attendance: [{ title: '公安部禁毒局局长', agencyId: cnAgency.id, principal: true }], notes: [{ itemId: ITEM_SHARING, text: '双方同意每季度交换查获信息。' }], decisions: [] });
    await savePartIn(usKeeper.ctx, id, usAgency.id);
    await settle();
    for (const [node, ctx, self, other] of [[us, usKeeper.ctx, 'US', 'CN'], [cn, cnKeeper.ctx, 'CN', 'US']] as const) {
      const m = await getMeeting(ctx, id);
      expect(m.parts.map((p) => [p.party, p.own, p.mayEdit, p.version]), node.party).toEqual([[self, true, true, 1], [other, false, false, 1]]);
      expect(m.agenda.find((a) => a.id === ITEM_SHARING)?.notes).toEqual([{ party: 'CN', language: 'zh', text: '双方同意每季度交换查获信息。' }]);
      expect(m.agenda.find((a) => a.id === ITEM_PRECURSORS)?.notes.map((n) => n.party)).toEqual(['US']);
      expect(m.parts.find((p) => p.party === 'CN')?.attendance[0]).toMatchObject({ title: '公安部禁毒局局长', agency: { acronym: 'NNCC-IC' }, principal: true });
    }

    // A second version of a part replaces the first on the other node.
    await savePartIn(cnKeeper.ctx, id, cnAgency.id, { language: 'zh', notes: [], decisions: [{ itemId: null, text: '下次会议于七月举行。' }] }, 1);
    await settle();
    expect((await getMeeting(usKeeper.ctx, id)).decisions.filter((d) => d.party === 'CN').map((d) => d.text)).toEqual(['下次会议于七月举行。']);

    // CN changes neither the meeting nor, through it, anything of the US.
    const headers = await cnKeeper.login();
    const put = await cn.app.inject({ method: 'PUT', url: `/api/v1/meetings/${id}`, headers, payload: { ...meetingInput({ parties: ['US'] }), version: 1 } });
    expect([put.statusCode, problemType(put)]).toEqual([403, 'wrong-party']);
    const withdraw = await cn.app.inject({ method: 'POST', url: `/api/v1/meetings/${id}/withdraw`, headers, payload: {} });
    expect([withdraw.statusCode, problemType(withdraw)]).toEqual([403, 'wrong-party']);
    expect((await putOwnPart(cn.app, headers, id, partInput(cnAgency.id), 2)).parts[0]).toMatchObject({ party: 'CN', version: 3 });

    clock.set(new Date('2026-03-03T09:00:00Z'));
    await updateMeeting(usKeeper.ctx, id, meetingFields({ status: 'held', title: 'Working group: senior officials (held)' }), 1);
    await settle();
    expect(await getMeeting(cnViewer.ctx, id)).toMatchObject({ version: 2, status: 'held', title: 'Working group: senior officials (held)' });

    await withdrawMeeting(usKeeper.ctx, id, 'recorded under the wrong level');
    await settle();
    expect(await cn.database.db.select().from(meetings).where(eq(meetings.id, id))).toEqual([]);
    expect(await cn.database.db.select().from(meetingParts).where(eq(meetingParts.meetingId, id))).toEqual([]);
    await expect(getMeeting(cnViewer.ctx, id)).rejects.toMatchObject({ status: 404 });
    expect(await getMeeting(usKeeper.ctx, id)).toMatchObject({ status: 'withdrawn', version: 3, allowedActions: [] });
  });

  it("refuses on the US node a part CN forges as the US's", async () => {
    const { id, reference } = await createMeetingIn(usKeeper.ctx);
    await settle();
    const forged = newId();
    const data = {
      meetingId: id, meetingReference: reference, party: 'US', language: 'en', attendance: [], notes: [{ itemId: ITEM_PRECURSORS, text: 'The US agrees to everything.' }], decisions: [],
      updatedByName: 'Someone', updatedAt: clock.now().toISOString(),
    };
    await withTx(cn.ctx(), (tx) => publish(tx, cn.ctx(), { kind: MEETING_PART_KIND, recordId: forged, recordVersion: 1, originParty: 'CN', data, releasableTo: ['US'], by: 'forger' }));
    await settle();
    expect(await receipt(us, forged)).toMatchObject({ status: 'rejected', detail: expect.stringContaining("CN cannot send US's part") });
    expect(await us.database.db.select().from(meetingParts).where(and(eq(meetingParts.meetingId, id), eq(meetingParts.id, forged)))).toEqual([]);

    // The same part sent as CN's own, for a meeting the US does not hold: refused too, with a clear reason.
    const stray = newId();
    await withTx(cn.ctx(), (tx) => publish(tx, cn.ctx(), { kind: MEETING_PART_KIND, recordId: stray, recordVersion: 1, originParty: 'CN', data: { ...data, party: 'CN', meetingId: newId() }, releasableTo: ['US'], by: 'cn' }));
    await settle();
    expect(await receipt(us, stray)).toMatchObject({ status: 'rejected', detail: expect.stringContaining('no meeting') });
  });

  it("refuses a meeting in another party's series, or one not naming the receiver", async () => {
    const wire = (over: Record<string, unknown>) => ({
      ...meetingInput(), agenda: [], links: { incidents: [], notifications: [], cases: [], requests: [] }, parties: ['CN', 'US'], reference: 'CN-MTG-2026-000777',
      createdByName: 'x', createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString(), ...over,
    });
    const send = async (data: Record<string, unknown>) => {
      const recordId = newId();
      await withTx(cn.ctx(), (tx) => publish(tx, cn.ctx(), { kind: MEETING_KIND, recordId, recordVersion: 1, originParty: 'CN', data, releasableTo: ['US'], by: 'cn' }));
      await settle();
      return receipt(us, recordId);
    };
    expect(await send(wire({ reference: 'US-MTG-2026-000001' }))).toMatchObject({ status: 'rejected', detail: 'a meeting reference of CN reads CN-MTG-YYYY-NNNNNN' });
    expect(await send(wire({ parties: ['CN', 'GB'] }))).toMatchObject({ status: 'rejected', detail: 'the meeting does not name US' });
    expect(await send(wire({ timeZone: 'Nowhere/Land' }))).toMatchObject({ status: 'rejected' });
    expect(await send(wire({}))).toMatchObject({ status: 'applied' });
  });
});
