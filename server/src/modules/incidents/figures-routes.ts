// HTTP for the incident figures: the results dashboard's sums as JSON, and each of their tables as CSV. Only sums
// leave here (figures.ts), so any of this party's readers may ask; handling is kept by never naming a record.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MonthPeriod } from '../../platform/figures.js';
import { FiguresCsvQuery, IncidentFigures, incidentFigures, incidentFiguresCsv } from './figures.js';

const tags = ['incidents'];
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;

export const incidentFigureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/figures',
    { config: { roles: READERS }, schema: { tags, summary: 'Monthly figures: incidents reported, shared and received per party and kind; quantities seized per substance and per species; follow-ups given and received', querystring: MonthPeriod, response: { 200: IncidentFigures } } },
    async (req) => incidentFigures(req.ctx(), req.query),
  );
  app.get('/incidents/figures.csv', { config: { roles: READERS }, schema: { tags, summary: 'One table of the same figures as CSV', querystring: FiguresCsvQuery, produces: ['text/csv'] } }, async (req, reply) => {
    const { table, ...period } = req.query;
    const csv = incidentFiguresCsv(await incidentFigures(req.ctx(), period), table);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="incident-figures-${table}-${period.from}-${period.to}.csv"`).send(csv);
  });
};
