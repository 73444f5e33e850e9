// Requests and cases on PostgreSQL (issue 16, "Performance"). Bulk-loads BENCH_REQUESTS requests (default 200,000:
// three fifths asked of this party by CN, the rest its own, over every status, priority and type, deadlines spread
// around now, 2% TLP:RED) and one case holding 500 of them with three steps each; then measures the inbox and outbox
// for every filter mix officers use and the box counts, as a viewer (the handling condition on) and as an officer,
// p50/p95 (target p95 < 100 ms); the case page with its 500 requests (target p95 < 100 ms); and drafting and sending
// a request through the use cases (entities keyed, audited, signed into the outbox: target ≥ 50/s), in the one
// transaction POST /requests?submit=true uses, and for comparison as a draft then a submit.
// `npm run bench -- requests`; BENCH_REQUESTS=20000 for a quick run.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor, type Ctx } from '../server/src/platform/context.js';
import { connectPostgres, type Db } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { createAgency } from '../server/src/modules/directory/index.js';
import { ensureNodeKey } from '../server/src/modules/exchange/index.js';
import { boxCounts, caseView, createRequest, listRequests, RequestQuery, submitRequest } from '../server/src/modules/requests/index.js';
import { RequestInput } from '../server/src/modules/requests/schemas.js';
import { seedParties } from '../server/src/seed/seed.js';
import { summary, throwawayDatabase, timed } from './lib.js';

const N = Number(process.env.BENCH_REQUESTS ?? 200_000);
const CASE_REQUESTS = 500;
const CHUNK = 50_000;
const CASE_ID = '00000000-0000-4000-9000-000000000001';

/** Requests lo..hi in SQL: g decides direction, status, priority, type, handling and deadline. */
async function load(db: Db, lo: number, hi: number): Promise<void> {
  const inbound = sql.raw(`(g % 5 < 3)`);
  const status = sql.raw(`(case when g % 5 < 3 then (array['received','received','clarification','partially-answered','answered','refused','closed'])[g % 7 + 1]
    else (array['draft','awaiting-approval','received','partially-answered','answered','closed','withdrawn'])[g % 7 + 1] end)`);
  await db.execute(sql`insert into requests (id, reference, origin_party, to_party, version, case_id, case_reference, agency, type, legal_basis, priority, items, subject, details, language, entities, links, handling,
      status, period_amount, period_unit, received_at, due_at, sent_at, created_by_name, created_at, updated_at)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
      (case when ${inbound} then 'CN' else 'US' end) || '-REQ-B-' || lpad(g::text, 8, '0'),
      case when ${inbound} then 'CN' else 'US' end, case when ${inbound} then 'US' else 'CN' end, 1,
      case when g <= ${CASE_REQUESTS} then ${CASE_ID}::uuid end, case when g <= ${CASE_REQUESTS} then 'US-CASE-B-1' end,
      '{"acronym":"HSI","nameEn":"Homeland Security Investigations","nameZh":"国土安全调查局"}',
      (array['information','assistance','document-service','evidence','spontaneous'])[g % 5 + 1], 'mlaa-2000', (array['urgent','high','normal','normal'])[g % 4 + 1],
      '[]', 'Subscriber behind phone number ' || g, '', 'en', '[]', '{"incidents":[],"notifications":[],"contacts":[]}',
      case when g % 50 = 0 then 'TLP:RED' when g % 3 = 0 then 'TLP:AMBER' else 'TLP:GREEN' end, ${status}, 7, 'calendar-days',
      now() - ((g % 900) * interval '1 hour'), now() + (((g * 7919) % 2000) - 1000) * interval '1 hour', now() - ((g % 900) * interval '1 hour'),
      'bench', now() - ((g % 900) * interval '1 hour'), now() - ((g % 600) * interval '1 hour')
    from generate_series(${lo}::int, ${hi}::int) g`);
}

async function loadCase(db: Db): Promise<void> {
  await db.execute(sql`insert into cases (id, reference, origin_party, version, agency, title, summary, language, topic, parties, handling, links, entities, status, created_by_name, created_at, updated_at)
    values (${CASE_ID}::uuid, 'US-CASE-B-1', 'US', 1, '{"acronym":"HSI","nameEn":"HSI","nameZh":"国土安全调查局"}', 'Bench case', '', 'en', 'precursors', '{CN}', 'TLP:GREEN',
      '{"incidents":[],"notifications":[],"contacts":[]}', '[]', 'open', 'bench', now(), now())`);
  await db.execute(sql`insert into request_steps (id, request_id, party, kind, state, author_name, at)
    select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'CN', (array['acknowledged','delay','answer'])[s], 'received', 'bench', now() - (3 - s) * interval '1 hour'
    from generate_series(1, ${CASE_REQUESTS}::int) g cross join generate_series(1, 3) s`);
}

async function sample(times: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await work(); // warm-up: prepared plans, caches
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await timed(work))[1]);
  return out;
}

const MIXES: Record<string, Record<string, string>> = {
  'inbox, first page': { box: 'inbox' },
  'inbox, status received': { box: 'inbox', status: 'received' },
  'inbox, overdue': { box: 'inbox', overdue: 'true' },
  'inbox, due within 8 h': { box: 'inbox', dueWithinHours: '8' },
  'inbox, party CN + urgent': { box: 'inbox', party: 'CN', priority: 'urgent' },
  'inbox, type evidence + status answered': { box: 'inbox', type: 'evidence', status: 'answered' },
  'inbox, page 20': { box: 'inbox', page: '20' },
  'inbox, subject words': { box: 'inbox', q: 'number 12345' },
  'outbox, first page': { box: 'outbox' },
  'outbox, drafts': { box: 'outbox', status: 'draft' },
  'outbox, overdue': { box: 'outbox', overdue: 'true' },
  'all, by reference': { q: 'US-REQ-B-00000004' },
  'all, the case': { caseId: CASE_ID },
};

async function reads(officer: Ctx, viewer: Ctx, out: string[]): Promise<void> {
  for (const [name, q] of Object.entries(MIXES)) {
    const query = RequestQuery.parse(q);
    out.push(`requests: ${summary(`${name} (viewer)`, await sample(50, () => listRequests(viewer, query)))}`);
  }
  out.push(`requests: ${summary('inbox, first page (officer)', await sample(50, () => listRequests(officer, RequestQuery.parse({ box: 'inbox' }))))}`);
  out.push(`requests: ${summary('box counts (viewer)', await sample(50, () => boxCounts(viewer)))}`);
  out.push(`requests: ${summary(`case page with ${CASE_REQUESTS} requests (officer)`, await sample(50, () => caseView(officer, CASE_ID)))}`);
}

function benchInput(agencyId: string, i: number): RequestInput {
  return RequestInput.parse({
    toParty: 'CN', agencyId, type: 'information', legalBasis: 'mlaa-2000', priority: 'high', items: [{ code: 'identify-subscriber' }],
    subject: `Subscriber of a phone number ${i}`, details: 'Please identify the subscriber and the registered address.', language: 'en',
    entities: [{ kind: 'phone', value: `+86 138 ${String(1000 + (i % 9000))} ${String(1000 + ((i * 7) % 9000))}`, role: 'suspect' }, { kind: 'company', value: `武汉示例化工有限公司 ${i}`, role: 'shipper', country: 'CN' }],
    handling: 'TLP:GREEN',
  });
}

/** Drafts and sends S requests one at a time, then S four at a time; `two`: as two calls (draft, then submit). */
async function ingest(officer: Ctx, agencyId: string, out: string[]): Promise<void> {
  const atOnce = async (i: number) => createRequest(officer, benchInput(agencyId, i), { submit: true });
  const inTwo = async (i: number) => submitRequest(officer, (await createRequest(officer, benchInput(agencyId, i))).id);
  for (let i = 0; i < 20; i++) await atOnce(100_000 + i); // warm-up
  const S = 300;
  const rate = (ms: number) => `${S} in ${(ms / 1000).toFixed(1)} s → ${((S / ms) * 1000).toFixed(0)}/s`;
  const [, twoMs] = await timed(async () => {
    for (let i = 0; i < S; i++) await inTwo(200_000 + i);
  });
  out.push(`requests: draft, then submit (two transactions), sequential: ${rate(twoMs)}`);
  const [, ms] = await timed(async () => {
    for (let i = 0; i < S; i++) await atOnce(i);
  });
  out.push(`requests: draft and send in one transaction, sequential: ${rate(ms)}`);
  let next = 0;
  const [, parMs] = await timed(() => Promise.all(Array.from({ length: 4 }, async () => {
    while (next < S) await atOnce(S + next++);
  })));
  out.push(`requests: draft and send in one transaction, 4 at a time: ${rate(parMs)}`);
}

export async function benchRequests(): Promise<string[]> {
  const out: string[] = [];
  const { url, drop } = await throwawayDatabase();
  const database = connectPostgres(url, 10);
  try {
    await database.migrate();
    const deps = { db: database.db, clock: systemClock, config: loadConfig({ COUNTERPART_PARTY: 'US', DATABASE_URL: url }), box: secretBox(randomBytes(32)) };
    await seedParties(deps);
    await ensureNodeKey(deps);
    const base: Ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
    const agency = await createAgency(base, { partyCode: 'US', acronym: 'HSI', nameEn: 'HSI', nameZh: '国土安全调查局', kind: 'police' });
    const officer: Ctx = { ...base, actor: { ...systemActor, kind: 'user', id: newId(), label: 'bench officer', roles: ['officer'], partyCode: 'US', agencyId: agency.id } };
    const viewer: Ctx = { ...base, actor: { ...officer.actor, roles: ['viewer'] } };
    const [, loadMs] = await timed(async () => {
      for (let s = 1; s <= N; s += CHUNK) await load(database.db, s, Math.min(N, s + CHUNK - 1));
      await loadCase(database.db);
      await database.db.execute(sql`vacuum analyze requests, request_steps, cases`);
    });
    out.push(`requests: loaded ${N.toLocaleString('en')} requests and a case of ${CASE_REQUESTS} with 3 steps each in ${(loadMs / 1000).toFixed(1)} s`);
    await reads(officer, viewer, out);
    await ingest(officer, agency.id, out);
  } finally {
    await database.close();
    await drop();
  }
  return out;
}
