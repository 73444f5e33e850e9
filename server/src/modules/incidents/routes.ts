// HTTP for incidents: the list and its filters (and as CSV), filing, a new version, withdrawal, one incident with its links and
// follow-ups, and adding and withdrawing a follow-up. Roles here are the first gate; the use cases decide (policy.ts, platform/handling).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIST_EXPORT_MAX_ROWS, sendListCsv } from '../../platform/list-export.js';
import { zId } from '../../platform/validation.js';
import { exchangeStateOf, ExchangeState } from '../exchange/index.js';
import { addFollowUp, withdrawFollowUp } from './follow-ups.js';
import { exportIncidentsCsv, IncidentExportQuery } from './list-export.js';
import { getIncident, listIncidents, readable, readIncident } from './queries.js';
import { FollowUpInput, Incident, IncidentInput, IncidentPage, IncidentQuery, WithdrawInput } from './schemas.js';
import { createIncident, updateIncident, withdrawIncident } from './service.js';

const tags = ['incidents'];
const IdParams = z.strictObject({ id: zId });
const FollowUpParams = z.strictObject({ id: zId, followUpId: zId });
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;
const WORKERS = ['officer', 'supervisor'] as const;
// An incident may name tens of thousands of entities (a seized ledger): 80,000 as JSON is about 8 MB.
const INCIDENT_BODY_LIMIT = 12 * 1024 * 1024;
const UpdateInput = IncidentInput.extend({ version: z.number().int().min(1).describe('the version being replaced (a stale one is refused)') });

export const incidentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/incidents', { config: { roles: READERS }, schema: { tags, summary: 'Incidents this reader may see, newest first, with filters', querystring: IncidentQuery, response: { 200: IncidentPage } } }, async (req) => listIncidents(req.ctx(), req.query));
  app.get(
    '/incidents.csv',
    { config: { roles: READERS }, schema: { tags, operationId: 'exportIncidentsCsv', summary: `The incidents the list gives this reader with these filters (every page, newest filed first, at most ${LIST_EXPORT_MAX_ROWS.toLocaleString('en')}; X-Truncated says whether rows were left out) as CSV with its header row in the reader's language; audited`, querystring: IncidentExportQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const { csv, bounds, fileName } = await exportIncidentsCsv(req.ctx(), req.query);
      return sendListCsv(reply, fileName, csv, bounds);
    },
  );

  app.post(
    '/incidents',
    { config: { roles: WORKERS }, bodyLimit: INCIDENT_BODY_LIMIT, schema: { tags, summary: 'File an incident (chemical lines screened, entities keyed and linked, shared with the parties it is releasable to)', body: IncidentInput, response: { 200: Incident, 201: Incident } } },
    async (req, reply) => {
      const ctx = req.ctx();
      // A retry with the same Idempotency-Key gets this answer replayed by the platform (platform/idempotency).
      const saved = await createIncident(ctx, req.body);
      return reply.status(saved.created ? 201 : 200).send(await getIncident(ctx, saved.id));
    },
  );

  app.get('/incidents/:id', { config: { roles: READERS }, schema: { tags, summary: 'One incident with its items, entities, links to other records and follow-ups (reads of AMBER and RED ones are audited)', params: IdParams, response: { 200: Incident } } }, async (req) => readIncident(req.ctx(), req.params.id));

  app.put('/incidents/:id', { config: { roles: WORKERS }, bodyLimit: INCIDENT_BODY_LIMIT, schema: { tags, summary: "A new version of one of this party's incidents (shared again)", params: IdParams, body: UpdateInput, response: { 200: Incident } } }, async (req) => {
    const { version, ...input } = req.body;
    await updateIncident(req.ctx(), req.params.id, input, version);
    return getIncident(req.ctx(), req.params.id);
  });

  app.post('/incidents/:id/withdraw', { config: { roles: WORKERS }, schema: { tags, summary: 'Withdraw an incident from every party holding it (their copies are purged)', params: IdParams, body: WithdrawInput, response: { 200: Incident } } }, async (req) => {
    await withdrawIncident(req.ctx(), req.params.id, req.body.note);
    return getIncident(req.ctx(), req.params.id);
  });

  app.post('/incidents/:id/follow-ups', { config: { roles: WORKERS }, schema: { tags, summary: "Add this party's follow-up to an incident (its own record, sent to the reporting party)", params: IdParams, body: FollowUpInput, response: { 201: Incident } } }, async (req, reply) => {
    await addFollowUp(req.ctx(), req.params.id, req.body);
    return reply.status(201).send(await getIncident(req.ctx(), req.params.id));
  });

  app.post('/incidents/:id/follow-ups/:followUpId/withdraw', { config: { roles: WORKERS }, schema: { tags, summary: "Withdraw one of this party's follow-ups from every party holding it (their copies are purged; here it stays, marked)", params: FollowUpParams, body: WithdrawInput, response: { 200: Incident } } }, async (req) => {
    await withdrawFollowUp(req.ctx(), req.params.id, req.params.followUpId, req.body.note);
    return getIncident(req.ctx(), req.params.id);
  });

  app.get('/incidents/:id/delivery', { config: { roles: READERS }, schema: { tags, summary: "Delivery of this party's incident to each party it is releasable to", params: IdParams, response: { 200: ExchangeState } } }, async (req) => {
    const row = await readable(req.ctx(), req.params.id);
    return exchangeStateOf(req.ctx(), row.id);
  });
};
