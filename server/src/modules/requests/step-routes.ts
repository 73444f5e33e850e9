// HTTP for the steps of a request: filing one (its documents base64 inside, so a step and its documents are kept
// together or not at all), and a supervisor's approval or return of an answer waiting for four eyes. Each answers
// with the request as the reader now sees it. Roles are the first gate; the use cases decide (step-rules.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyKeyOf } from '../../platform/idempotency/hooks.js';
import { zId } from '../../platform/validation.js';
import { getRequest } from './queries.js';
import { Request, ReturnInput, StepInput } from './schemas.js';
import { approveStep, DOCUMENT_MAX_BYTES, fileStep, returnStep } from './steps.js';

const tags = ['requests'];
const WORKERS = ['officer', 'supervisor'] as const;
const IdParams = z.strictObject({ id: zId });
const StepParams = z.strictObject({ id: zId, stepId: zId });
/** Ten documents at the largest size, base64, and the step's own text. */
const STEP_BODY_LIMIT = 10 * Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 2 * 1024 * 1024;

export const requestStepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/requests/:id/steps',
    {
      config: { roles: WORKERS },
      bodyLimit: STEP_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'File a step: on the requested side a delay notice (coded reason, new expected date), a request for clarification (stops the clock), a partial answer, an answer (as strict as the request or stricter; AMBER, RED or restricted ones wait for a supervisor) or a refusal (coded reason); on the requesting side a clarification or the closure. Documents (PDF, PNG or JPEG, at most 10) go with an answer or a clarification; a refused file refuses the step (415 or 413 naming it)',
        params: IdParams,
        body: StepInput,
        response: { 201: Request, 200: Request },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx();
      // A retry with the same Idempotency-Key files nothing again: the request as it stands, 200.
      const filed = await fileStep(ctx, req.params.id, req.body, { idempotencyKey: idempotencyKeyOf(req) });
      return reply.status(filed.created ? 201 : 200).send(await getRequest(ctx, req.params.id));
    },
  );

  app.post(
    '/requests/:id/steps/:stepId/approve',
    { config: { roles: WORKERS }, schema: { tags, summary: 'A supervisor who did not write it approves an answer waiting for four eyes: it takes effect and is sent', params: StepParams, response: { 200: Request } } },
    async (req) => {
      await approveStep(req.ctx(), req.params.id, req.params.stepId);
      return getRequest(req.ctx(), req.params.id);
    },
  );

  app.post(
    '/requests/:id/steps/:stepId/return',
    { config: { roles: WORKERS }, schema: { tags, summary: 'A supervisor who did not write it returns an answer waiting for four eyes to its author, saying why (the answer is taken off the timeline; the audit log keeps it)', params: StepParams, body: ReturnInput, response: { 200: Request } } },
    async (req) => {
      await returnStep(req.ctx(), req.params.id, req.params.stepId, req.body.note);
      return getRequest(req.ctx(), req.params.id);
    },
  );
};
