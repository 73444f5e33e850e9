// Wire types of the readout pages, derived from the generated OpenAPI paths (npm run api:generate).
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type Readout = ResponseOf<'/api/v1/readouts/{id}', 'get'>;
export type ReadoutPage = ResponseOf<'/api/v1/readouts', 'get'>;
export type ReadoutSummary = ReadoutPage['items'][number];
export type ReadoutQuery = QueryOf<'/api/v1/readouts', 'get'>;
export type ReadoutInput = BodyOf<'/api/v1/readouts', 'post'>;
export type ReadoutEdit = BodyOf<'/api/v1/readouts/{id}', 'put'>;
export type TranslationInput = BodyOf<'/api/v1/readouts/{id}/translation', 'put'>;
export type ReadoutVersions = ResponseOf<'/api/v1/readouts/{id}/versions', 'get'>;
export type ReadoutVersion = ReadoutVersions['items'][number];
export type ReadoutAction = Readout['allowed'][number];
export type ReadoutKind = Readout['kind'];
export type ReadoutStatus = Readout['status'];
export type ReadoutLang = Readout['language'];
export type ClearanceView = Readout['clearances'][number];
export type PartnerView = Readout['partners'][number];
export type TranslationView = NonNullable<Readout['translation']>;
export type ReadoutLinks = Readout['links'];
