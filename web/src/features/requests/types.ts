// Wire types of the requests and cases pages, derived from the generated OpenAPI paths (npm run api:generate).
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type Request = ResponseOf<'/api/v1/requests/{id}', 'get'>;
export type RequestPage = ResponseOf<'/api/v1/requests', 'get'>;
export type RequestSummary = RequestPage['items'][number];
export type RequestQuery = QueryOf<'/api/v1/requests', 'get'>;
export type Boxes = ResponseOf<'/api/v1/requests/boxes', 'get'>;
export type RequestInput = BodyOf<'/api/v1/requests', 'post'>;
export type StepInput = BodyOf<'/api/v1/requests/{id}/steps', 'post'>;
export type StepView = Request['steps'][number];
export type DocumentView = Request['documents'][number];
export type Holding = Request['holdings'][number];
export type RequestAction = Request['allowed'][number];
export type ClockView = RequestSummary['clock'];
export type EntityInput = NonNullable<RequestInput['entities']>[number];
export type Case = ResponseOf<'/api/v1/cases/{id}', 'get'>;
export type CasePage = ResponseOf<'/api/v1/cases', 'get'>;
export type CaseSummary = CasePage['items'][number];
export type CaseQuery = QueryOf<'/api/v1/cases', 'get'>;
export type CaseInput = BodyOf<'/api/v1/cases', 'post'>;
export type CaseAction = Case['allowed'][number];
export type LegalBasis = RequestInput['legalBasis'];
export type AskedItem = NonNullable<RequestInput['items']>[number]['code'];
export type CaseTopic = CaseInput['topic'];
export type RequestSettings = ResponseOf<'/api/v1/requests/settings', 'get'>;
export type SettingsInput = BodyOf<'/api/v1/requests/settings', 'put'>;
export type PeriodView = RequestSettings['periods'][number];
export type LinksInput = NonNullable<CaseInput['links']>;
