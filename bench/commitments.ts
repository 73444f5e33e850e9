// The working group's commitments board on PostgreSQL (issue 17, "Performance"). Bulk-loads BENCH_COMMITMENTS
// commitments (default 20,000: both parties, every topic and status, due dates spread two years around today, 2%
// TLP:RED) under 200 meetings, then measures the board for the filter mixes the secretariat uses, as a viewer (the
// handling condition on) and as a supervisor, and the roll-up per party, topic and meeting, p50/p95 (target p95 <
// 100 ms). `npm run bench -- commitments`; BENCH_COMMITMENTS=2000 for a quick run.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor, type Ctx } from '../server/src/platform/context.js';
import { connectPostgres, type Db } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { listCommitments, rollUp } from '../server/src/modules/meetings/commitment-queries.js';
import { CommitmentQuery, RollUpQuery } from '../server/src/modules/meetings/schemas-commitments.js';
import { seedParties } from '../server/src/seed/seed.js';
import { summary, throwawayDatabase, timed } from './lib.js';

const N = Number(process.env.BENCH_COMMITMENTS ?? 20_000);
const MEETINGS = 200;
const meetingId = (m: number) => `00000000-0000-4000-9100-${String(m).padStart(12, '0')}`;

async function load(db: Db): Promise<void> {
  await db.execute(sql`insert into meetings (id, reference, origin_party, version, level, mode, title, language, starts_at, ends_at, time_zone, place, parties, agenda, links, handling, status, created_by_name, created_at, updated_at)
    select ('00000000-0000-4000-9100-' || lpad(m::text, 12, '0'))::uuid, 'US-MTG-B-' || lpad(m::text, 6, '0'), 'US', 1, (array['ministerial','plenary','senior-officials','working-level','technical'])[m % 5 + 1], 'virtual',
      'Working-level meeting ' || m, 'en', now() - (m * interval '4 days'), now() - (m * interval '4 days') + interval '2 hours', 'America/New_York', 'Virtual', '{US,CN}', '[]', '{"incidents":[],"notifications":[],"cases":[],"requests":[]}',
      'TLP:GREEN', 'held', 'bench', now(), now()
    from generate_series(1, ${MEETINGS}) m`);
  await db.execute(sql`insert into commitments (id, reference, origin_party, version, meeting_id, meeting_reference, topic, text, language, agency, due_on, status, settled_on, evidence, updates, handling, created_by_name, created_at, updated_at)
    select ('00000000-0000-4000-9200-' || lpad(to_hex(g), 12, '0'))::uuid, (case when g % 2 = 0 then 'US' else 'CN' end) || '-CMT-B-' || lpad(g::text, 8, '0'), case when g % 2 = 0 then 'US' else 'CN' end, 1,
      ('00000000-0000-4000-9100-' || lpad((g % ${MEETINGS} + 1)::text, 12, '0'))::uuid, 'US-MTG-B-' || lpad((g % ${MEETINGS} + 1)::text, 6, '0'),
      (array['synthetic-drugs','precursors','chemical-export-standards','information-sharing','angel-watch','wildlife','points-of-contact','illicit-finance'])[g % 8 + 1],
      'Share information on shipments of precursor chemicals, item ' || g, 'en', '{"acronym":"HSI","nameEn":"HSI","nameZh":"国土安全调查局"}',
      (current_date + ((g * 7919) % 730 - 365))::date, (array['open','in-progress','done','done','dropped','open'])[g % 6 + 1],
      case when g % 6 in (2, 3, 4) then (current_date + ((g * 7919) % 730 - 365) + (g % 21 - 10))::date end,
      '{"incidents":[],"notifications":[],"cases":[],"requests":[]}', '[]', case when g % 50 = 0 then 'TLP:RED' else 'TLP:GREEN' end, 'bench', now(), now()
    from generate_series(1, ${N}) g`);
  await db.execute(sql`vacuum analyze meetings, commitments`);
}

const MIXES: Record<string, Record<string, string>> = {
  'board, first page': {},
  'board, overdue': { status: 'overdue' },
  'board, party CN + done': { party: 'CN', status: 'done' },
  'board, topic precursors': { topic: 'precursors' },
  'board, one meeting': { meetingId: meetingId(7) },
  'board, due this quarter': { dueFrom: new Date().toISOString().slice(0, 10), dueTo: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) },
  'board, words': { q: 'item 12345' },
  'board, page 40': { page: '40' },
};

async function sample(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await timed(work))[1]);
  return out;
}

export async function benchCommitments(): Promise<string[]> {
  const out: string[] = [];
  const { url, drop } = await throwawayDatabase();
  const database = connectPostgres(url, 10);
  try {
    await database.migrate();
    const deps = { db: database.db, clock: systemClock, config: loadConfig({ COUNTERPART_PARTY: 'US', DATABASE_URL: url }), box: secretBox(randomBytes(32)) };
    await seedParties(deps);
    const base: Ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
    const supervisor: Ctx = { ...base, actor: { ...systemActor, kind: 'user', id: newId(), label: 'bench supervisor', roles: ['supervisor'], partyCode: 'US', agencyId: null } };
    const viewer: Ctx = { ...base, actor: { ...supervisor.actor, roles: ['viewer'] } };
    const [, loadMs] = await timed(() => load(database.db));
    out.push(`commitments: loaded ${N.toLocaleString('en')} commitments under ${MEETINGS} meetings in ${(loadMs / 1000).toFixed(1)} s`);
    for (const [name, q] of Object.entries(MIXES)) out.push(`commitments: ${summary(`${name} (viewer)`, await sample(50, () => listCommitments(viewer, CommitmentQuery.parse(q))))}`);
    out.push(`commitments: ${summary('board, first page (supervisor)', await sample(50, () => listCommitments(supervisor, CommitmentQuery.parse({}))))}`);
    out.push(`commitments: ${summary('roll-up, all time (viewer)', await sample(50, () => rollUp(viewer, RollUpQuery.parse({}))))}`);
    out.push(`commitments: ${summary('roll-up since a year ago (viewer)', await sample(50, () => rollUp(viewer, RollUpQuery.parse({ since: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10) }))))}`);
  } finally {
    await database.close();
    await drop();
  }
  return out;
}
