// HTTP for meetings and each party's part of them: the code lists, the list with its filters, one meeting, recording,
// changing and withdrawing one of this party's meetings, and saving this party's own part of any meeting it takes
// part in. Roles are the first gate (readers read, the secretariat and supervisors keep); the use cases decide
// (wrong party, withdrawn, stale version, handling). A write answers with the meeting as its writer now sees it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zId } from '../../platform/validation.js';
import { meetingLists } from './kit.js';
import { getMeeting, listMeetings, meetingView } from './meeting-queries.js';
import { saveOwnPart } from './meeting-parts.js';
import { createMeeting, updateMeeting, withdrawMeeting } from './meetings.js';
import { Meeting, MeetingInput, MeetingLists, MeetingPage, MeetingQuery, SavePartInput, UpdateMeetingInput, WithdrawMeetingInput } from './schemas-meetings.js';

const tags = ['meetings'];
const READERS = ['viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'] as const;
const KEEPERS = ['secretariat', 'supervisor'] as const;
const IdParams = z.strictObject({ id: zId });
const WithdrawBody = WithdrawMeetingInput.nullish();

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/meetings/lists', { config: { roles: READERS }, schema: { tags, summary: 'The code lists of meetings in both languages: levels, modes and agenda topics', response: { 200: MeetingLists } } }, async () => meetingLists);
  app.get('/meetings', { config: { roles: READERS }, schema: { tags, summary: 'Meetings this reader may see, newest first, with filters', querystring: MeetingQuery, response: { 200: MeetingPage } } }, async (req) => listMeetings(req.ctx(), req.query));
  app.post(
    '/meetings',
    { config: { roles: KEEPERS }, schema: { tags, summary: 'Record a meeting this party convenes and share it with the other parties it names', body: MeetingInput, response: { 201: Meeting } } },
    async (req, reply) => {
      const saved = await createMeeting(req.ctx(), req.body);
      return reply.status(201).send(await meetingView(req.ctx(), saved.id));
    },
  );
  app.get(
    '/meetings/:id',
    { config: { roles: READERS }, schema: { tags, summary: "One meeting with every party's part, notes per agenda item, decisions, commitments and readouts; times in both zones (reads of AMBER and RED ones are audited)", params: IdParams, response: { 200: Meeting } } },
    async (req) => getMeeting(req.ctx(), req.params.id),
  );
  app.put(
    '/meetings/:id',
    { config: { roles: KEEPERS }, schema: { tags, summary: "A new version of one of this party's meetings (shared again); a stale version is refused", params: IdParams, body: UpdateMeetingInput, response: { 200: Meeting } } },
    async (req) => {
      const { version, ...input } = req.body;
      await updateMeeting(req.ctx(), req.params.id, input, version);
      return meetingView(req.ctx(), req.params.id);
    },
  );
  app.post(
    '/meetings/:id/withdraw',
    { config: { roles: KEEPERS }, schema: { tags, summary: 'Withdraw a meeting from every party holding it (their copies, parts and readouts are purged)', params: IdParams, body: WithdrawBody, response: { 200: Meeting } } },
    async (req) => {
      await withdrawMeeting(req.ctx(), req.params.id, req.body?.note ?? null);
      return meetingView(req.ctx(), req.params.id);
    },
  );
  app.put(
    '/meetings/:id/parts/own',
    { config: { roles: KEEPERS }, schema: { tags, summary: "Save this party's own part of the meeting (attendance, notes per agenda item, decisions); version 0 creates it", params: IdParams, body: SavePartInput, response: { 200: Meeting } } },
    async (req) => {
      const { version, ...input } = req.body;
      await saveOwnPart(req.ctx(), req.params.id, input, version);
      return meetingView(req.ctx(), req.params.id);
    },
  );
};
