// HTTP for the request figures: the results dashboard's sums as JSON, and each of their tables as CSV. Only sums
// leave here (figures.ts), so any of this party's readers may ask; handling is kept by never naming a record.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MonthPeriod } from '../../platform/figures.js';
import { RequestFigures, requestFigures, requestFiguresCsv, RequestFiguresCsvQuery } from './figures.js';

const tags = ['requests'];
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;

export const requestFigureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/requests/figures',
    { config: { roles: READERS }, schema: { tags, summary: 'Monthly figures: requests sent and received per party, type and priority, answered on time or late, median hours to first answer and to closure, delays; refusals by reason', querystring: MonthPeriod, response: { 200: RequestFigures } } },
    async (req) => requestFigures(req.ctx(), req.query),
  );
  app.get('/requests/figures.csv', { config: { roles: READERS }, schema: { tags, summary: 'One table of the same figures as CSV', querystring: RequestFiguresCsvQuery, produces: ['text/csv'] } }, async (req, reply) => {
    const { table, ...period } = req.query;
    const csv = requestFiguresCsv(await requestFigures(req.ctx(), period), table);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="request-figures-${table}-${period.from}-${period.to}.csv"`).send(csv);
  });
};
