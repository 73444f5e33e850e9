import { describe, expect, it } from 'vitest';
import { editWrites, emptyReadoutDraft, hasTranslation, jointChoices, missingReadoutFields, readoutDraftToEdit, readoutDraftToInput, translationToInput, draftFromReadout, type ReadoutDraft } from './readout-draft';
import type { Readout, ReadoutSummary } from './readout-types';

const MEETING = '0190f5c2-7c1e-7a00-8000-000000000001';
const JOINT = '0190f5c2-7c1e-7a00-8000-00000000000j';

const filled = (): ReadoutDraft => ({
  ...emptyReadoutDraft(MEETING, 'en'),
  original: { title: ' Readout of the ministerial meeting ', body: 'The Secretary met the Minister.\n\nThey agreed to launch a working group.  ' },
  links: { incidents: ['us-inc-2024-000042 '], notifications: [], cases: [], requests: [] },
});

const readout = (over: Partial<Readout> = {}): Readout =>
  ({ id: 'r1', meetingId: MEETING, kind: 'own', jointId: null, language: 'en', version: 3, title: 'Readout of the ministerial meeting', body: 'The Secretary met the Minister.\n\nThey agreed to launch a working group.', translation: { title: '部长级会议纪要', body: '双方同意成立工作组。', by: 'person', byName: 'S', sourceHash: 'h', at: '2024-01-11T10:00:00Z' }, stale: false, links: { incidents: ['US-INC-2024-000042'], notifications: [], cases: [], requests: [] }, ...over }) as Readout;

describe('the readout editor', () => {
  it('asks for the original, and for a translation whole or not at all', () => {
    expect(missingReadoutFields(emptyReadoutDraft('', 'zh'))).toEqual(['meetingId', 'title', 'body']);
    expect(missingReadoutFields(filled())).toEqual([]);
    expect(missingReadoutFields({ ...filled(), translation: { title: '纪要', body: ' ', by: 'person' } })).toEqual(['translation/body']);
    expect(missingReadoutFields({ ...filled(), translation: { title: '', body: '正文', by: 'machine' } })).toEqual(['translation/title']);
  });

  it('sends the original trimmed with its paragraphs, references as the node writes them, and a joint id only for a joint text', () => {
    const input = readoutDraftToInput({ ...filled(), jointId: JOINT });
    expect(input).toEqual({ meetingId: MEETING, kind: 'own', jointId: null, language: 'en', title: 'Readout of the ministerial meeting', body: 'The Secretary met the Minister.\n\nThey agreed to launch a working group.', links: { incidents: ['US-INC-2024-000042'], notifications: [], cases: [], requests: [] } });
    expect(readoutDraftToInput({ ...filled(), kind: 'joint', jointId: JOINT }).jointId).toBe(JOINT);
    expect(readoutDraftToEdit(filled(), 3)).toEqual({ title: input.title, body: input.body, links: input.links, version: 3 });
    const d = { ...filled(), translation: { title: ' 纪要 ', body: '正文', by: 'machine' as const } };
    expect(hasTranslation(d)).toBe(true);
    expect(translationToInput(d, 4)).toEqual({ title: '纪要', body: '正文', by: 'machine', version: 4 });
  });

  it('writes only what changed on an edit, and leaves a stale translation stale unless its author confirms it', () => {
    const r = readout();
    const same = draftFromReadout(r);
    expect(editWrites(same, r)).toEqual({ original: false, translation: false });
    expect(editWrites({ ...same, original: { ...same.original, body: 'Changed.' } }, r)).toEqual({ original: true, translation: false });
    expect(editWrites({ ...same, translation: { ...same.translation, by: 'machine' } }, r)).toEqual({ original: false, translation: true });
    expect(editWrites({ ...same, isTranslationConfirmed: true }, readout({ stale: true }))).toEqual({ original: false, translation: true });
    expect(editWrites({ ...same, links: { ...same.links, cases: ['US-CASE-2024-000001'] } }, r).original).toBe(true);
  });

  it("offers to join another party's joint readout of the meeting only while this party has no text of it", () => {
    const s = (over: Partial<ReadoutSummary>): ReadoutSummary => ({ id: 'x', reference: 'CN-RO-2024-000001', originParty: 'CN', kind: 'joint', jointId: JOINT, status: 'draft', title: '联合纪要', language: 'zh', ...over }) as ReadoutSummary;
    expect(jointChoices([s({}), s({ id: 'y', kind: 'own', jointId: null })], 'US')).toEqual([{ jointId: JOINT, party: 'CN', reference: 'CN-RO-2024-000001', title: '联合纪要', language: 'zh' }]);
    expect(jointChoices([s({}), s({ id: 'z', originParty: 'US' })], 'US')).toEqual([]);
    expect(jointChoices([s({ status: 'withdrawn' })], 'US')).toEqual([]);
  });
});
