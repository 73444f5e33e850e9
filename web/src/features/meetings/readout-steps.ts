// The clearance steps of a readout as the stepper shows them: drafted → cleared by its drafting party → (a joint
// readout) cleared by each other party for its own text → released, each with who and when where the node knows
// it. A step is done only for the current version: an edit after clearance sends the readout back to its clearance
// step, and a public page still showing an earlier version says so. Pure.
import type { Readout } from './readout-types';

export type StepKey = 'drafted' | 'cleared' | 'partner' | 'released';
export type StepNote = 'noPartnerText' | 'partnerNotCleared' | 'earlierVersionPublic' | 'clearedEarlierVersion' | null;
/** Who did a step: a person by name, or another party's supervisor by role and agency (said in the reader's language). */
export type ByWhom = { name: string } | { supervisorOf: string | null };
export type ClearanceStep = { key: StepKey; party: string; isDone: boolean; by: ByWhom | null; at: string | Date | null; note: StepNote };

type ClearanceOf = Readout['clearances'][number];
const byOf = (c: ClearanceOf): ByWhom => (c.clearedByTitle ? { supervisorOf: c.clearedByTitle.agency } : { name: c.clearedByName });

type StepsOf = Pick<Readout, 'id' | 'kind' | 'originParty' | 'createdByName' | 'createdAt' | 'status' | 'clearances' | 'partners' | 'release'>;

/** The drafting party's clearance of the current version, or the newest of an earlier one (to say so). */
function ownClearance(r: StepsOf): ClearanceStep {
  const mine = r.clearances.filter((c) => c.readoutId === r.id && c.party === r.originParty);
  const current = mine.find((c) => c.current);
  if (current) return { key: 'cleared', party: r.originParty, isDone: true, by: byOf(current), at: current.at, note: null };
  return { key: 'cleared', party: r.originParty, isDone: false, by: null, at: null, note: mine.length > 0 ? 'clearedEarlierVersion' : null };
}

/** Each other party's clearance of its own text of a joint readout. */
function partnerSteps(r: StepsOf, meetingParties: readonly string[]): ClearanceStep[] {
  const others = [...new Set([...meetingParties.filter((p) => p !== r.originParty), ...r.partners.map((p) => p.party)])].sort();
  return others.map((party) => {
    const text = r.partners.find((p) => p.party === party);
    if (!text) return { key: 'partner', party, isDone: false, by: null, at: null, note: 'noPartnerText' };
    const clearance = r.clearances.find((c) => c.readoutId === text.id && c.party === party && c.current);
    if (!text.cleared) return { key: 'partner', party, isDone: false, by: null, at: null, note: 'partnerNotCleared' };
    return { key: 'partner', party, isDone: true, by: clearance ? byOf(clearance) : null, at: clearance?.at ?? null, note: null };
  });
}

function releasedStep(r: StepsOf): ClearanceStep {
  const release = r.release;
  if (!release) return { key: 'released', party: r.originParty, isDone: false, by: null, at: null, note: null };
  return { key: 'released', party: r.originParty, isDone: release.current, by: null, at: release.releasedAt, note: release.current ? null : 'earlierVersionPublic' };
}

/** The steps in order; `meetingParties` names who else writes a joint readout's texts (none known: its partners). */
export function clearanceSteps(r: StepsOf, meetingParties: readonly string[] = []): ClearanceStep[] {
  const drafted: ClearanceStep = { key: 'drafted', party: r.originParty, isDone: true, by: { name: r.createdByName }, at: r.createdAt, note: null };
  const partners = r.kind === 'joint' ? partnerSteps(r, meetingParties) : [];
  return [drafted, ownClearance(r), ...partners, releasedStep(r)];
}

/** The stepper's active step: the first not done (all done: one past the last). */
export function activeStep(steps: readonly ClearanceStep[]): number {
  const index = steps.findIndex((s) => !s.isDone);
  return index === -1 ? steps.length : index;
}
