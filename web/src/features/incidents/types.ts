// Wire types of the incident pages (list, detail, entity page, filing form), derived from the generated OpenAPI
// paths; the coded values they offer are in codes.ts.
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type Incident = ResponseOf<'/api/v1/incidents/{id}', 'get'>;
export type IncidentPage = ResponseOf<'/api/v1/incidents', 'get'>;
export type IncidentSummary = IncidentPage['items'][number];
export type IncidentQuery = QueryOf<'/api/v1/incidents', 'get'>;
export type ItemView = Incident['items'][number];
export type EntityView = Incident['entities'][number];
export type EntityLink = Incident['links'][number];
export type RecordMention = EntityLink['records'][number];
export type FollowUp = Incident['followUps'][number];
export type FollowUpInput = BodyOf<'/api/v1/incidents/{id}/follow-ups', 'post'>;
export type EntityInput = NonNullable<FollowUpInput['entities']>[number];
export type EntityPage = ResponseOf<'/api/v1/entities', 'get'>;
export type TradeTerm = ResponseOf<'/api/v1/wildlife/trade-terms', 'get'>['items'][number];
export type Species = ResponseOf<'/api/v1/wildlife/species', 'get'>['items'][number];

/** Where a record that names an entity is shown: a follow-up inside its incident, a request's step in its request, others on their own page. */
export function mentionPath(m: Pick<RecordMention, 'recordKind' | 'recordId' | 'parentId'>): string | null {
  if (m.recordKind === 'incident') return `/incidents/${m.recordId}`;
  if (m.recordKind === 'incident-follow-up') return m.parentId ? `/incidents/${m.parentId}` : null;
  if (m.recordKind === 'notification') return `/notifications/${m.recordId}`;
  if (m.recordKind === 'request') return `/requests/${m.recordId}`;
  if (m.recordKind === 'request-step') return m.parentId ? `/requests/${m.parentId}` : null;
  if (m.recordKind === 'case') return `/cases/${m.recordId}`;
  return null;
}

export const entityPath = (kind: string, key: string): string => `/entities?${new URLSearchParams({ kind, key }).toString()}`;
