// Wire types of the meeting pages, derived from the generated OpenAPI paths (npm run api:generate).
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type Meeting = ResponseOf<'/api/v1/meetings/{id}', 'get'>;
export type MeetingPage = ResponseOf<'/api/v1/meetings', 'get'>;
export type MeetingSummary = MeetingPage['items'][number];
export type MeetingQuery = QueryOf<'/api/v1/meetings', 'get'>;
export type MeetingInput = BodyOf<'/api/v1/meetings', 'post'>;
export type MeetingLists = ResponseOf<'/api/v1/meetings/lists', 'get'>;
export type MeetingLevel = MeetingInput['level'];
export type MeetingMode = MeetingInput['mode'];
export type MeetingLinks = NonNullable<MeetingInput['links']>;
export type PartBody = BodyOf<'/api/v1/meetings/{id}/parts/own', 'put'>;
export type PartView = Meeting['parts'][number];
export type AttendeeView = PartView['attendance'][number];
export type AgendaView = Meeting['agenda'][number];
export type DecisionView = Meeting['decisions'][number];
export type CommitmentBrief = Meeting['commitments'][number];
export type ReadoutBrief = Meeting['readouts'][number];
/** A record the meeting links, with its id where the node says the reader may open it. */
export type LinkedRecord = Meeting['linked'][number];
export type MeetingAction = Meeting['allowedActions'][number];
