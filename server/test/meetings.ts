// Factories for the working group's tests: a US-convened working-level meeting with CN on precursors and
// information sharing, each party's part of it, and shortcuts that file them over HTTP (one node) or through the use
// cases (two nodes). Inputs are plain bodies as the web would send them; `over` replaces whole fields.
import type { FastifyInstance } from 'fastify';
import { MeetingInput, PartInput } from '../src/modules/meetings/schemas-meetings.js';
import type { Ctx, Role } from '../src/platform/context.js';
import type { TestNode } from './node.js';

type Body = Record<string, unknown>;

/** Two agenda items with fixed ids, so notes can name them before the meeting is saved. */
export const AGENDA = [
  { id: '7a1c0000-0000-4000-8000-000000000001', topic: 'precursors', title: 'Scheduling of fentanyl precursors' },
  { id: '7a1c0000-0000-4000-8000-000000000002', topic: 'information-sharing', title: 'Information sharing on seized shipments' },
] as const;
export const [ITEM_PRECURSORS, ITEM_SHARING] = AGENDA.map((a) => a.id) as [string, string];

/** A virtual working-level meeting convened by the US, naming CN, 10 March 2026 at 10:00 in Washington (EDT). */
export function meetingInput(over: Body = {}): Body {
  return {
    level: 'working-level',
    mode: 'virtual',
    title: 'Counternarcotics working group: working-level meeting',
    language: 'en',
    startsAt: '2026-03-10T10:00:00-04:00',
    endsAt: '2026-03-10T12:00:00-04:00',
    timeZone: 'America/New_York',
    place: 'Washington, D.C. (video conference)',
    parties: ['CN'],
    agenda: AGENDA.map((a) => ({ ...a })),
    links: { incidents: [], notifications: [], cases: [], requests: [] },
    handling: 'TLP:GREEN',
    status: 'scheduled',
    ...over,
  };
}

/** A party's part: one principal of `agencyId`, a note on the first agenda item, one decision on it. */
export function partInput(agencyId: string, over: Body = {}): Body {
  return {
    language: 'en',
    attendance: [{ title: 'Assistant Secretary for Counternarcotics', agencyId, principal: true }],
    notes: [{ itemId: ITEM_PRECURSORS, text: 'Both sides reviewed the precursors scheduled since January.' }],
    decisions: [{ itemId: ITEM_PRECURSORS, text: 'Exchange the lists of scheduled precursors every quarter.' }],
    ...over,
  };
}

/** The same inputs parsed, for calling the use cases directly. */
export const meetingFields = (over: Body = {}): MeetingInput => MeetingInput.parse(meetingInput(over));
export const partFields = (agencyId: string, over: Body = {}): PartInput => PartInput.parse(partInput(agencyId, over));

export type SavedMeeting = { id: string; reference: string; version: number };

async function expectStatus<T>(res: { statusCode: number; body: string; json: <U>() => U }, status: number, what: string): Promise<T> {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** POST /api/v1/meetings as `headers` (a signed-in person); throws unless 201. */
export async function postMeeting(app: FastifyInstance, headers: Record<string, string>, over: Body = {}): Promise<SavedMeeting> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/meetings', headers, payload: meetingInput(over) });
  return expectStatus<SavedMeeting>(res, 201, 'creating the meeting');
}

/** A new person of `role` on the one-node test node files the meeting; returns it and their headers. */
export async function createMeetingAs(node: TestNode, role: Role, over: Body = {}): Promise<SavedMeeting & { headers: Record<string, string> }> {
  const { headers } = await node.signedIn([role]);
  return { ...(await postMeeting(node.app, headers, over)), headers };
}

export type MeetingBody = SavedMeeting & { parts: { id: string; party: string; version: number; own: boolean; mayEdit: boolean }[]; allowedActions: string[] };

/** PUT /api/v1/meetings/:id/parts/own with `version` (0 creates); throws unless 200; answers the meeting. */
export async function putOwnPart(app: FastifyInstance, headers: Record<string, string>, meetingId: string, body: Body, version = 0): Promise<MeetingBody> {
  const res = await app.inject({ method: 'PUT', url: `/api/v1/meetings/${meetingId}/parts/own`, headers, payload: { ...body, version } });
  return expectStatus<MeetingBody>(res, 200, 'saving the part');
}

/** Through the use case, as `ctx` (a keeper of the node's party): its own part of the meeting saved. */
export async function savePartIn(ctx: Ctx, meetingId: string, agencyId: string, over: Body = {}, version = 0): Promise<{ id: string; version: number }> {
  const { saveOwnPart } = await import('../src/modules/meetings/meeting-parts.js');
  return saveOwnPart(ctx, meetingId, partFields(agencyId, over), version);
}

/** Through the use case, as `ctx` (a keeper of the node's party): the meeting created. */
export async function createMeetingIn(ctx: Ctx, over: Body = {}): Promise<SavedMeeting> {
  const { createMeeting } = await import('../src/modules/meetings/meetings.js');
  return createMeeting(ctx, meetingFields(over));
}
