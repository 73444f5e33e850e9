// The working group's fixtures of the scope matrix: meetings, commitments and readouts. They are the party's records,
// kept by its secretariat and supervisors whichever agency they sit in (meetings/kit.ts canKeep), so "own agency" and
// "other agency" are records filed by a secretariat of agency A or of agency B — never a caller, so four eyes is not
// spoilt — and a commitment owned by agency A or B (whose officers report its progress). The other party: a meeting CN
// convenes naming the US, a commitment CN owns at it, and CN's text of a joint readout of it, each received through
// the exchange (CN's own readouts never leave CN). A readout in state `cleared` was cleared by a supervisor of agency
// A who is not a caller either.
import type { Fixture, Rec } from './access-scope-fixtures.js';
import { signIn, type Headers, type Scope, type World } from './access-scope-world.js';
import { meetingInput, partInput } from './meetings.js';
import type { PairNode } from './pair.js';

const NO_LINKS = { incidents: [], notifications: [], cases: [], requests: [] };

/** A commitment made at `meetingId`, owned by `agencyId`: what a keeper files. */
export const commitmentInput = (meetingId: string, agencyId: string, over: Record<string, unknown> = {}) => ({
  meetingId,
  topic: 'precursors',
  text: 'Publish the schedule of the three precursors agreed at the meeting',
  language: 'en',
  agencyId,
  dueOn: '2026-06-30',
  evidence: NO_LINKS,
  ...over,
});

/** An own readout of `meetingId`, in English; it names no person and links nothing, so it can be cleared. */
export const readoutInput = (meetingId: string, over: Record<string, unknown> = {}) => ({
  meetingId,
  kind: 'own',
  language: 'en',
  title: 'Readout of the working-level meeting on precursors',
  body: 'The delegations reviewed the scheduling of fentanyl precursors and agreed to exchange their lists every quarter.',
  links: NO_LINKS,
  ...over,
});

/** CN's meetings: convened in Beijing, naming the US. */
const IN_BEIJING = { parties: ['US'], place: 'Beijing', timeZone: 'Asia/Shanghai', startsAt: '2026-03-10T10:00:00+08:00', endsAt: '2026-03-10T12:00:00+08:00' };

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

/** A call that must succeed (the fixture's own setup); its JSON. */
async function call<T>(node: PairNode, headers: Headers, method: 'POST' | 'GET', url: string, payload?: unknown): Promise<T> {
  const res = await node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} on ${node.party} refused: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** The people and meetings the three fixtures share: signed in, and convened, once. */
function sides(w: World) {
  const secretariat = {
    a: once(async () => (await signIn(w.us, w.agencies.a.id, ['secretariat'])).headers),
    b: once(async () => (await signIn(w.us, w.agencies.b.id, ['secretariat'])).headers),
    cn: once(async () => (await signIn(w.cn, w.agencies.cn.id, ['secretariat'])).headers),
  };
  const clearer = once(async () => (await signIn(w.us, w.agencies.a.id, ['supervisor'])).headers);
  const usKeeper = (scope: Scope) => (scope === 'own agency' ? secretariat.a() : secretariat.b());
  const usAgency = (scope: Scope) => (scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id);

  /** A US meeting naming CN, recorded by the scope's secretariat. */
  const usMeeting = async (scope: Scope, over: Record<string, unknown> = {}): Promise<string> => (await call<{ id: string }>(w.us, await usKeeper(scope), 'POST', '/meetings', meetingInput(over))).id;

  /** A CN meeting naming the US, as the US node holds it once delivered. */
  async function cnMeeting(over: Record<string, unknown> = {}): Promise<string> {
    const { id } = await call<{ id: string }>(w.cn, await secretariat.cn(), 'POST', '/meetings', meetingInput({ ...IN_BEIJING, ...over }));
    await w.cn.deliver();
    return id;
  }
  // Commitments and readouts are made at meetings they do not change: one meeting of each side serves them all. It is
  // TLP:CLEAR, as a meeting whose readout goes public must be (readout-checks.ts).
  const clear = { handling: 'TLP:CLEAR' };
  const shared = { us: once(() => usMeeting('own agency', clear)), cn: once(() => cnMeeting(clear)) };
  return { secretariat, clearer, usKeeper, usAgency, usMeeting, cnMeeting, shared };
}
type Sides = ReturnType<typeof sides>;

function meetingFixture(w: World, s: Sides): Fixture {
  const change = { state: 'held', consumes: true };
  return {
    resource: 'meeting',
    prefix: '/api/v1/meetings/:id',
    absent: {},
    operations: {
      'GET /api/v1/meetings/:id': { state: 'held' },
      'PUT /api/v1/meetings/:id': { ...change, body: () => ({ ...meetingInput({ title: 'Changed title' }), version: 1 }) },
      'POST /api/v1/meetings/:id/withdraw': { ...change, body: () => ({ note: 'Recorded twice' }) },
      // This party's part, first saved (version 0), naming an agency of this party: the caller's own.
      'PUT /api/v1/meetings/:id/parts/own': { ...change, body: () => ({ ...partInput(w.agencies.a.id), version: 0 }) },
    },
    make: async (scope) => ({ id: scope === 'other party' ? await s.cnMeeting() : await s.usMeeting(scope) }),
  };
}

function commitmentFixture(w: World, s: Sides): Fixture {
  const change = { state: 'open', consumes: true };
  return {
    resource: 'commitment',
    prefix: '/api/v1/commitments/:id',
    absent: {},
    operations: {
      'GET /api/v1/commitments/:id': { state: 'open' },
      'PUT /api/v1/commitments/:id': { ...change, body: (rec: Rec) => ({ ...commitmentInput(rec.meetingId ?? '', rec.agencyId ?? '', { dueOn: '2026-07-31' }), version: 1 }) },
      'POST /api/v1/commitments/:id/progress': { ...change, body: () => ({ status: 'in-progress', note: 'The draft schedule is out for comment', evidence: NO_LINKS, version: 1 }) },
      'POST /api/v1/commitments/:id/withdraw': { ...change, body: () => ({ note: 'Recorded twice' }) },
    },
    async make(scope) {
      if (scope === 'other party') {
        const meetingId = await s.shared.cn();
        const { id } = await call<{ id: string }>(w.cn, await s.secretariat.cn(), 'POST', '/commitments', commitmentInput(meetingId, w.agencies.cn.id));
        await w.cn.deliver();
        // A body naming the caller's own agency: what someone taking CN's commitment over would send.
        return { id, meetingId, agencyId: w.agencies.a.id };
      }
      const [meetingId, agencyId] = [await s.shared.us(), s.usAgency(scope)];
      const { id } = await call<{ id: string }>(w.us, await s.usKeeper(scope), 'POST', '/commitments', commitmentInput(meetingId, agencyId));
      return { id, meetingId, agencyId };
    },
  };
}

function readoutFixture(w: World, s: Sides): Fixture {
  const draft = { state: 'draft', consumes: true };
  const edit = { title: 'Readout of the working-level meeting', body: 'The delegations agreed to exchange their lists of scheduled precursors every quarter.', links: NO_LINKS, version: 1 };
  return {
    resource: 'readout',
    prefix: '/api/v1/readouts/:id',
    absent: {},
    operations: {
      'GET /api/v1/readouts/:id': { state: 'draft' },
      'GET /api/v1/readouts/:id/versions': { state: 'draft' },
      'PUT /api/v1/readouts/:id': { ...draft, body: () => edit },
      'PUT /api/v1/readouts/:id/translation': { ...draft, body: () => ({ title: '工作组会议纪要', body: '双方同意每季度交换已列管易制毒化学品清单。', by: 'person', version: 1 }) },
      // Clearing a version already cleared answers it as it is: the draft serves every cell.
      'POST /api/v1/readouts/:id/clear': { state: 'draft', body: () => ({ version: 1 }) },
      // Releasing again replaces the public snapshot: the cleared readout serves every cell.
      'POST /api/v1/readouts/:id/release': { state: 'cleared' },
      'POST /api/v1/readouts/:id/withdraw': { ...draft, body: () => ({ note: 'Drafted twice' }) },
    },
    async make(scope, state) {
      if (scope === 'other party') {
        // CN's text of a joint readout of its meeting: the only kind of readout that reaches the US node.
        const { id } = await call<{ id: string }>(w.cn, await s.secretariat.cn(), 'POST', '/readouts', readoutInput(await s.shared.cn(), { kind: 'joint' }));
        await w.cn.deliver();
        return { id };
      }
      const { id } = await call<{ id: string }>(w.us, await s.usKeeper(scope), 'POST', '/readouts', readoutInput(await s.shared.us()));
      if (state === 'cleared') await call(w.us, await s.clearer(), 'POST', `/readouts/${id}/clear`, { version: 1 });
      return { id };
    },
  };
}

/** The working group's fixtures: meetings, commitments and readouts of each scope. */
export function meetingFixtures(w: World): Fixture[] {
  const s = sides(w);
  return [meetingFixture(w, s), commitmentFixture(w, s), readoutFixture(w, s)];
}
