// HTTP for the working group's figures: the results dashboard's sums as JSON, and each of their tables as CSV. Only
// sums leave here (figures.ts), so any of this party's readers may ask; handling is kept by never naming a record.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MonthPeriod } from '../../platform/figures.js';
import { MeetingFigures, meetingFigures, meetingFiguresCsv, MeetingFiguresCsvQuery } from './figures.js';

const tags = ['meetings'];
const READERS = ['viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'] as const;
const DESCRIPTION =
  'Meetings are counted by the month they start (UTC), cancelled and withdrawn ones left out. Commitments are counted by the month they are DUE (not the month they were made), ' +
  'per owning party and topic; each falls in exactly one of open, in progress, overdue (open or in progress past its due date, as of today in this party’s zone), kept on time ' +
  '(done on or before its due date), late (done after it) or dropped, and `made` is their sum. Withdrawn commitments count nowhere; records the reader may not read are not counted.';

export const meetingFigureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/figures',
    { config: { roles: READERS }, schema: { tags, summary: 'Monthly figures: meetings per level; commitments per due month, party and topic (made, kept on time, late, dropped, overdue)', description: DESCRIPTION, querystring: MonthPeriod, response: { 200: MeetingFigures } } },
    async (req) => meetingFigures(req.ctx(), req.query),
  );
  app.get(
    '/meetings/figures.csv',
    { config: { roles: READERS }, schema: { tags, summary: 'One table of the same figures as CSV', description: DESCRIPTION, querystring: MeetingFiguresCsvQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const { table, ...period } = req.query;
      const csv = meetingFiguresCsv(await meetingFigures(req.ctx(), period), table);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="meeting-figures-${table}-${period.from}-${period.to}.csv"`).send(csv);
    },
  );
};
