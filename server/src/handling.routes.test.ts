// Handling on every path (DESIGN §6, platform/handling), generated from the node's route table: every GET route that
// names a record by `:id` reads a kind of record with a handling (server/test/handling-fixtures.ts) or is stated to
// read records without one (NO_HANDLING, with the reason); a route added without either fails here, naming itself.
// For every such route and kind: a viewer asking for a TLP:RED record gets exactly what a missing record gets (404
// not-found — no 403 that would tell it exists), while an officer reaches it and a viewer reaches an AMBER one (so the
// 404 is the handling's doing); lists leave RED records out for viewers; and a person's read of an AMBER or RED
// record, not of a GREEN one, is audited.
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { handledKinds, type HandledKind, type HandledRecord } from '../test/handling-fixtures.js';
import { makeTestNode, problemType } from '../test/node.js';
import { auditLog, type AuditAction } from './platform/audit/index.js';
import type { Handling } from './platform/handling/index.js';
import type { AccessEntry } from './platform/http/access.js';

type Headers = Record<string, string>;

/** Routes that name a record by `:id` whose records carry no handling, and why. */
const NO_HANDLING: { prefix: string; reason: string }[] = [
  { prefix: '/api/v1/agencies/:id', reason: 'the directory of agencies is reference data every user works with; an agency has no handling' },
  { prefix: '/api/v1/screenings/:id', reason: 'a bulk screening is its starter’s (and administrators’ and auditors’): it has no handling, and others get 404 already' },
  { prefix: '/api/v1/substances/:id', reason: 'the controlled-substance registry is public reference data' },
];

/** Reads any kind's record by kind and id: checked for every kind with free text (`hasTexts`). */
const BY_KIND = '/api/v1/translations/:kind/:id';

const node = await makeTestNode();
const agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
const officer = (await node.signedIn(['officer'], { agencyId })).headers;
const viewer = (await node.signedIn(['viewer'], { agencyId })).headers;
const kinds = handledKinds({ node, agencyId, officer });

const keyOf = (e: AccessEntry) => `${e.method} ${e.url}`;
const under = (url: string, prefix: string) => url === prefix || url.startsWith(`${prefix}/`);
const routes = node.app.accessTable.filter((e) => e.method === 'GET' && e.roles !== 'public' && /\/:id(\/|$)/.test(e.url));
const kindsOf = (e: AccessEntry): HandledKind[] => (e.url === BY_KIND ? kinds.filter((k) => k.hasTexts) : kinds.filter((k) => under(e.url, k.prefix)));
const exclusionOf = (e: AccessEntry) => NO_HANDLING.find((x) => under(e.url, x.prefix));

// One record per kind and handling, made when a check first needs it; reads use nothing up.
const made = new Map<string, Promise<HandledRecord>>();
function record(k: HandledKind, handling: Handling): Promise<HandledRecord> {
  const key = `${k.kind}|${handling}`;
  const rec = made.get(key) ?? k.make(handling);
  made.set(key, rec);
  return rec;
}

function urlFor(e: AccessEntry, k: HandledKind, rec: HandledRecord): string {
  return e.url.replace(/:(\w+)/g, (_m, name: string) => {
    if (name === 'kind') return k.kind;
    const value = rec[name];
    if (!value) throw new Error(`the ${k.kind} fixture's record has no ${name} for ${keyOf(e)}`);
    return value;
  });
}

const get = (url: string, headers: Headers) => node.app.inject({ method: 'GET', url, headers });
const outcome = (res: LightMyRequestResponse) => (res.statusCode >= 400 ? `${res.statusCode} ${problemType(res)}` : `${res.statusCode}`);
const missing = (rec: HandledRecord): HandledRecord => Object.fromEntries(Object.keys(rec).map((name) => [name, randomUUID()]));

async function readsOf(action: AuditAction, subjectId: string): Promise<number> {
  const [row] = await node.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)));
  return row?.n ?? -1;
}

beforeAll(async () => {
  // Every record up front: the checks below then compare reads, not records being made.
  await Promise.all(kinds.flatMap((k) => (['TLP:GREEN', 'TLP:AMBER', 'TLP:RED'] as const).map((h) => record(k, h))));
});

describe('handling on every path that names a record', () => {
  it('has a kind with a handling, or a stated reason it has none, for every GET route with :id, and nothing stale', () => {
    const unmatched = routes.filter((e) => kindsOf(e).length === 0 && !exclusionOf(e)).map((e) => `${keyOf(e)}: no kind in server/test/handling-fixtures.ts and not in NO_HANDLING`);
    const both = routes.filter((e) => kindsOf(e).length > 0 && exclusionOf(e)).map((e) => `${keyOf(e)}: both a handled kind and NO_HANDLING`);
    const staleExclusions = NO_HANDLING.filter((x) => !routes.some((e) => exclusionOf(e) === x)).map((x) => `NO_HANDLING ${x.prefix} matches no route`);
    const staleKinds = kinds.filter((k) => !routes.some((e) => under(e.url, k.prefix))).map((k) => `the ${k.kind} kind's prefix ${k.prefix} matches no GET route`);
    expect([...unmatched, ...both, ...staleExclusions, ...staleKinds]).toEqual([]);
    expect(routes.some((e) => e.url === BY_KIND)).toBe(true);
  });

  for (const entry of routes.filter((e) => !exclusionOf(e))) {
    it(`${keyOf(entry)}: a viewer gets for a TLP:RED record what it gets for a missing one; an officer reaches it`, async () => {
      if (kindsOf(entry).length === 0) return expect.fail(`${keyOf(entry)} reads records by id, but no kind in server/test/handling-fixtures.ts makes them (and it is not in NO_HANDLING)`);
      const problems: string[] = [];
      for (const k of kindsOf(entry)) {
        const red = await record(k, 'TLP:RED');
        const asViewer = await get(urlFor(entry, k, red), viewer);
        const asIfMissing = await get(urlFor(entry, k, missing(red)), viewer);
        const asOfficer = await get(urlFor(entry, k, red), officer);
        const amberAsViewer = await get(urlFor(entry, k, await record(k, 'TLP:AMBER')), viewer);
        if (outcome(asViewer) !== '404 not-found') problems.push(`${k.kind}: a viewer got ${outcome(asViewer)} for a RED record, not 404 not-found`);
        if (outcome(asViewer) !== outcome(asIfMissing)) problems.push(`${k.kind}: a viewer tells a RED record (${outcome(asViewer)}) from a missing one (${outcome(asIfMissing)})`);
        if (asOfficer.statusCode === 404 || asOfficer.statusCode >= 500) problems.push(`${k.kind}: an officer got ${outcome(asOfficer)} for the RED record (the fixture proves nothing)`);
        if (amberAsViewer.statusCode === 404 || amberAsViewer.statusCode >= 500) problems.push(`${k.kind}: a viewer got ${outcome(amberAsViewer)} for an AMBER record (the route is not the viewer's at all)`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const k of kinds) {
    it(`lists of ${k.kind} records leave TLP:RED ones out for a viewer, not for an officer`, async () => {
      const red = await record(k, 'TLP:RED');
      const amber = await record(k, 'TLP:AMBER');
      for (const list of k.lists) {
        const asViewer = await get(list.url, viewer);
        const asOfficer = await get(list.url, officer);
        expect([asViewer.statusCode, asOfficer.statusCode], list.url).toEqual([200, 200]);
        expect([list.shows(asViewer, red), list.shows(asViewer, amber)], `${list.url} as a viewer: RED, AMBER`).toEqual([false, true]);
        expect([list.shows(asOfficer, red), list.shows(asOfficer, amber)], `${list.url} as an officer: RED, AMBER`).toEqual([true, true]);
      }
    });

    it(`audits a person's read of an AMBER or RED ${k.kind} (${k.readAction}), not of a GREEN one`, async () => {
      const reads = async (handling: Handling, headers: Headers, url: (id: string) => string) => {
        const { id = '' } = await record(k, handling);
        const before = await readsOf(k.readAction, id);
        const res = await get(url(id), headers);
        expect(res.statusCode, `${url(id)}: ${res.body}`).toBe(200);
        return (await readsOf(k.readAction, id)) - before;
      };
      const detail = (id: string) => k.prefix.replace(':id', id);
      expect([await reads('TLP:GREEN', officer, detail), await reads('TLP:AMBER', officer, detail), await reads('TLP:RED', officer, detail), await reads('TLP:AMBER', viewer, detail)]).toEqual([0, 1, 1, 1]);
      if (!k.hasTexts) return;
      const texts = (id: string) => BY_KIND.replace(':kind', k.kind).replace(':id', id);
      expect([await reads('TLP:GREEN', officer, texts), await reads('TLP:RED', officer, texts)]).toEqual([0, 1]);
      const { id = '' } = await record(k, 'TLP:RED');
      const [last] = await node.database.db.select({ change: auditLog.change }).from(auditLog).where(and(eq(auditLog.action, k.readAction), eq(auditLog.subjectId, id))).orderBy(desc(auditLog.seq)).limit(1);
      expect(last?.change).toMatchObject({ handling: 'TLP:RED', for: 'translation' });
    });
  }
});
