// Wire types derived from the generated OpenAPI paths, so a regenerated schema.d.ts flows through the app.
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessOf<R> = R extends { 200: infer S } ? JsonOf<S> : R extends { 201: infer S } ? JsonOf<S> : never;

export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? SuccessOf<R>
  : never;

export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

export type Session = ResponseOf<'/api/v1/session', 'get'>;
export type Me = Session['user'];
export type Role = Me['roles'][number];
export type Locale = Me['locale'];
export type Party = ResponseOf<'/api/v1/parties', 'get'>['items'][number];
export type Agency = ResponseOf<'/api/v1/agencies', 'get'>['items'][number];
export type AgencyInput = BodyOf<'/api/v1/agencies', 'post'>;
export type Contact = ResponseOf<'/api/v1/contacts/{id}', 'get'>;
export type ContactPage = ResponseOf<'/api/v1/contacts', 'get'>;
export type ContactQuery = QueryOf<'/api/v1/contacts', 'get'>;
export type ContactInput = BodyOf<'/api/v1/contacts', 'post'>;
export type ContactHours = NonNullable<Contact['hours']>;
export type ContactChannel = Contact['channels'][number];
export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type UserInput = BodyOf<'/api/v1/users', 'post'>;
export type UserPatch = BodyOf<'/api/v1/users/{id}', 'patch'>;
export type UserQuery = QueryOf<'/api/v1/users', 'get'>;
export type Token = ResponseOf<'/api/v1/tokens', 'get'>['items'][number];
export type TokenInput = BodyOf<'/api/v1/tokens', 'post'>;
export type CreatedToken = ResponseOf<'/api/v1/tokens', 'post'>;
export type TotpEnrolment = ResponseOf<'/api/v1/me/totp', 'post'>;
export type AuditEntry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];
export type AuditPage = ResponseOf<'/api/v1/audit', 'get'>;
export type AuditQuery = QueryOf<'/api/v1/audit', 'get'>;
export type ChainVerification = ResponseOf<'/api/v1/audit/verification', 'get'>;
export type Topic = ContactInput['topics'][number];
export type LanguageCode = ContactInput['languages'][number];
export type TextLanguage = ContactInput['language'];
export type ExchangeState = ResponseOf<'/api/v1/contacts/{id}/exchange', 'get'>;
export type Delivery = ExchangeState['deliveries'][number];
export type Reception = NonNullable<ExchangeState['received']>;
export type NodeIdentity = ResponseOf<'/api/v1/exchange/node', 'get'>;
export type NodeKey = NodeIdentity['current'];
export type Peer = ResponseOf<'/api/v1/peers/{party}', 'get'>;
export type PeerKey = Peer['keys'][number];
export type PeerVerification = ResponseOf<'/api/v1/peers/{party}/verification', 'get'>;
export type SyncOutcome = ResponseOf<'/api/v1/peers/{party}/sync', 'post'>;
export type SyncState = SyncOutcome['state'];
export type AuditVocabulary = ResponseOf<'/api/v1/audit/vocabulary', 'get'>;
