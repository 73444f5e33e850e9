// Incidents and the correlation index on PostgreSQL (issue 15, "Performance"). Bulk-loads BENCH_INCIDENTS incidents
// (default 20,000; 1000000 for the issue's size) with 5 entity mentions each, drawn so that most keys are unique,
// a fifth are shared by a few records (3 on average), some by dozens, and 1% of mentions go to 5 hubs; then measures:
// the index's size against its mention count at half and full size (it must grow linearly: one row per mention,
// never pairs), opening a record with its links (getIncident) and an entity page, p50/p95; the ingest rate through
// the use case (screened, audited, signed for the other party, indexed) and through batched rows as an import
// writes them; the STIX export of every incident, streamed, and the ingest through the CSV and STIX imports
// (incidents-import.ts); and one record with 80,000 entities filed and opened, with the process's memory before and
// after. `npm run bench -- incidents`; BENCH_INCIDENTS=100000 BENCH_INCIDENTS_READS_ONLY=1 for the index, reads
// and export alone.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor, type Ctx } from '../server/src/platform/context.js';
import { connectPostgres, queryRows, type Db } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { insertRowsAsJson } from '../server/src/platform/sql.js';
import { withTx } from '../server/src/platform/tx.js';
import { createAgency } from '../server/src/modules/directory/index.js';
import { entityMentions, entityPage, indexSize, keyMentions, type EntityInput } from '../server/src/modules/entities/index.js';
import { ensureNodeKey } from '../server/src/modules/exchange/index.js';
import { createIncident, getIncident } from '../server/src/modules/incidents/index.js';
import { incidentItems, incidents } from '../server/src/modules/incidents/tables.js';
import { seedParties } from '../server/src/seed/seed.js';
import { incidentInput } from '../server/test/incidents.js';
import { benchImportIngest, benchStixExport } from './incidents-import.js';
import { percentile, summary, throwawayDatabase, timed } from './lib.js';

const N = Number(process.env.BENCH_INCIDENTS ?? 20_000);
const PER = 5;
const CHUNK = 50_000;
const KINDS = ['seizure', 'stopped-shipment', 'suspicious-order', 'postal-interdiction', 'wildlife-seizure', 'online-marketing', 'financial-lead', 'equipment', 'clandestine-laboratory', 'attempted-diversion'];
const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rss = (): number => process.memoryUsage().rss;
/** The id the SQL loader gives incident number g (the same expression as `id` in `load`). */
const incidentId = (g: number): string => `00000000-0000-4000-8000-${g.toString(16).padStart(12, '0')}`;

/** Incidents lo..hi with their item and mentions, in SQL: the key distribution is decided by a hash of (g, p). */
async function load(db: Db, lo: number, hi: number): Promise<void> {
  const mentions = N * PER;
  const few = Math.max(1, Math.floor((mentions * 0.2) / 3));
  const medium = Math.max(1, Math.floor((mentions * 0.04) / 40));
  const id = sql.raw(`('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid`);
  const party = sql.raw(`(case when g % 3 = 0 then 'CN' else 'US' end)`);
  const handling = sql.raw(`(case when g % 50 = 0 then 'TLP:RED' else 'TLP:AMBER' end)`);
  const day = sql.raw(`(date '2026-01-01' - (g % 1500))`);
  const kinds = sql.raw(`array[${KINDS.map((k) => `'${k}'`).join(',')}]`);
  await db.execute(sql`insert into incidents (id, reference, origin_party, kind, version, agency, occurred_on, country, locality, port, title, narrative, language, route, outcome, handling, reliability, credibility, entities, status, created_by_name, created_at, updated_at)
    select ${id}, ${party} || '-INC-B-' || lpad(g::text, 8, '0'), ${party}, (${kinds})[g % 10 + 1], 1, '{"acronym":"CBP","nameEn":"U.S. Customs and Border Protection","nameZh":"美国海关与边境保护局"}', ${day}, 'US', 'Los Angeles', 'Port of Los Angeles',
      'Bench incident ' || g, 'Narrative of bench incident ' || g, 'en', '{}', '{"investigation":"open","arrests":0,"prosecution":"none","disposition":"pending"}', ${handling}, 'B', '2', '[]', 'active', 'bench', now(), now()
    from generate_series(${lo}::int, ${hi}::int) g`);
  await db.execute(sql`insert into incident_items (incident_id, position, type, details, verdict, substance_ids, quantity, unit)
    select ${id}, 1, 'chemical', '{"declaredName":"4-Piperidone","cas":"41661-47-6","quantity":"25","unit":"kg"}', 'controlled', '{}', 25, 'kg' from generate_series(${lo}::int, ${hi}::int) g`);
  await db.execute(sql`insert into entity_mentions (record_kind, record_id, position, kind, key, value, role, common, reference, origin_party, handling, record_date)
    select 'incident', ${id}, p, k.kind, k.key, k.key, 'other', false, ${party} || '-INC-B-' || lpad(g::text, 8, '0'), ${party}, ${handling}, ${day}
    from generate_series(${lo}::int, ${hi}::int) g cross join generate_series(0, ${PER - 1}::int) p
    cross join lateral (select (abs(hashtext(g || ':' || p)) % 1000000) / 1e6 as r, abs(hashtext('k' || g || ':' || p)) as h) x
    cross join lateral (select (array['company','phone','email','address','person'])[p + 1] as kind,
      case when x.r < 0.75 then 'u:' || g || ':' || p when x.r < 0.95 then 'f:' || (x.h % ${few}) when x.r < 0.99 then 'm:' || (x.h % ${medium}) else 'h:' || (x.h % 5) end as key) k`);
}

async function bulkLoad(db: Db, lo: number, hi: number): Promise<number> {
  const [, ms] = await timed(async () => {
    for (let s = lo; s <= hi; s += CHUNK) await load(db, s, Math.min(hi, s + CHUNK - 1));
    await db.execute(sql`analyze incidents; analyze incident_items; analyze entity_mentions`);
  });
  return ms;
}

async function sizeLine(db: Db, label: string): Promise<string> {
  const size = await indexSize(db);
  const [bytes] = await queryRows<{ total: string; heap: string; idx: string }>(db, sql`select pg_total_relation_size('entity_mentions')::text as total, pg_relation_size('entity_mentions')::text as heap, pg_indexes_size('entity_mentions')::text as idx`);
  const total = Number(bytes?.total ?? 0);
  return `incidents: index at ${label}: ${size.records.toLocaleString('en')} records, ${size.mentions.toLocaleString('en')} mentions, ${size.keys.toLocaleString('en')} distinct keys; entity_mentions ${MB(total)} (table ${MB(Number(bytes?.heap ?? 0))}, indexes ${MB(Number(bytes?.idx ?? 0))}) = ${(total / size.mentions).toFixed(0)} bytes/mention`;
}

async function sample(times: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await timed(() => work(i)))[1]);
  return out;
}

/** Keys of each sharing class, picked from the index, for entity pages. */
async function keysOf(db: Db, prefix: string, n: number): Promise<{ kind: string; key: string }[]> {
  return queryRows(db, sql`select kind, key from ${entityMentions} where key like ${`${prefix}%`} group by kind, key order by md5(key) limit ${n}`);
}

const benchEntities = (n: number): EntityInput[] =>
  Array.from({ length: n }, (_, i): EntityInput => {
    const e = { role: 'other' as const, country: null, uscc: null, bankCode: null };
    if (i % 4 === 0) return { ...e, kind: 'email', value: `holder${i}@ledger-${i % 997}.example` };
    if (i % 4 === 1) return { ...e, kind: 'company', value: `Ledger Counterparty ${i} Trading Ltd` };
    if (i % 4 === 2) return { ...e, kind: 'person', value: `Ledger Person ${i}` };
    return { ...e, kind: 'tracking-number', value: `BENCH${String(i).padStart(10, '0')}` };
  });

async function ingest(officer: Ctx, agencyId: string, out: string[]): Promise<void> {
  const input = (i: number) => incidentInput(agencyId, { releasableTo: ['CN'], entities: [...incidentInput(agencyId).entities, { kind: 'company', value: `Ingest Shipper ${i} Co`, role: 'shipper', country: 'CN', uscc: null, bankCode: null }, { kind: 'person', value: `Ingest Person ${i}`, role: 'suspect', country: null, uscc: null, bankCode: null }] });
  for (let i = 0; i < 20; i++) await createIncident(officer, input(-i)); // warm-up: RDKit, the screener, plans
  const S = 300;
  const [, seqMs] = await timed(async () => {
    for (let i = 0; i < S; i++) await createIncident(officer, input(i));
  });
  out.push(`incidents: ingest through createIncident (1 chemical line screened, 5 entities indexed, audited, signed for CN), sequential: ${S} in ${(seqMs / 1000).toFixed(1)} s → ${((S / seqMs) * 1000).toFixed(0)}/s`);
  let next = 0;
  const [, parMs] = await timed(() => Promise.all(Array.from({ length: 8 }, async () => {
    while (next < S) await createIncident(officer, input(S + next++));
  })));
  out.push(`incidents: ingest through createIncident, 8 at a time: ${S} in ${(parMs / 1000).toFixed(1)} s → ${((S / parMs) * 1000).toFixed(0)}/s`);
  // An import's path: rows for 1,000 incidents per transaction, their entities normalised here and indexed in one go.
  const B = 1_000;
  const batches = 10;
  let g = 50_000_000;
  const [, batchMs] = await timed(async () => {
    for (let b = 0; b < batches; b++) {
      const rows: (typeof incidents.$inferInsert)[] = [];
      const mentions: (typeof entityMentions.$inferInsert)[] = [];
      for (let i = 0; i < B; i++, g++) {
        const id = incidentId(g);
        const reference = `US-INC-I-${g}`;
        rows.push({ id, reference, originParty: 'US', kind: 'seizure', version: 1, agency: { acronym: 'CBP', nameEn: 'CBP', nameZh: '海关' }, occurredOn: '2026-03-01', country: 'US', title: `Imported ${g}`, narrative: '', language: 'en', route: {}, outcome: { investigation: 'none', arrests: 0, prosecution: 'none', disposition: 'pending' }, handling: 'TLP:AMBER', reliability: 'B', credibility: '2', entities: [], status: 'active', createdByName: 'import', createdAt: new Date(), updatedAt: new Date() });
        const { keyed } = keyMentions(input(g).entities);
        keyed.forEach((m, position) => mentions.push({ recordKind: 'incident', recordId: id, parentId: null, position, kind: m.kind, key: m.key, value: m.value, role: m.role, common: m.common, details: m.details, reference, originParty: 'US', handling: 'TLP:AMBER', recordDate: '2026-03-01' }));
      }
      await withTx(officer, async (tx) => {
        await tx.execute(insertRowsAsJson(incidents, rows));
        await tx.execute(insertRowsAsJson(incidentItems, rows.map((r) => ({ incidentId: r.id, position: 1, type: 'chemical', details: {}, substanceIds: [], quantity: '25', unit: 'kg' }))));
        await tx.execute(insertRowsAsJson(entityMentions, mentions));
      });
    }
  });
  out.push(`incidents: ingest as an import writes rows (${B} incidents per transaction, 5 entities each normalised and indexed): ${B * batches} in ${(batchMs / 1000).toFixed(1)} s → ${((B * batches / batchMs) * 1000).toFixed(0)}/s`);
}

async function hugeRecord(officer: Ctx, agencyId: string, out: string[]): Promise<void> {
  global.gc?.();
  const before = rss();
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, rss())), 20);
  // Not releasable: signed, 80,000 entities would pass the largest envelope a peer accepts (MAX_ENVELOPE_CHARS).
  const [saved, fileMs] = await timed(() => createIncident(officer, incidentInput(agencyId, { entities: benchEntities(80_000), releasableTo: [] })));
  const afterFile = rss();
  const [opened, openMs] = await timed(() => getIncident(officer, saved.id));
  clearInterval(watch);
  out.push(`incidents: one record with 80,000 entities: filed in ${(fileMs / 1000).toFixed(1)} s, opened in ${openMs.toFixed(0)} ms (${opened.entities.length} shown of ${opened.entityCount}, ${opened.links.length} links); RSS ${MB(before)} before, ${MB(afterFile)} after filing, peak ${MB(peak)}`);
}

export async function benchIncidents(): Promise<string[]> {
  const out: string[] = [];
  const { url, drop } = await throwawayDatabase();
  const database = connectPostgres(url, 10);
  try {
    await database.migrate();
    const deps = { db: database.db, clock: systemClock, config: loadConfig({ COUNTERPART_PARTY: 'US', DATABASE_URL: url }), box: secretBox(randomBytes(32)) };
    await seedParties(deps);
    await ensureNodeKey(deps);
    const base: Ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
    const agency = await createAgency(base, { partyCode: 'US', acronym: 'CBP', nameEn: 'CBP', nameZh: '海关', kind: 'customs' });
    const officer: Ctx = { ...base, actor: { ...systemActor, kind: 'user', id: newId(), label: 'bench officer', roles: ['officer'], partyCode: 'US', agencyId: agency.id } };
    const viewer: Ctx = { ...base, actor: { ...officer.actor, roles: ['viewer'] } };

    const half = Math.floor(N / 2);
    const firstMs = await bulkLoad(database.db, 1, half);
    out.push(`incidents: bulk load of ${half.toLocaleString('en')} incidents / ${(half * PER).toLocaleString('en')} mentions in ${(firstMs / 1000).toFixed(1)} s`);
    out.push(await sizeLine(database.db, 'half size'));
    const secondMs = await bulkLoad(database.db, half + 1, N);
    out.push(`incidents: bulk load of the other ${(N - half).toLocaleString('en')} incidents in ${(secondMs / 1000).toFixed(1)} s`);
    out.push(await sizeLine(database.db, 'full size'));

    const pick = (i: number) => incidentId(1 + ((i * 7919) % N));
    for (let i = 0; i < 50; i++) await getIncident(officer, pick(i)); // warm-up
    const opens = await sample(500, (i) => getIncident(officer, pick(i + 1000)));
    out.push(summary(`incidents: open a record with its links (getIncident, officer) at ${N.toLocaleString('en')} incidents`, opens));
    const viewerOpens = await sample(200, (i) => getIncident(viewer, pick(i + 5000)).catch(() => null));
    out.push(summary('incidents: the same, as a viewer (RED records and links left out)', viewerOpens));
    const linkCounts = await Promise.all(Array.from({ length: 50 }, (_, i) => getIncident(officer, pick(i + 1000)).then((x) => x.links.reduce((n, l) => n + l.total, 0))));
    out.push(`incidents: links shown per opened record: p50 ${percentile(linkCounts, 50)}, p95 ${percentile(linkCounts, 95)}, max ${Math.max(...linkCounts)}`);

    const page = { limit: 50, offset: 0 };
    for (const [label, prefix, n] of [['a unique key', 'u:', 100], ['a key shared by a few', 'f:', 100], ['a key shared by dozens', 'm:', 100], ['a hub key', 'h:', 5]] as const) {
      const keys = await keysOf(database.db, prefix, n);
      const times = await sample(Math.max(100, keys.length), (i) => {
        const k = keys[i % keys.length] ?? { kind: 'company', key: 'none' };
        return entityPage(database.db, officer.actor, k.kind, k.key, page);
      });
      out.push(summary(`incidents: entity page (first 50 records, count, names), ${label}`, times));
    }

    // BENCH_INCIDENTS_EXPORT=0: leave the export out (a quick look at reads at a larger size).
    if (process.env.BENCH_INCIDENTS_EXPORT !== '0') await benchStixExport(officer, out);

    // BENCH_INCIDENTS_READS_ONLY=1: the index, reads and export only, for a quick run at a larger size.
    if (process.env.BENCH_INCIDENTS_READS_ONLY !== '1') {
      await ingest(officer, agency.id, out);
      await benchImportIngest(officer, out);
      await hugeRecord(officer, agency.id, out);
    }
  } finally {
    await database.close();
    await drop();
  }
  return out;
}
