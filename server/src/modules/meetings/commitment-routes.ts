// HTTP for commitments: the board with its filters, the roll-up per party, topic and meeting, one commitment, and
// recording, replacing, reporting progress on and withdrawing one of this party's. Roles are the first gate; the use
// cases decide (commitments.ts: the owning party only, officers of the owning agency for progress). A write answers
// with the commitment as its writer now sees it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zId } from '../../platform/validation.js';
import { getCommitment, listCommitments, rollUp } from './commitment-queries.js';
import { createCommitment, reportProgress, updateCommitment, withdrawCommitment } from './commitments.js';
import { Commitment, CommitmentInput, CommitmentPage, CommitmentQuery, CommitmentUpdateInput, ProgressInput, RollUp, RollUpQuery, WithdrawInput } from './schemas-commitments.js';

const tags = ['commitments'];
const READERS = ['viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'] as const;
const KEEPERS = ['secretariat', 'supervisor'] as const;
const REPORTERS = ['secretariat', 'supervisor', 'officer'] as const;
const IdParams = z.strictObject({ id: zId });

export const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/commitments',
    { config: { roles: READERS }, schema: { tags, summary: 'The commitments board: filters by owning party, agency, topic, status (overdue derived), meeting, due dates and words; sorted by due date', querystring: CommitmentQuery, response: { 200: CommitmentPage } } },
    async (req) => listCommitments(req.ctx(), req.query),
  );
  app.get(
    '/commitments/roll-up',
    { config: { roles: READERS }, schema: { tags, summary: 'Commitments due in a period, per owning party, topic and meeting: made, open, in progress, overdue, kept on time, late, dropped', querystring: RollUpQuery, response: { 200: RollUp } } },
    async (req) => rollUp(req.ctx(), req.query),
  );
  app.post(
    '/commitments',
    { config: { roles: KEEPERS }, schema: { tags, summary: "Record a commitment made at a meeting, owned by one of this party's agencies, and share it with the meeting's other parties", body: CommitmentInput, response: { 201: Commitment } } },
    async (req, reply) => {
      const saved = await createCommitment(req.ctx(), req.body);
      return reply.status(201).send(await getCommitment(req.ctx(), saved.id));
    },
  );
  app.get('/commitments/:id', { config: { roles: READERS }, schema: { tags, summary: 'One commitment with its updates and evidence', params: IdParams, response: { 200: Commitment } } }, async (req) => getCommitment(req.ctx(), req.params.id));
  app.put(
    '/commitments/:id',
    { config: { roles: KEEPERS }, schema: { tags, summary: "A new version of one of this party's commitments (re-dated: its reminder and escalation move with it)", params: IdParams, body: CommitmentUpdateInput, response: { 200: Commitment } } },
    async (req) => {
      const { version, ...input } = req.body;
      await updateCommitment(req.ctx(), req.params.id, input, version);
      return getCommitment(req.ctx(), req.params.id);
    },
  );
  app.post(
    '/commitments/:id/progress',
    { config: { roles: REPORTERS }, schema: { tags, summary: 'Report progress (by the keepers or the owning agency’s officers): done or dropped settles it, open or in progress reopens it', params: IdParams, body: ProgressInput, response: { 200: Commitment } } },
    async (req) => {
      const { version, ...input } = req.body;
      await reportProgress(req.ctx(), req.params.id, input, version);
      return getCommitment(req.ctx(), req.params.id);
    },
  );
  app.post(
    '/commitments/:id/withdraw',
    { config: { roles: KEEPERS }, schema: { tags, summary: 'Withdraw a commitment from every party holding it (their copies are purged; its clock stops)', params: IdParams, body: WithdrawInput, response: { 200: Commitment } } },
    async (req) => {
      await withdrawCommitment(req.ctx(), req.params.id, req.body?.note ?? null);
      return getCommitment(req.ctx(), req.params.id);
    },
  );
};
