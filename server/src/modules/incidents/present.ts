// Incident rows as readers get them: the list's summary, items with the species named from this node's checklist,
// follow-ups with their entities keyed.
import { keyMentions, type EntityInput } from '../entities/index.js';
import type { ScreeningResult } from '../substances/index.js';
import type * as repo from './repo.js';
import type { Incident, IncidentSummary } from './schemas.js';
import { findSpecies } from './wildlife/species.js';

export function toSummary(row: repo.Row, itemTypes: readonly string[]): IncidentSummary {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind as IncidentSummary['kind'],
    originParty: row.originParty,
    agency: row.agency,
    occurredOn: row.occurredOn,
    country: row.country,
    locality: row.locality,
    title: row.title,
    language: row.language === 'zh' ? 'zh' : 'en',
    handling: row.handling,
    status: row.status === 'withdrawn' ? 'withdrawn' : 'active',
    itemTypes: itemTypes as IncidentSummary['itemTypes'],
    latitude: row.latitude,
    longitude: row.longitude,
    updatedAt: row.updatedAt,
  };
}

/** An item as readers get it, with its screening from the kept results (`keptScreenings`) of the items shown. */
export function itemView(item: repo.ItemRow, screenings: ReadonlyMap<string, ScreeningResult>): Incident['items'][number] {
  const species = item.taxon ? findSpecies(item.taxon) : undefined;
  return {
    position: item.position,
    type: item.type as Incident['items'][number]['type'],
    details: item.details,
    verdict: (item.verdict ?? null) as Incident['items'][number]['verdict'],
    screening: (item.screeningHash ? screenings.get(item.screeningHash) : undefined) ?? null,
    substanceIds: item.substanceIds,
    taxon: item.taxon ? { scientificName: species?.scientificName ?? item.taxon, en: species?.en ?? null, zh: species?.zh ?? null, appendix: species?.appendix ?? null } : null,
  };
}

/** A follow-up as readers get it; `canWithdraw` is the reader's (policy.ts followUpStanding), false where not asked. */
export function followUpView(f: repo.FollowUpRow, canWithdraw = false): Incident['followUps'][number] {
  return {
    id: f.id,
    originParty: f.originParty,
    agency: f.agency ?? null,
    authorName: f.authorName,
    note: f.note,
    language: f.language === 'zh' ? 'zh' : 'en',
    handling: f.handling,
    entities: filedEntities(f.entities as unknown as EntityInput[]),
    createdAt: f.createdAt,
    status: f.status === 'withdrawn' ? 'withdrawn' : 'active',
    withdrawnAt: f.withdrawnAt,
    withdrawalNote: f.withdrawalNote,
    canWithdraw,
  };
}

/**
 * Entities as filed (with the country, credit code and bank code an edit sends back) beside the key each normalises
 * to. Every filed entity was keyed when it was stored; one a later rule cannot key shows with an empty key.
 */
export function filedEntities(filed: readonly EntityInput[]): Incident['entities'] {
  return filed.map((e) => {
    const [k] = keyMentions([e]).keyed;
    return { kind: e.kind, value: k?.value ?? e.value, key: k?.key ?? '', role: e.role, common: k?.common ?? false, country: e.country ?? null, uscc: e.uscc ?? null, bankCode: e.bankCode ?? null };
  });
}
