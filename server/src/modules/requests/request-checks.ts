// Every check a request draft must pass before anything is written, collected into one 422: the legal basis, the
// party asked and its contact, the case it sits in, what an urgent request asks, the source evaluation (spontaneous
// information only), the agency that asks, the links and the entities.
import type { Ctx } from '../../platform/context.js';
import { mayRead } from '../../platform/handling/index.js';
import { Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { keyMentions, type KeyedMention } from '../entities/index.js';
import { agencyFor, checkedLinks, contactOf, partyIssues, requireStanding, requireWorker } from './input-checks.js';
import type { OverrideMark } from './kit.js';
import * as repo from './repo.js';
import type { RequestInput } from './schemas.js';

export type RequestFields = Pick<
  repo.Row,
  'caseId' | 'caseReference' | 'agencyId' | 'agency' | 'toParty' | 'toContact' | 'type' | 'legalBasis' | 'legalBasisOther' | 'priority' | 'items' | 'subject' | 'details' | 'language' | 'entities' | 'links' | 'handling' | 'useRestrictions' | 'reliability' | 'credibility'
>;
export type CheckedRequest = { fields: RequestFields; keyed: KeyedMention[]; mark: OverrideMark };

/** What the input alone tells: the legal basis, an urgent request's items, a source only for spontaneous information. */
function shapeIssues(input: RequestInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.legalBasis === 'other' && !input.legalBasisOther) issues.push({ path: 'body/legalBasisOther', message: 'say which legal basis when it is "other"', code: 'legal-basis-other-required' });
  if (input.priority === 'urgent' && input.items.length === 0) issues.push({ path: 'body/items', message: 'an urgent request names at least one coded item of what is asked', code: 'urgent-needs-item' });
  if (input.source && input.type !== 'spontaneous') issues.push({ path: 'body/source', message: 'a source evaluation goes with spontaneous information only', code: 'source-not-spontaneous' });
  return issues;
}

/** The counterpart named must be a contact of the party asked. */
async function contactIssues(ctx: Ctx, input: RequestInput): Promise<{ contact: repo.Row['toContact']; issues: FieldIssue[] }> {
  if (!input.toContactId) return { contact: null, issues: [] };
  const c = await contactOf(ctx, input.toContactId);
  const path = 'body/toContactId';
  if (!c) return { contact: null, issues: [{ path, message: 'no such contact in the directory', code: 'unknown-contact' }] };
  if (c.agency.partyCode !== input.toParty) return { contact: null, issues: [{ path, message: `${c.name} is a contact of ${c.agency.partyCode}, not of ${input.toParty}`, code: 'contact-not-of-party', params: { party: input.toParty } }] };
  return { contact: { id: c.id, name: c.name }, issues: [] };
}

/** The case the request sits in: one this reader may read, open, with the party asked among its parties. */
async function caseIssues(ctx: Ctx, input: RequestInput): Promise<{ found: repo.CaseRow | null; issues: FieldIssue[] }> {
  if (!input.caseId) return { found: null, issues: [] };
  const c = await repo.getCase(ctx.db, input.caseId);
  if (!c || !mayRead(ctx.actor, c.handling)) return { found: null, issues: [{ path: 'body/caseId', message: 'no such case on this node', code: 'unknown-case' }] };
  if (c.status !== 'open') return { found: null, issues: [{ path: 'body/caseId', message: `${c.reference} is ${c.status}`, code: 'case-not-open' }] };
  if (c.originParty !== input.toParty && !c.parties.includes(input.toParty)) {
    return { found: c, issues: [{ path: 'body/toParty', message: `${input.toParty} is not a party of ${c.reference}`, code: 'party-not-in-case', params: { party: input.toParty } }] };
  }
  return { found: c, issues: [] };
}

function fieldsOf(input: RequestInput, agency: { id: string; acronym: string; nameEn: string; nameZh: string }, found: { contact: repo.Row['toContact']; kase: repo.CaseRow | null; links: repo.Row['links'] }): RequestFields {
  return {
    caseId: found.kase?.id ?? null,
    caseReference: found.kase?.reference ?? null,
    agencyId: agency.id,
    agency: { acronym: agency.acronym, nameEn: agency.nameEn, nameZh: agency.nameZh },
    toParty: input.toParty,
    toContact: found.contact,
    type: input.type,
    legalBasis: input.legalBasis,
    legalBasisOther: input.legalBasis === 'other' ? input.legalBasisOther : null,
    priority: input.priority,
    items: input.items,
    subject: input.subject,
    details: input.details,
    language: input.language,
    entities: input.entities as Record<string, unknown>[],
    links: found.links,
    handling: input.handling,
    useRestrictions: input.useRestrictions,
    reliability: input.source?.reliability ?? null,
    credibility: input.source?.credibility ?? null,
  };
}

/** Every check, collected; one 422 naming them all (403 for an agency the actor does not act for). */
export async function checkRequest(ctx: Ctx, input: RequestInput): Promise<CheckedRequest> {
  requireWorker(ctx, 'draft requests');
  // Independent reads, each once, side by side; the issues are reported in the order the form asks.
  const agencyProblems: FieldIssue[] = [];
  const [partyProblems, agency, contact, kase, links] = await Promise.all([
    partyIssues(ctx, [{ party: input.toParty, path: 'body/toParty' }]),
    agencyFor(ctx, input.agencyId, agencyProblems),
    contactIssues(ctx, input),
    caseIssues(ctx, input),
    checkedLinks(ctx, input.links, { recipients: [input.toParty], handling: input.handling }),
  ]);
  const mark = agency ? requireStanding(ctx, { originParty: ctx.config.party, agencyId: agency.id, agency }, 'ask in its name', 'not-requesting-agency') : {};
  const { keyed, issues: entityIssues } = keyMentions(input.entities);
  const issues = [...shapeIssues(input), ...partyProblems, ...agencyProblems, ...contact.issues, ...kase.issues, ...links.issues, ...entityIssues];
  if (issues.length > 0 || !agency) throw new Unprocessable('the request cannot be saved as it is', issues);
  return { fields: fieldsOf(input, agency, { contact: contact.contact, kase: kase.found, links: links.links }), keyed, mark };
}
