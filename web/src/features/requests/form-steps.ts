// The request form's steps and which fields each holds (by the path the node names a field with), so that a
// problem opens the step where it can be fixed.
import type { RequestDraft } from './request-draft';

export const FORM_STEPS = ['recipient', 'request', 'entities', 'handling'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

const FIELDS: Record<FormStep, readonly string[]> = {
  recipient: ['caseId', 'toParty', 'toContactId', 'agencyId'],
  request: ['type', 'legalBasis', 'legalBasisOther', 'priority', 'items', 'subject', 'details', 'language'],
  entities: ['entities'],
  handling: ['handling', 'useRestrictions', 'source', 'links'],
};

export const PLACED_FIELDS = Object.values(FIELDS).flat();

/** The step index holding a field path (`items/0/code`, `body/subject`); the last step for anything else. */
export function stepOfPath(path: string): number {
  const head = path.replace(/^body\//, '').split('/')[0] ?? '';
  const at = FORM_STEPS.findIndex((s) => FIELDS[s].includes(head));
  return at < 0 ? FORM_STEPS.length - 1 : at;
}

/** What every step gets: the draft, a way to change it, the error at a field path. */
export type FormStepProps = {
  draft: RequestDraft;
  change: (patch: Partial<RequestDraft>) => void;
  errorFor: (path: string) => string | undefined;
};
