import { describe, expect, it } from 'vitest';
import { checkPartDraft, editorPathOf, emptyAttendee, emptyDecision, partDraftFrom, partDraftToInput, WHOLE_MEETING, type PartDraft } from './part-draft';
import type { PartView } from './types';

const ITEM_A = '7a1c0000-0000-4000-8000-000000000001';
const ITEM_B = '7a1c0000-0000-4000-8000-000000000002';
const GONE = '7a1c0000-0000-4000-8000-0000000000ff';
const agenda = [{ id: ITEM_A }, { id: ITEM_B }];
const agencies = [
  { id: 'agency-dhs', acronym: 'DHS' },
  { id: 'agency-dea', acronym: 'DEA' },
];

const filled = (): PartDraft => ({
  language: 'en',
  attendance: [{ ...emptyAttendee('agency-dhs'), title: ' Secretary of Homeland Security ', principal: true }],
  notes: { [ITEM_A]: ' Both sides reviewed the list. ', [ITEM_B]: '   ' },
  decisions: [{ ...emptyDecision(ITEM_A), text: ' Exchange lists every quarter. ' }],
});

describe("this party's part of a meeting", () => {
  it('sends trimmed rows, notes only where there are words, the version it replaces', () => {
    expect(partDraftToInput(filled(), agenda, 0)).toEqual({
      language: 'en',
      attendance: [{ title: 'Secretary of Homeland Security', agencyId: 'agency-dhs', principal: true, name: null, userId: null, contactId: null }],
      notes: [{ itemId: ITEM_A, text: 'Both sides reviewed the list.' }],
      decisions: [{ id: null, itemId: ITEM_A, text: 'Exchange lists every quarter.' }],
      version: 0,
    });
  });

  it('leaves blank rows out, and sends a decision on an item no longer on the agenda as one on the whole meeting', () => {
    const d = { ...filled(), attendance: [emptyAttendee('agency-dea'), ...filled().attendance], notes: { [GONE]: 'an old note' }, decisions: [{ ...emptyDecision(GONE), text: 'kept' }, emptyDecision()] };
    const input = partDraftToInput(d, agenda, 3);
    expect(input.attendance).toHaveLength(1);
    expect(input.notes).toEqual([]);
    expect(input.decisions).toEqual([{ id: null, itemId: null, text: 'kept' }]);
    expect(input.version).toBe(3);
  });

  it('asks for the title and agency of every row that has anything in it', () => {
    const named = { ...emptyAttendee(), name: 'A. N. Other' };
    const d = { ...filled(), attendance: [emptyAttendee(), named] };
    expect(checkPartDraft(filled())).toEqual({});
    expect(checkPartDraft(d)).toEqual({ [`attendance/${named.key}/title`]: 'attendeeTitle', [`attendance/${named.key}/agencyId`]: 'attendeeAgency' });
  });

  it('starts from the saved part, agencies found again by acronym, and gives the same input back', () => {
    const saved: PartView = {
      id: 'p1', party: 'US', own: true, mayEdit: true, version: 2, language: 'zh', updatedByName: 'x', updatedAt: '2026-03-10T00:00:00Z',
      attendance: [{ title: '署长', agency: { acronym: 'DEA', nameEn: 'Drug Enforcement Administration', nameZh: '缉毒局' }, principal: false, name: '王某', userId: null, contactId: 'c1' }],
      notes: [{ itemId: ITEM_B, text: '双方交换了意见。' }],
      decisions: [{ id: 'd1', itemId: null, text: '每季度交换清单。' }],
    };
    const d = partDraftFrom(saved, agencies, 'en');
    expect(d.language).toBe('zh');
    expect(d.attendance[0]?.agencyId).toBe('agency-dea');
    expect(d.decisions[0]?.itemId).toBe(WHOLE_MEETING);
    expect(partDraftToInput(d, agenda, saved.version)).toEqual({
      language: 'zh',
      attendance: [{ title: '署长', agencyId: 'agency-dea', principal: false, name: '王某', userId: null, contactId: 'c1' }],
      notes: [{ itemId: ITEM_B, text: '双方交换了意见。' }],
      decisions: [{ id: 'd1', itemId: null, text: '每季度交换清单。' }],
      version: 2,
    });
    expect(partDraftFrom(null, agencies, 'zh')).toEqual({ language: 'zh', attendance: [], notes: {}, decisions: [] });
  });

  it("places the node's issues on the editor's rows, counting only the rows that were sent", () => {
    const blank = emptyAttendee();
    const second = { ...emptyAttendee('agency-dea'), title: 'Administrator' };
    const d: PartDraft = { ...filled(), attendance: [blank, ...filled().attendance, second], decisions: [emptyDecision(), ...filled().decisions] };
    expect(editorPathOf('body/attendance/1/agencyId', d, agenda)).toBe(`attendance/${second.key}/agencyId`);
    expect(editorPathOf('body/decisions/0/itemId', d, agenda)).toBe(`decisions/${d.decisions[1]?.key ?? ''}/itemId`);
    expect(editorPathOf('body/notes/0/itemId', d, agenda)).toBe(`notes/${ITEM_A}`);
    expect(editorPathOf('body/attendance/5/title', d, agenda)).toBeNull();
    expect(editorPathOf('body/language', d, agenda)).toBeNull();
  });
});
