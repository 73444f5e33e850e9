// A commitment's form as the keeper fills it, and a progress report as the owning agency files it: the drafts, what
// is still missing (checked before sending, the node checks again and says the rest), and the bodies the node takes
// (POST /commitments, PUT /commitments/:id with the version it replaces, POST /commitments/:id/progress). Text is
// trimmed; evidence references are written as the node writes them (upper case, no spaces, each once).
import { normaliseReferences } from '../requests/links';
import type { Commitment, CommitmentInput, CommitmentUpdateInput, Evidence, ProgressInput, ProgressStatus } from './commitments-types';

export const EVIDENCE_KINDS = ['incidents', 'notifications', 'cases', 'requests'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const PROGRESS_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const satisfies readonly ProgressStatus[];
export const isProgressStatus = (value: string | null | undefined): value is ProgressStatus => typeof value === 'string' && (PROGRESS_STATUSES as readonly string[]).includes(value);
export const COMMITMENT_HANDLINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type CommitmentHandling = (typeof COMMITMENT_HANDLINGS)[number];

export const noEvidence = (): Evidence => ({ incidents: [], notifications: [], cases: [], requests: [] });

export type CommitmentDraft = {
  meetingId: string;
  topic: string;
  text: string;
  language: 'en' | 'zh';
  agencyId: string;
  dueOn: string;
  evidence: Evidence;
  handling: CommitmentHandling;
  demo: boolean;
};

export function emptyCommitmentDraft(o: { meetingId?: string; agencyId: string; language: 'en' | 'zh' }): CommitmentDraft {
  return { meetingId: o.meetingId ?? '', topic: '', text: '', language: o.language, agencyId: o.agencyId, dueOn: '', evidence: noEvidence(), handling: 'TLP:GREEN', demo: false };
}

const asHandling = (value: string): CommitmentHandling => (COMMITMENT_HANDLINGS as readonly string[]).find((h) => h === value) as CommitmentHandling | undefined ?? 'TLP:GREEN';

/** The form of an existing commitment, to edit it (only on the owning node, which knows its agency's id). */
export function draftFromCommitment(c: Commitment): CommitmentDraft {
  return {
    meetingId: c.meetingId ?? '',
    topic: c.topic,
    text: c.text,
    language: c.language === 'zh' ? 'zh' : 'en',
    agencyId: c.agencyId ?? '',
    dueOn: c.dueOn,
    evidence: { ...noEvidence(), ...c.evidence },
    handling: asHandling(c.handling),
    demo: c.demo,
  };
}

export type CommitmentField = 'meetingId' | 'topic' | 'text' | 'agencyId' | 'dueOn';

/** What must be filled before sending, by field. */
export function missingCommitmentFields(d: CommitmentDraft): CommitmentField[] {
  const missing: CommitmentField[] = [];
  if (!d.meetingId) missing.push('meetingId');
  if (!d.topic) missing.push('topic');
  if (d.text.trim() === '') missing.push('text');
  if (!d.agencyId) missing.push('agencyId');
  if (!d.dueOn) missing.push('dueOn');
  return missing;
}

export const evidenceToInput = (e: Evidence): Evidence => ({
  incidents: normaliseReferences(e.incidents),
  notifications: normaliseReferences(e.notifications),
  cases: normaliseReferences(e.cases),
  requests: normaliseReferences(e.requests),
});

export function commitmentDraftToInput(d: CommitmentDraft): CommitmentInput {
  return { meetingId: d.meetingId, topic: d.topic, text: d.text.trim(), language: d.language, agencyId: d.agencyId, dueOn: d.dueOn, evidence: evidenceToInput(d.evidence), handling: d.handling, demo: d.demo };
}

export const commitmentDraftToUpdate = (d: CommitmentDraft, version: number): CommitmentUpdateInput => ({ ...commitmentDraftToInput(d), version });

export type ProgressDraft = { status: ProgressStatus; note: string; evidence: Evidence };

/** A progress report starts from where the commitment stands, with the evidence it already has. */
export function progressDraftFor(c: Pick<Commitment, 'status' | 'evidence'>): ProgressDraft {
  return { status: isProgressStatus(c.status) ? c.status : 'in-progress', note: '', evidence: { ...noEvidence(), ...c.evidence } };
}

export const progressToInput = (d: ProgressDraft, version: number): ProgressInput => ({ status: d.status, note: d.note.trim(), evidence: evidenceToInput(d.evidence), version });

/** How many records the evidence links, all kinds together. */
export const evidenceCount = (e: Evidence): number => EVIDENCE_KINDS.reduce((n, k) => n + e[k].length, 0);
