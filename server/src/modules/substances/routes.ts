// HTTP for the substance registry and screening: schema, guard, call the service, pick the status code.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../platform/errors.js';
import { currentRegistry } from './registry-store.js';
import * as registry from './registry-service.js';
import * as S from './schemas.js';
import { screenLines } from './screening-service.js';
import { screeningJobRoutes } from './jobs-routes.js';
import { ANY_ROLE } from '../../platform/http/access.js';

const ADMIN = ['admin'] as const;

const tags = ['substances'];
const IdParams = z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a substance id') });
const ControlParams = IdParams.extend({ controlId: z.uuid('must be the id of a control this node added') });
const AsOf = z.strictObject({ asOf: z.iso.date('must be a date YYYY-MM-DD').optional() });

export const substanceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(screeningJobRoutes);
  app.get('/substances', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Search the controlled-substance registry', querystring: S.SubstanceQuery, response: { 200: z.object({ items: z.array(S.SubstanceSummary), total: z.number().int(), asOf: z.string() }) } } }, async (req) =>
    registry.searchSubstances(req.ctx(), req.query),
  );
  app.get('/substances/lists', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Control lists with their English and Chinese names', response: { 200: S.ListsOut } } }, async (req) => {
    const ctx = req.ctx();
    return { items: (await currentRegistry(ctx.db)).registry.lists };
  });
  app.get('/substances/export-licences', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Export-licence requirements (a licence to export listed substances to some destinations), with their sources', querystring: S.ExportLicenceQuery, response: { 200: S.ExportLicencesOut } } }, async (req) =>
    registry.listExportLicences(req.ctx(), req.query),
  );
  app.get('/substances/:id', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'One substance with its controls (as of a date)', params: IdParams, querystring: AsOf, response: { 200: S.SubstanceDetail } } }, async (req) =>
    registry.getSubstance(req.ctx(), req.params.id, req.query.asOf),
  );
  app.get('/substances/:id/structure.svg', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'The structure drawn as SVG', params: IdParams, produces: ['image/svg+xml'] } }, async (req, reply) => {
    const svg = await registry.structureSvg(req.ctx(), req.params.id);
    if (!svg) throw new NotFound('this substance has no structure', 'no-structure');
    return reply.type('image/svg+xml').header('cache-control', 'private, max-age=3600').send(svg);
  });
  app.post('/substances', { config: { roles: ADMIN }, schema: { tags, summary: 'Add a substance to this node’s registry (administrators)', body: S.CreateSubstance, response: { 201: S.SubstanceDetail } } }, async (req, reply) =>
    reply.status(201).send(await registry.createSubstance(req.ctx(), req.body)),
  );
  app.post('/substances/:id/controls', { config: { roles: ADMIN }, schema: { tags, summary: 'Add a national control with its effective dates (administrators)', params: IdParams, body: S.CreateControl, response: { 201: S.ControlOut } } }, async (req, reply) =>
    reply.status(201).send(await registry.addControl(req.ctx(), req.params.id, req.body)),
  );
  app.patch('/substances/:id/controls/:controlId', { config: { roles: ADMIN }, schema: { tags, summary: 'Amend or end a national control (administrators)', params: ControlParams, body: S.UpdateControl, response: { 200: S.ControlOut } } }, async (req) =>
    registry.amendControl(req.ctx(), req.params.id, req.params.controlId, req.body),
  );
  app.post('/screening-checks', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Screen up to 200 declared lines now, as of a date', body: S.ScreeningCheck, response: { 200: S.ScreeningCheckResult } } }, async (req) =>
    screenLines(req.ctx(), req.body),
  );
};
