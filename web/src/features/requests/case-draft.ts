// The case form's working copy: every field as the officer types it, into the API's input on saving, and the checks
// that catch what is plainly missing before anything is sent (the node checks the rest and says so at the field).
// Entities and links are kept as the request form keeps them, and go to the node the same way.
import type { EntityDraft } from '../incidents/form/draft';
import type { Handling, UseRestriction } from '../incidents/codes';
import { emptyLinks, linksToInput, type LinksDraft } from './links';
import { entityIssues, entityToInput } from './request-draft';
import type { CaseInput, CaseTopic } from './types';

export type CaseDraft = {
  title: string;
  summary: string;
  language: 'en' | 'zh';
  topic: CaseTopic | '';
  parties: string[];
  agencyId: string;
  handling: Handling;
  useRestrictions: UseRestriction[];
  entities: EntityDraft[];
  links: LinksDraft;
};

export function emptyCaseDraft(defaults: { agencyId: string; language: 'en' | 'zh' }): CaseDraft {
  return { title: '', summary: '', language: defaults.language, topic: '', parties: [], agencyId: defaults.agencyId, handling: 'TLP:AMBER', useRestrictions: [], entities: [], links: emptyLinks() };
}

/** `required`: cases.form.required; `entityValue`: requests.form.check.entityValue. */
export type CaseCheck = 'required' | 'entityValue';

/** What is plainly missing, by field path as the node names fields. */
export function checkCaseDraft(d: CaseDraft): Record<string, CaseCheck> {
  const issues: Record<string, CaseCheck> = {};
  if (d.title.trim() === '') issues.title = 'required';
  if (d.topic === '') issues.topic = 'required';
  if (d.parties.length === 0) issues.parties = 'required';
  return { ...issues, ...entityIssues(d.entities) };
}

/** The node's input; null while no topic is chosen (the checks say so first). */
export function caseDraftToInput(d: CaseDraft): CaseInput | null {
  if (d.topic === '') return null;
  return {
    title: d.title.trim(),
    summary: d.summary.trim(),
    language: d.language,
    topic: d.topic,
    parties: d.parties,
    agencyId: d.agencyId || null,
    handling: d.handling,
    useRestrictions: d.useRestrictions,
    entities: d.entities.map(entityToInput),
    links: linksToInput(d.links),
  };
}
