import { describe, expect, it } from 'vitest';
import { commitmentDraftToInput, commitmentDraftToUpdate, draftFromCommitment, emptyCommitmentDraft, evidenceCount, evidenceToInput, missingCommitmentFields, progressDraftFor, progressToInput } from './commitments-draft';
import type { Commitment } from './commitments-types';

const MEETING = '0190f5c2-7c1e-7a00-8000-000000000001';
const AGENCY = '0190f5c2-7c1e-7a00-8000-0000000000a1';

describe('the commitment form', () => {
  it('names every missing field, and none once filled', () => {
    const empty = emptyCommitmentDraft({ agencyId: '', language: 'en' });
    expect(missingCommitmentFields(empty)).toEqual(['meetingId', 'topic', 'text', 'agencyId', 'dueOn']);
    const full = { ...emptyCommitmentDraft({ meetingId: MEETING, agencyId: AGENCY, language: 'zh' }), topic: 'precursors', text: '  列管三种前体化学品 ', dueOn: '2024-06-30' };
    expect(missingCommitmentFields(full)).toEqual([]);
    expect(missingCommitmentFields({ ...full, text: '   ' })).toEqual(['text']);
  });

  it('sends trimmed text and evidence written as the node writes references, with the version it replaces', () => {
    const d = { ...emptyCommitmentDraft({ meetingId: MEETING, agencyId: AGENCY, language: 'en' as const }), topic: 'information-sharing', text: ' Share seizure data monthly ', dueOn: '2024-06-30', demo: true };
    d.evidence = { ...d.evidence, incidents: [' us-inc-2024-000042', 'US-INC-2024-000042', ''], requests: ['cn-req-2024-000011 '] };
    const input = commitmentDraftToInput(d);
    expect(input).toEqual({ meetingId: MEETING, topic: 'information-sharing', text: 'Share seizure data monthly', language: 'en', agencyId: AGENCY, dueOn: '2024-06-30', evidence: { incidents: ['US-INC-2024-000042'], notifications: [], cases: [], requests: ['CN-REQ-2024-000011'] }, handling: 'TLP:GREEN', demo: true });
    expect(commitmentDraftToUpdate(d, 4)).toEqual({ ...input, version: 4 });
    expect(evidenceCount(evidenceToInput(d.evidence))).toBe(2);
  });

  it('edits a commitment as it stands, and reports progress from its status with its evidence', () => {
    const c = { meetingId: MEETING, topic: 'wildlife', text: 'Joint training', language: 'zh', agencyId: AGENCY, dueOn: '2024-09-30', evidence: { incidents: [], notifications: [], cases: ['US-CASE-2024-000003'], requests: [] }, handling: 'TLP:AMBER', demo: false, status: 'open' } as unknown as Commitment;
    expect(draftFromCommitment(c)).toMatchObject({ meetingId: MEETING, language: 'zh', handling: 'TLP:AMBER', evidence: { cases: ['US-CASE-2024-000003'] } });
    const progress = progressDraftFor(c);
    expect(progress.status).toBe('open');
    expect(progressToInput({ ...progress, status: 'done', note: ' Held in Beijing ' }, 2)).toEqual({ status: 'done', note: 'Held in Beijing', evidence: { incidents: [], notifications: [], cases: ['US-CASE-2024-000003'], requests: [] }, version: 2 });
    expect(progressDraftFor({ ...c, status: 'withdrawn' }).status).toBe('in-progress');
  });
});
