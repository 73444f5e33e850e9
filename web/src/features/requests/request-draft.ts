// The request form's working copy: every field as the officer types it, from a saved draft back into the form, into
// the API's input on save, and the checks that catch what is plainly missing before anything is sent (the node
// checks the rest and says so at the field).
import { emptyEntity, type EntityDraft } from '../incidents/form/draft';
import { COUNTRY_KINDS, CREDIBILITY, ENTITY_KINDS, ENTITY_ROLES, HANDLINGS, oneOf as incidentOneOf, RELIABILITY, USE_RESTRICTIONS, type Credibility, type Handling, type Reliability, type UseRestriction } from '../incidents/codes';
import { isAskedItem, isLegalBasis, type Priority, type RequestType } from './codes';
import { emptyLinks, linksToInput, type LinksDraft } from './links';
import type { AskedItem, EntityInput, LegalBasis, Request, RequestInput } from './types';

export type ItemDraft = { key: string; code: AskedItem | ''; note: string };

export type RequestDraft = {
  caseId: string;
  toParty: string;
  toContactId: string;
  agencyId: string;
  type: RequestType;
  legalBasis: LegalBasis | '';
  legalBasisOther: string;
  priority: Priority;
  items: ItemDraft[];
  subject: string;
  details: string;
  language: 'en' | 'zh';
  entities: EntityDraft[];
  handling: Handling;
  useRestrictions: UseRestriction[];
  reliability: Reliability;
  credibility: Credibility;
  links: LinksDraft;
};

let counter = 0;
export const emptyItem = (code: AskedItem | '' = ''): ItemDraft => ({ key: `item-${++counter}`, code, note: '' });

export function emptyRequestDraft(defaults: { agencyId: string; language: 'en' | 'zh'; toParty?: string; caseId?: string }): RequestDraft {
  return {
    caseId: defaults.caseId ?? '',
    toParty: defaults.toParty ?? '',
    toContactId: '',
    agencyId: defaults.agencyId,
    type: 'information',
    legalBasis: '',
    legalBasisOther: '',
    priority: 'normal',
    items: [],
    subject: '',
    details: '',
    language: defaults.language,
    entities: [],
    handling: 'TLP:AMBER',
    useRestrictions: [],
    reliability: 'F',
    credibility: '6',
    links: emptyLinks(),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const isKind = incidentOneOf(ENTITY_KINDS);
const isRole = incidentOneOf(ENTITY_ROLES);
const isRestriction = incidentOneOf(USE_RESTRICTIONS);
function pick<T extends string>(values: readonly T[], value: string | undefined, fallback: T): T {
  return incidentOneOf(values)(value) ? (value as T) : fallback;
}

/** A saved draft back into the form, every entity with the fields it was filed with, and its links kept. */
export function draftFromRequest(r: Request, agencyId: string): RequestDraft {
  return {
    caseId: r.caseId ?? '',
    toParty: r.toParty,
    toContactId: r.toContact?.id ?? '',
    agencyId,
    type: r.type,
    legalBasis: isLegalBasis(r.legalBasis) ? r.legalBasis : '',
    legalBasisOther: r.legalBasisOther ?? '',
    priority: r.priority,
    items: r.items.map((i) => ({ ...emptyItem(isAskedItem(i.code) ? i.code : ''), note: i.note ?? '' })),
    subject: r.subject,
    details: r.details,
    language: r.language === 'zh' ? 'zh' : 'en',
    entities: r.entities.map((e) => ({ ...emptyEntity(isKind(e.kind) ? e.kind : 'company'), value: e.value, role: isRole(e.role) ? e.role : 'other', country: e.country ?? '', uscc: e.uscc ?? '', bankCode: e.bankCode ?? '' })),
    handling: pick(HANDLINGS, r.handling, 'TLP:AMBER'),
    useRestrictions: r.useRestrictions.filter(isRestriction),
    reliability: pick(RELIABILITY, r.source?.reliability, 'F'),
    credibility: pick(CREDIBILITY, r.source?.credibility, '6'),
    links: { incidents: [...r.links.incidents], notifications: [...r.links.notifications], contacts: [...r.links.contacts] },
  };
}

export function entityToInput(e: EntityDraft): EntityInput {
  return {
    kind: e.kind,
    value: e.value.trim(),
    role: e.role,
    country: COUNTRY_KINDS.includes(e.kind) ? e.country || null : null,
    uscc: e.kind === 'company' ? orNull(e.uscc) : null,
    bankCode: e.kind === 'bank-account' ? orNull(e.bankCode) : null,
  };
}

export function requestDraftToInput(d: RequestDraft): RequestInput {
  return {
    caseId: d.caseId || null,
    toParty: d.toParty,
    toContactId: d.toContactId || null,
    agencyId: d.agencyId || null,
    type: d.type,
    legalBasis: d.legalBasis || 'other',
    legalBasisOther: d.legalBasis === 'other' ? orNull(d.legalBasisOther) : null,
    priority: d.priority,
    items: d.items.flatMap((i) => (i.code === '' ? [] : [{ code: i.code, note: orNull(i.note) }])),
    subject: d.subject.trim(),
    details: d.details.trim(),
    language: d.language,
    entities: d.entities.map(entityToInput),
    links: linksToInput(d.links),
    handling: d.handling,
    useRestrictions: d.useRestrictions,
    source: d.type === 'spontaneous' ? { reliability: d.reliability, credibility: d.credibility } : null,
  };
}

export type FormCheck = 'toParty' | 'legalBasis' | 'legalBasisOther' | 'subject' | 'urgentItems' | 'itemCode' | 'entityValue';

/** Catalog keys (under `requests.form.check`) of what is plainly missing, by field path as the server names fields. */
export function checkRequestDraft(d: RequestDraft): Record<string, FormCheck> {
  const issues: Record<string, FormCheck> = {};
  if (!d.toParty) issues.toParty = 'toParty';
  if (!d.legalBasis) issues.legalBasis = 'legalBasis';
  if (d.legalBasis === 'other' && d.legalBasisOther.trim() === '') issues.legalBasisOther = 'legalBasisOther';
  if (d.subject.trim() === '') issues.subject = 'subject';
  if (d.priority === 'urgent' && !d.items.some((i) => i.code !== '')) issues.items = 'urgentItems';
  d.items.forEach((item, n) => {
    if (item.code === '') issues[`items/${n}/code`] = 'itemCode';
  });
  return { ...issues, ...entityIssues(d.entities) };
}

/** An entity without a value, by field path (the request form and the case form check it alike). */
export function entityIssues(entities: readonly EntityDraft[]): Record<string, 'entityValue'> {
  const issues: Record<string, 'entityValue'> = {};
  entities.forEach((e, n) => {
    if (e.value.trim() === '') issues[`entities/${n}/value`] = 'entityValue';
  });
  return issues;
}
