// Wire types of the commitments board, derived from the generated OpenAPI paths (npm run api:generate).
import type { BodyOf, QueryOf, ResponseOf } from '../../app/api/types';

export type Commitment = ResponseOf<'/api/v1/commitments/{id}', 'get'>;
export type CommitmentPage = ResponseOf<'/api/v1/commitments', 'get'>;
export type CommitmentSummary = CommitmentPage['items'][number];
export type CommitmentQuery = QueryOf<'/api/v1/commitments', 'get'>;
export type CommitmentInput = BodyOf<'/api/v1/commitments', 'post'>;
export type CommitmentUpdateInput = BodyOf<'/api/v1/commitments/{id}', 'put'>;
export type ProgressInput = BodyOf<'/api/v1/commitments/{id}/progress', 'post'>;
export type RollUp = ResponseOf<'/api/v1/commitments/roll-up', 'get'>;
export type PartyTally = RollUp['byParty'][number];
export type TopicTally = RollUp['byTopic'][number];
export type Tally = Omit<PartyTally, 'party'>;
export type CommitmentStatus = CommitmentSummary['status'];
export type ProgressStatus = ProgressInput['status'];
export type CommitmentAction = Commitment['allowed'][number];
export type Evidence = Commitment['evidence'];
