// Who may act on whose record, generated from the node's route table: every operation that names a record in its
// path × every role (a person of agency A and an API token of agency A, and an administrator who is also an officer)
// × a record of the caller's own agency, of another agency of the same party, and of the other party (received
// through the exchange), on two real nodes. A route that names a record needs a fixture that makes such records
// (server/test/access-scope-fixtures.ts) or a stated reason to be left out (EXCLUDED), and an expected outcome per
// scope (EXPECTED), written as the policy reads: a route added without them fails here, naming itself. A role the
// route does not name gets 403 role-required (access-matrix.routes.test.ts); every other cell gets what EXPECTED
// says — 2xx, or the status and problem type of the refusal — and no cell a 5xx.
import { describe, expect, it } from 'vitest';
import type { Role } from './platform/context.js';
import type { AccessEntry } from './platform/http/access.js';
import { problemType } from '../test/node.js';
import { fixturesOf, type Fixture, type Operation, type Rec } from '../test/access-scope-fixtures.js';
import { makeWorld, SCOPES, type Caller, type Scope } from '../test/access-scope-world.js';

type Outcome = 'ok' | { status: number; type: string };
type Rule = (c: Caller) => Outcome;
type Expectation = Partial<Record<Scope, Rule>>;

const has = (...roles: Role[]) => (c: Caller) => roles.some((r) => c.roles.includes(r));
const inPerson = (c: Caller) => c.kind === 'person';
const ok: Rule = () => 'ok';
const refused = (status: number, type: string): Rule => () => ({ status, type });
const onlyIf = (may: (c: Caller) => boolean, otherwise: Rule): Rule => (c) => (may(c) ? 'ok' : otherwise(c));

const FORBIDDEN = refused(403, 'forbidden');
const NOT_FOUND = refused(404, 'not-found');
const WRONG_PARTY = refused(403, 'wrong-party');
const NOT_EXPORTING_AGENCY = refused(403, 'not-exporting-agency');
const SUPERVISOR_REQUIRED = refused(403, 'supervisor-required');

// Each rule speaks for the callers the route's roles let in; the others get role-required before any of this.

/** Whoever the route lets in reads a record of any scope (notifications: this party's readers, whichever agency). */
const READ: Expectation = { 'own agency': ok, 'other agency': ok, 'other party': ok };

/** Contacts (directory/policy.ts): admins, and supervisors of the contact's agency, change it, on its own party's node only. */
const CONTACT_CHANGE: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('admin'), FORBIDDEN), 'other party': FORBIDDEN };

/**
 * Agencies: this node's registry of every party's agencies is its administrators' to keep, in person or by token
 * (directory/service.ts) — the other party's too, which the demo seeds by hand and the exchange adds on first sight;
 * of those only the names (the acronym is how the exchange knows them: contacts.policy.routes.test.ts).
 */
const AGENCY_CHANGE: Expectation = { 'own agency': ok, 'other agency': ok, 'other party': ok };

/** Accounts and API tokens: node-wide, by an administrator in person, never by a token (accounts/guards.ts). */
const ACCOUNT_CHANGE: Expectation = { 'own agency': onlyIf(inPerson, FORBIDDEN), 'other agency': onlyIf(inPerson, FORBIDDEN) };

/** A bulk screening is its starter's; administrators and auditors see all; to anyone else it does not exist. */
const SCREENING_READ: Expectation = { 'own agency': onlyIf(has('admin', 'auditor'), NOT_FOUND), 'other agency': onlyIf(has('admin', 'auditor'), NOT_FOUND) };

/**
 * Notifications, exporting side (notifications/policy.ts): the exporting agency's officers and supervisors, in
 * person or by token; for another agency an administrator who is also an officer (audited as an override); never
 * the other party's notification.
 */
const EXPORTER_STEP: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('admin'), NOT_EXPORTING_AGENCY), 'other party': WRONG_PARTY };

/** Review of flagged lines: an exporter-side step, by a supervisor in person (four eyes: a token is nobody's second pair). */
const REVIEW: Expectation = {
  'own agency': (c) => (!has('supervisor')(c) ? SUPERVISOR_REQUIRED(c) : inPerson(c) ? 'ok' : { status: 403, type: 'four-eyes' }),
  'other agency': (c) => (!has('admin')(c) ? NOT_EXPORTING_AGENCY(c) : has('supervisor')(c) ? 'ok' : SUPERVISOR_REQUIRED(c)),
  'other party': WRONG_PARTY,
};

/** Importing side: any officer or supervisor of the importing party, whichever agency; never this party's own exports. */
const IMPORTER_STEP: Expectation = { 'own agency': WRONG_PARTY, 'other agency': WRONG_PARTY, 'other party': ok };

/** Signing or sending back a prepared clearance: a supervisor in person who did not prepare it (a token is no second person). */
const SIGNATURE: Expectation = {
  'own agency': WRONG_PARTY,
  'other agency': WRONG_PARTY,
  'other party': (c) => (!has('supervisor')(c) ? SUPERVISOR_REQUIRED(c) : inPerson(c) ? 'ok' : { status: 403, type: 'second-person' }),
};

/**
 * Incidents (incidents/policy.ts): the reporting agency's officers and supervisors change this party's own; for
 * another agency an administrator who is also an officer (audited as an override); never another party's.
 */
const NOT_REPORTING_AGENCY = refused(403, 'not-reporting-agency');
const INCIDENT_CHANGE: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('admin'), NOT_REPORTING_AGENCY), 'other party': WRONG_PARTY };

/**
 * Translations (platform/translation): a translation is this node's own record, so any officer or supervisor may
 * translate the free text of a record they can read, whichever agency or party wrote it. The secretariat reaches the
 * translation routes for the working group's records only (sources.ts): the fixture's contact is refused it.
 */
const TRANSLATOR = onlyIf(has('officer', 'supervisor'), refused(403, 'translation-not-allowed'));
const TRANSLATE: Expectation = { 'own agency': TRANSLATOR, 'other agency': TRANSLATOR, 'other party': TRANSLATOR };
/** Machine translation: refused alike for every record while the node has no translation service configured. */
const MACHINE: Expectation = { 'own agency': refused(409, 'translation-unavailable'), 'other agency': refused(409, 'translation-unavailable'), 'other party': refused(409, 'translation-unavailable') };

/**
 * Cases and requests (requests/policy.ts): the requesting side's officers and supervisors of the agency that opened
 * the case or asks the request change it; for another agency an administrator who is also an officer (audited as an
 * override); never another party's — a case shared with this party, or a request asked of it, is read-only here.
 */
const NOT_CASE_AGENCY = refused(403, 'not-case-agency');
const NOT_REQUESTING_AGENCY = refused(403, 'not-requesting-agency');
const FOUR_EYES = refused(403, 'four-eyes');
const CASE_CHANGE: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('admin'), NOT_CASE_AGENCY), 'other party': WRONG_PARTY };
const REQUEST_CHANGE: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('admin'), NOT_REQUESTING_AGENCY), 'other party': WRONG_PARTY };
/** Four eyes: a requester-side step, by a supervisor in person who neither drafted nor edited it (a token is no second person). */
const secondPerson = (c: Caller) => has('supervisor')(c) && inPerson(c);
const REQUEST_APPROVAL: Expectation = {
  'own agency': onlyIf(secondPerson, FOUR_EYES),
  'other agency': (c) => (!has('admin')(c) ? NOT_REQUESTING_AGENCY(c) : secondPerson(c) ? 'ok' : FOUR_EYES(c)),
  'other party': WRONG_PARTY,
};
/**
 * A step on a request: on this party's own requests the requester's (closure), as any requester-side change; on a
 * request the other party asked of this one, the answer of any officer or supervisor of this party.
 */
const STEP_FILING: Expectation = { ...REQUEST_CHANGE, 'other party': ok };
/**
 * An answer waiting for four eyes is approved or returned by a supervisor in person who did not write it, of its
 * author's agency; of another agency only one who is also an administrator (audited as an override). The other
 * party's steps never wait here (409).
 */
const STEP_APPROVAL: Expectation = { 'own agency': onlyIf(secondPerson, FOUR_EYES), 'other agency': onlyIf((c) => has('admin')(c) && secondPerson(c), FOUR_EYES), 'other party': refused(409, 'step-not-pending') };

/**
 * The working group (meetings/kit.ts canRead, canKeep): a meeting, commitment or readout is the party's record, not an
 * agency's, so this party's secretariat and supervisors keep it whichever agency filed it; never another party's (a
 * meeting, commitment or readout text received from it is read-only here). Which of the keepers a route lets in is
 * its roles' business: readouts are drafted and edited by the secretariat alone (a supervisor clears them).
 */
const WG_KEEP: Expectation = { 'own agency': ok, 'other agency': ok, 'other party': WRONG_PARTY };
/** Each party keeps its own part of any meeting that names it: of its own meetings, and of the other party's. */
const OWN_PART: Expectation = { 'own agency': ok, 'other agency': ok, 'other party': ok };
/**
 * Progress on a commitment (commitments.ts mayReport): the keepers, and officers of the owning agency; an officer of
 * another agency is refused, an administrator too (no override: progress is the owning agency's word).
 */
const PROGRESS: Expectation = { 'own agency': ok, 'other agency': onlyIf(has('secretariat', 'supervisor'), FORBIDDEN), 'other party': WRONG_PARTY };
/** Clearing a readout (four eyes): a supervisor in person who wrote none of it, whichever agency; never another party's text. */
const READOUT_CLEARANCE: Expectation = {
  'own agency': onlyIf(inPerson, refused(403, 'second-person-required')),
  'other agency': onlyIf(inPerson, refused(403, 'second-person-required')),
  'other party': WRONG_PARTY,
};

const EXPECTED: Record<string, Expectation> = {
  'GET /api/v1/contacts/:id': READ,
  'GET /api/v1/contacts/:id/exchange': READ,
  'GET /api/v1/contacts/:id/evidence': READ,
  'PATCH /api/v1/contacts/:id': CONTACT_CHANGE,
  'POST /api/v1/contacts/:id/verifications': CONTACT_CHANGE,
  'POST /api/v1/contacts/:id/deactivation': CONTACT_CHANGE,
  'POST /api/v1/contacts/:id/reactivation': CONTACT_CHANGE,
  'POST /api/v1/contacts/:id/withdrawal': CONTACT_CHANGE,
  'GET /api/v1/agencies/:id': READ,
  'PATCH /api/v1/agencies/:id': AGENCY_CHANGE,
  'PATCH /api/v1/users/:id': ACCOUNT_CHANGE,
  'PUT /api/v1/users/:id/password': ACCOUNT_CHANGE,
  'DELETE /api/v1/tokens/:id': ACCOUNT_CHANGE,
  'GET /api/v1/screenings/:id': SCREENING_READ,
  'GET /api/v1/screenings/:id/results': SCREENING_READ,
  'GET /api/v1/notifications/:id': READ,
  'GET /api/v1/notifications/:id/attachments/:attachmentId': READ,
  'GET /api/v1/notifications/:id/delivery': READ,
  'GET /api/v1/notifications/:id/clearance': READ,
  'GET /api/v1/notifications/:id/clearance.pdf': READ,
  'GET /api/v1/notifications/:id/notification.pdf': READ,
  'PUT /api/v1/notifications/:id': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/attachments': EXPORTER_STEP,
  'DELETE /api/v1/notifications/:id/attachments/:attachmentId': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/send': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/withdraw': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/information': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/decision': EXPORTER_STEP,
  'POST /api/v1/notifications/:id/review': REVIEW,
  'POST /api/v1/notifications/:id/replies': IMPORTER_STEP,
  'POST /api/v1/notifications/:id/sign': SIGNATURE,
  'POST /api/v1/notifications/:id/return': SIGNATURE,
  'GET /api/v1/incidents/:id': READ,
  'GET /api/v1/incidents/:id/delivery': READ,
  'GET /api/v1/incidents/:id/export.stix': READ,
  'PUT /api/v1/incidents/:id': INCIDENT_CHANGE,
  'POST /api/v1/incidents/:id/withdraw': INCIDENT_CHANGE,
  'POST /api/v1/incidents/:id/follow-ups': READ,
  // A follow-up is withdrawn as an incident is changed: by the agency it was written for (or an admin's override).
  'POST /api/v1/incidents/:id/follow-ups/:followUpId/withdraw': INCIDENT_CHANGE,
  'GET /api/v1/translations/:kind/:id': READ,
  'PUT /api/v1/translations/:kind/:id': TRANSLATE,
  'POST /api/v1/translations/:kind/:id/machine': MACHINE,
  'GET /api/v1/cases/:id': READ,
  'PUT /api/v1/cases/:id': CASE_CHANGE,
  'POST /api/v1/cases/:id/close': CASE_CHANGE,
  'POST /api/v1/cases/:id/withdraw': CASE_CHANGE,
  'GET /api/v1/requests/:id': READ,
  'GET /api/v1/requests/:id/documents/:documentId': READ,
  'PUT /api/v1/requests/:id': REQUEST_CHANGE,
  'POST /api/v1/requests/:id/submit': REQUEST_CHANGE,
  'POST /api/v1/requests/:id/documents': REQUEST_CHANGE,
  'DELETE /api/v1/requests/:id/documents/:documentId': REQUEST_CHANGE,
  'POST /api/v1/requests/:id/withdraw': REQUEST_CHANGE,
  'POST /api/v1/requests/:id/approve': REQUEST_APPROVAL,
  'POST /api/v1/requests/:id/return': REQUEST_APPROVAL,
  'POST /api/v1/requests/:id/steps': STEP_FILING,
  'POST /api/v1/requests/:id/steps/:stepId/approve': STEP_APPROVAL,
  'POST /api/v1/requests/:id/steps/:stepId/return': STEP_APPROVAL,
  'GET /api/v1/meetings/:id': READ,
  'PUT /api/v1/meetings/:id': WG_KEEP,
  'POST /api/v1/meetings/:id/withdraw': WG_KEEP,
  'PUT /api/v1/meetings/:id/parts/own': OWN_PART,
  'GET /api/v1/commitments/:id': READ,
  'PUT /api/v1/commitments/:id': WG_KEEP,
  'POST /api/v1/commitments/:id/progress': PROGRESS,
  'POST /api/v1/commitments/:id/withdraw': WG_KEEP,
  'GET /api/v1/readouts/:id': READ,
  'GET /api/v1/readouts/:id/versions': READ,
  'PUT /api/v1/readouts/:id': WG_KEEP,
  'PUT /api/v1/readouts/:id/translation': WG_KEEP,
  'POST /api/v1/readouts/:id/clear': READOUT_CLEARANCE,
  'POST /api/v1/readouts/:id/release': WG_KEEP,
  'POST /api/v1/readouts/:id/withdraw': WG_KEEP,
};

/** Routes that name something in their path but have no agency or party scope to test, and why. */
const EXCLUDED: { prefix: string; reason: string }[] = [
  { prefix: '/api/v1/parties/:code', reason: 'the party registry is node-wide and administrators-only: no agency owns a party' },
  { prefix: '/api/v1/peers/:party', reason: 'the node’s peering, administrators-only (auditors read): no agency owns a peer' },
  { prefix: '/api/v1/substances/:id', reason: 'registry reference data; controls are scoped by jurisdiction, tested in substances.routes.test.ts' },
  { prefix: '/api/v1/notification-reply-periods/:party', reason: 'a party’s own setting (admins in person); another party’s is refused in notifications.routes.test.ts' },
  { prefix: '/api/v1/notification-signing-rules/:party', reason: 'a party’s own setting (admins in person); another party’s is refused in notifications.authz.routes.test.ts' },
];

const world = await makeWorld();
const fixtures = fixturesOf(world);
const keyOf = (e: AccessEntry) => `${e.method} ${e.url}`;
const namesRecord = (e: AccessEntry) => e.roles !== 'public' && /\/:\w+/.test(e.url);
const routes = world.us.app.accessTable.filter(namesRecord);
const exclusionOf = (e: AccessEntry) => EXCLUDED.find((x) => e.url === x.prefix || e.url.startsWith(`${x.prefix}/`));
const fixtureOf = (e: AccessEntry) => fixtures.find((f) => e.url === f.prefix || e.url.startsWith(`${f.prefix}/`));

// Records are made when a cell first needs them and shared by the cells after it, until a success uses one up.
const records = new Map<string, Promise<Rec>>();
const recordKey = (f: Fixture, scope: Scope, state: string) => `${f.resource}|${scope}|${state}`;
function recordFor(f: Fixture, scope: Scope, state: string): Promise<Rec> {
  const key = recordKey(f, scope, state);
  const made = records.get(key) ?? f.make(scope, state);
  records.set(key, made);
  return made;
}

const cells = { ok: 0, refusedByScope: 0, refusedByRole: 0 };
const describeOutcome = (o: Outcome) => (o === 'ok' ? '2xx' : `${o.status} ${o.type}`);

/** Calls the route as `caller` on the scope's record; returns what went wrong, or null. */
async function runCell(entry: AccessEntry, f: Fixture, op: Operation, scope: Scope, caller: Caller, rule: Rule): Promise<string | null> {
  const rec = await recordFor(f, scope, op.state);
  const url = entry.url.replace(/:(\w+)/g, (_m, name: string) => {
    const value = rec[name];
    if (!value) throw new Error(`the ${f.resource} fixture's ${scope} record (${op.state}) has no ${name} for ${keyOf(entry)}`);
    return value;
  });
  const payload = op.body ? await op.body(rec) : undefined;
  const headers = { ...caller.headers, ...(op.contentType ? { 'content-type': op.contentType } : {}) };
  const res = await world.us.app.inject({ method: entry.method as 'GET', url: url + (op.query ?? ''), headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  const letIn = entry.roles !== 'public' && entry.roles.some((r) => caller.roles.includes(r));
  const want: Outcome = letIn ? rule(caller) : { status: 403, type: 'role-required' };
  const type = res.statusCode >= 400 ? problemType(res) : '';
  if (res.statusCode < 300 && op.consumes) records.delete(recordKey(f, scope, op.state));
  const met = want === 'ok' ? res.statusCode < 300 : res.statusCode === want.status && type === want.type;
  if (met && res.statusCode < 500) {
    cells[want === 'ok' ? 'ok' : letIn ? 'refusedByScope' : 'refusedByRole'] += 1;
    return null;
  }
  const detail = res.statusCode >= 400 ? `(${res.json<{ detail?: string }>().detail ?? ''})` : '';
  return `${caller.who} on the ${scope}'s ${f.resource}: expected ${describeOutcome(want)}, got ${res.statusCode} ${type} ${detail}`.trim();
}

describe('who may act on whose record: own agency, another agency, the other party', () => {
  it('has a fixture or a stated exclusion for every route that names a record, and nothing stale in either', () => {
    const table = new Set(routes.map(keyOf));
    const missing = routes.filter((e) => !exclusionOf(e) && !fixtureOf(e)).map((e) => `${keyOf(e)}: no fixture and no exclusion`);
    const staleExpectations = Object.keys(EXPECTED).filter((k) => !table.has(k)).map((k) => `EXPECTED names ${k}, which the route table lacks`);
    const staleOperations = fixtures.flatMap((f) => Object.keys(f.operations).filter((k) => !table.has(k)).map((k) => `the ${f.resource} fixture calls ${k}, which the route table lacks`));
    const staleExclusions = EXCLUDED.filter((x) => !routes.some((e) => exclusionOf(e) === x)).map((x) => `EXCLUDED ${x.prefix} matches no route`);
    expect([...missing, ...staleExpectations, ...staleOperations, ...staleExclusions]).toEqual([]);
    expect(routes.filter((e) => !exclusionOf(e)).length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
  });

  for (const entry of routes.filter((e) => !exclusionOf(e))) {
    const key = keyOf(entry);
    it(`${key} answers each caller and scope as the policy says`, async () => {
      const f = fixtureOf(entry);
      if (!f) return expect.fail(`${key} names a record but has no fixture (server/test/access-scope-fixtures.ts) and no exclusion (EXCLUDED)`);
      const op = f.operations[key];
      if (!op) return expect.fail(`the ${f.resource} fixture does not say how to call ${key} (its state, its body)`);
      const expectation = EXPECTED[key];
      if (!expectation) return expect.fail(`${key} has no expected outcome per scope in EXPECTED: say who may act on whose record`);
      const problems: string[] = [];
      for (const scope of SCOPES) {
        const rule = expectation[scope];
        const absent = f.absent[scope];
        if (absent && rule) problems.push(`EXPECTED gives ${key} an outcome for the ${scope}, but the ${f.resource} fixture has no such record: ${absent}`);
        if (!absent && !rule) problems.push(`EXPECTED gives ${key} no outcome for a record of the ${scope}`);
        if (absent || !rule) continue;
        for (const caller of world.callers) {
          const problem = await runCell(entry, f, op, scope, caller, rule);
          if (problem) problems.push(problem);
        }
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }

  it('ran every kind of cell: let through, refused by scope, refused by role', () => {
    expect(cells.ok).toBeGreaterThan(150);
    expect(cells.refusedByScope).toBeGreaterThan(100);
    expect(cells.refusedByRole).toBeGreaterThan(300);
  });
});
