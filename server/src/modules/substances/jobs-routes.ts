// HTTP for bulk screenings: the manifest is the request body itself (CSV, XLSX or JSON lines), up to 20 MiB.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../platform/http/download.js';
import { NewScreeningQuery, ResultsQuery, ScreeningJob } from './jobs-schemas.js';
import { createScreening, getScreening, listScreenings, screeningResults, UPLOAD_LIMIT_BYTES } from './jobs-service.js';
import { ANY_ROLE } from '../../platform/http/access.js';

const tags = ['substances'];
const IdParams = z.strictObject({ id: z.uuid('must be a screening id') });
const MANIFEST_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/x-ndjson', 'application/jsonl', 'application/octet-stream'];

export const screeningJobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(MANIFEST_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES }, (_req, body, done) => done(null, body));

  app.post(
    '/screenings',
    { config: { roles: ANY_ROLE },
      bodyLimit: UPLOAD_LIMIT_BYTES,
      schema: { tags, consumes: MANIFEST_TYPES, summary: 'Screen a manifest (CSV, XLSX or JSON lines, up to 20 MiB) as a background job', querystring: NewScreeningQuery, response: { 202: ScreeningJob } },
    },
    async (req, reply) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const job = await createScreening(req.ctx(), { bytes, mediaType: req.headers['content-type'], filename: req.query.filename, asOf: req.query.asOf }, (jobId, err) => req.log.error({ err, jobId }, 'screening job failed'));
      return reply.status(202).header('location', `/api/v1/screenings/${job.id}`).send(job);
    },
  );
  app.get('/screenings', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'My screenings, newest first', response: { 200: z.object({ items: z.array(ScreeningJob) }) } } }, async (req) => ({ items: await listScreenings(req.ctx(), 50) }));
  app.get('/screenings/:id', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'A screening with its progress', params: IdParams, response: { 200: ScreeningJob } } }, async (req) => getScreening(req.ctx(), req.params.id));
  app.get(
    '/screenings/:id/results',
    { config: { roles: ANY_ROLE }, schema: { tags, summary: 'The results as CSV (in the chosen language) or a JSON array', params: IdParams, querystring: ResultsQuery, produces: ['text/csv', 'application/json'] } },
    async (req, reply) => {
      const ctx = req.ctx();
      const lang = req.query.lang ?? (ctx.actor.locale === 'zh-CN' ? 'zh' : 'en');
      const { job, body } = await screeningResults(ctx, req.params.id, req.query.format, lang);
      const name = `${job.filename.replace(/\.[^.]*$/, '')}-results.${req.query.format}`;
      return reply
        .type(req.query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', attachmentDisposition(name))
        .send(body);
    },
  );
};
