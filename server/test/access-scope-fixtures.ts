// Fixtures of the scope matrix: for each resource a route can name by id, how to make a record of the callers' own
// agency, of another agency of the same party, and of the other party (received through the exchange), in the
// state an operation needs; and how to call each operation (its state, its body, whether a success uses the record
// up). A resource with no record of some scope says why (`absent`).
import { randomBytes } from 'node:crypto';
import { PASSWORD } from './node.js';
import { incidentFixture } from './access-scope-incidents.js';
import { meetingFixtures } from './access-scope-meetings.js';
import { notificationFixture } from './access-scope-notifications.js';
import { caseFixture, requestFixture, requestStepFixture } from './access-scope-requests.js';
import { translationFixture } from './access-scope-translations.js';
import { makeToken, type Scope, type World } from './access-scope-world.js';
import { createUser } from '../src/modules/accounts/index.js';
import { createContact, getContact, setContactActive, type CreateContact } from '../src/modules/directory/index.js';

/** A record: the values of the route's path parameters, and what a body may need (`agencyId`). */
export type Rec = Record<string, string>;
export type Operation = {
  /** Which record the operation acts on; the fixture maps it to a record of each scope. */
  state: string;
  /** A success uses the record up (withdrawn, sent, deleted…): the next cell gets a fresh one. */
  consumes?: boolean;
  query?: string;
  contentType?: string;
  body?: (rec: Rec) => unknown;
};
export type Fixture = {
  resource: string;
  /** Routes whose URL starts with this act on the resource. */
  prefix: string;
  absent: Partial<Record<Scope, string>>;
  operations: Record<string, Operation>;
  make: (scope: Scope, state: string) => Promise<Rec>;
};

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

const contactInput = (agencyId: string, releasableTo: string[]): CreateContact => ({ agencyId, kind: 'desk', name: `Desk ${randomBytes(3).toString('hex')}`, topics: ['precursor-chemicals'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo });

function contactFixture(w: World, received: () => Promise<string>): Fixture {
  const agencyOf = { 'own agency': w.agencies.a.id, 'other agency': w.agencies.b.id } as const;
  const read = { state: 'active' };
  return {
    resource: 'contact',
    prefix: '/api/v1/contacts/:id',
    absent: {},
    operations: {
      'GET /api/v1/contacts/:id': read,
      'GET /api/v1/contacts/:id/exchange': read,
      'GET /api/v1/contacts/:id/evidence': read,
      'PATCH /api/v1/contacts/:id': { state: 'active', body: async (r: Rec) => ({ version: (await getContact(w.us.ctx(), r.id ?? '')).version, title: 'Duty officer' }) },
      'POST /api/v1/contacts/:id/verifications': { state: 'active', body: () => ({}) },
      'POST /api/v1/contacts/:id/deactivation': { state: 'active', consumes: true, body: () => ({}) },
      'POST /api/v1/contacts/:id/withdrawal': { state: 'active', consumes: true, body: () => ({ note: 'No longer staffed' }) },
      'POST /api/v1/contacts/:id/reactivation': { state: 'inactive', consumes: true, body: () => ({}) },
    },
    async make(scope, state) {
      // Another party's contact is refused every change, whatever state it is in.
      if (scope === 'other party') return { id: await received() };
      const c = await createContact(w.us.ctx(), contactInput(agencyOf[scope], ['CN']));
      if (state === 'inactive') await setContactActive(w.us.ctx(), c.id, false);
      return { id: c.id };
    },
  };
}

/** CN's contact, released to the US and delivered: the US node keeps it (and its agency) as CN's, read-only. */
const receivedContact = (w: World) =>
  once(async () => {
    const c = await createContact(w.cn.ctx(), contactInput(w.agencies.cn.id, ['US']));
    await w.cn.deliver();
    return c.id;
  });

function agencyFixture(w: World, received: () => Promise<string>): Fixture {
  const rename = { state: 'registered', body: () => ({ nameEn: 'Renamed by the scope matrix' }) };
  return {
    resource: 'agency',
    prefix: '/api/v1/agencies/:id',
    absent: {},
    operations: { 'GET /api/v1/agencies/:id': { state: 'registered' }, 'PATCH /api/v1/agencies/:id': rename },
    async make(scope) {
      if (scope === 'own agency') return { id: w.agencies.a.id };
      if (scope === 'other agency') return { id: w.agencies.b.id };
      // The US node learnt CN's agency from CN's contact ("created on first sight").
      return { id: (await getContact(w.us.ctx(), await received())).agencyId };
    },
  };
}

const NOT_EXCHANGED = 'accounts and API tokens act for this node’s own party only (another party’s agency is refused as foreign-agency) and are never exchanged';

function userFixture(w: World): Fixture {
  return {
    resource: 'user',
    prefix: '/api/v1/users/:id',
    absent: { 'other party': NOT_EXCHANGED },
    operations: {
      'PATCH /api/v1/users/:id': { state: 'account', body: () => ({ displayName: 'Renamed by the scope matrix' }) },
      'PUT /api/v1/users/:id/password': { state: 'account', body: () => ({ password: `${PASSWORD} again` }) },
    },
    async make(scope) {
      const agencyId = scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id;
      const username = `scope.target.${randomBytes(3).toString('hex')}`;
      return { id: (await createUser(w.us.ctx(), { username, displayName: 'Scope target', agencyId, roles: ['viewer'], locale: 'en', timeZone: 'UTC', password: PASSWORD })).id };
    },
  };
}

function tokenFixture(w: World): Fixture {
  return {
    resource: 'API token',
    prefix: '/api/v1/tokens/:id',
    absent: { 'other party': NOT_EXCHANGED },
    // Revoking twice changes nothing: the token can serve every cell.
    operations: { 'DELETE /api/v1/tokens/:id': { state: 'issued' } },
    async make(scope) {
      return { id: (await makeToken(w.us, w.adminHeaders, 'officer', scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id)).id };
    },
  };
}

function screeningFixture(w: World): Fixture {
  return {
    resource: 'screening',
    prefix: '/api/v1/screenings/:id',
    absent: { 'other party': 'a bulk screening stays on the node where it was run; none is exchanged' },
    operations: { 'GET /api/v1/screenings/:id': { state: 'done' }, 'GET /api/v1/screenings/:id/results': { state: 'done', query: '?format=json' } },
    // Started by the staff officer of the scope's agency (a colleague of the callers, or not), and finished.
    async make(scope) {
      const headers = (scope === 'own agency' ? w.staff.a : w.staff.b).headers;
      const res = await w.us.app.inject({ method: 'POST', url: '/api/v1/screenings', headers: { ...headers, 'content-type': 'text/csv' }, payload: 'name,CAS\nethanol,64-17-5\n' });
      if (res.statusCode !== 202) throw new Error(`screening refused: ${res.statusCode} ${res.body}`);
      const { id } = res.json<{ id: string }>();
      for (let i = 0; i < 300; i++) {
        const job = (await w.us.app.inject({ method: 'GET', url: `/api/v1/screenings/${id}`, headers })).json<{ status: string }>();
        if (job.status === 'done') return { id };
        if (job.status === 'failed') throw new Error(`screening ${id} failed`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`screening ${id} did not finish in 30 s`);
    },
  };
}

/** A request's steps by id before the request itself: the first fixture whose prefix a route starts with serves it. */
const requestFixtures = (w: World): Fixture[] => [requestStepFixture(w), requestFixture(w)];

/** Every fixture of the matrix; a route with a record id in its path needs one of them, or a stated exclusion. */
export function fixturesOf(w: World): Fixture[] {
  const received = receivedContact(w);
  return [contactFixture(w, received), agencyFixture(w, received), userFixture(w), tokenFixture(w), screeningFixture(w), notificationFixture(w), translationFixture(w), incidentFixture(w), caseFixture(w), ...requestFixtures(w), ...meetingFixtures(w)];
}
