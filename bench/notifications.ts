// Pre-export notifications on PostgreSQL: create-and-send throughput through the use cases (each notification
// screened, audited and signed into the outbox, in one transaction), sequential and 8 at a time; then the inbox
// listing with 100,000 received notifications, for the filters officers use (target p95 < 100 ms).
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor, type Ctx } from '../server/src/platform/context.js';
import { connectPostgres } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { createAgency } from '../server/src/modules/directory/index.js';
import { ensureNodeKey } from '../server/src/modules/exchange/index.js';
import { createDraft, listNotifications, sendNotification } from '../server/src/modules/notifications/index.js';
import { notificationLines, notifications } from '../server/src/modules/notifications/tables.js';
import { seedParties } from '../server/src/seed/seed.js';
import { draftInput, LINES } from '../server/test/notifications.js';
import { summary, throwawayDatabase, timed } from './lib.js';

const STATUSES = ['delivered', 'acknowledged', 'info-requested', 'info-provided', 'cleared', 'objected', 'withdrawn'] as const;
const CHEMICALS = [
  ['Acetic anhydride', '108-24-7'],
  ['Potassium permanganate', '7722-64-7'],
  ['1-Boc-4-piperidone', '79099-07-3'],
  ['4-Piperidone', '41661-47-6'],
  ['Phenylacetic acid', '103-82-2'],
  ['Ethanol', '64-17-5'],
] as const;

async function seedReceived(ctx: Ctx, n: number): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < n; start += 2000) {
    const rows: (typeof notifications.$inferInsert)[] = [];
    const lines: (typeof notificationLines.$inferInsert)[] = [];
    for (let i = start; i < Math.min(n, start + 2000); i++) {
      const id = newId();
      const sentAt = new Date(now - (i % 400) * 86_400_000);
      const status = STATUSES[i % STATUSES.length] ?? 'delivered';
      const [name, cas] = CHEMICALS[i % CHEMICALS.length] ?? CHEMICALS[0];
      rows.push({
        id, reference: `CN-PEN-2026-${String(i).padStart(7, '0')}`, exportingParty: 'CN', importingParty: 'US', scheme: 'pen', verdict: 'controlled', state: status === 'withdrawn' ? 'withdrawn' : 'sent', status, version: 1,
        agency: { acronym: 'MOFCOM', nameEn: 'Ministry of Commerce', nameZh: '商务部' }, exporter: { name: `出口商 ${i}`, address: '示例', licence: null }, importer: { name: `Importer ${i}`, address: 'Example', licence: null },
        intendedUse: 'bench', shipmentDate: '2026-12-01', route: { portOfExit: null, portOfEntry: null, mode: 'sea', carrier: null }, language: 'zh', handling: 'TLP:AMBER',
        sentAt, receivedAt: sentAt, dueAt: new Date(sentAt.getTime() + 15 * 86_400_000), dueDate: '2026-12-01', dueTimeZone: 'America/New_York', responseId: newId(), responseVersion: 1,
        createdByName: 'bench', createdAt: sentAt, updatedAt: sentAt,
      });
      lines.push({ notificationId: id, position: 1, declaredName: name, cas, quantity: String(10 + (i % 90)), unit: 'kg', screening: null, verdict: 'controlled' });
      if (i % 3 === 0) lines.push({ notificationId: id, position: 2, declaredName: 'Ethanol', cas: '64-17-5', quantity: '100', unit: 'L', screening: null, verdict: 'clear' });
    }
    await ctx.db.insert(notifications).values(rows);
    await ctx.db.insert(notificationLines).values(lines);
  }
  await ctx.db.execute('analyze notifications; analyze notification_lines');
}

export async function benchNotifications(): Promise<string[]> {
  const out: string[] = [];
  const { url, drop } = await throwawayDatabase();
  const database = connectPostgres(url, 10);
  try {
    await database.migrate();
    const deps = { db: database.db, clock: systemClock, config: loadConfig({ COUNTERPART_PARTY: 'US', DATABASE_URL: url }), box: secretBox(randomBytes(32)) };
    await seedParties(deps);
    await ensureNodeKey(deps);
    const base: Ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'bench' };
    const agency = await createAgency(base, { partyCode: 'US', acronym: 'DEA', nameEn: 'DEA', nameZh: '缉毒局', kind: 'regulator' });
    const officer: Ctx = { ...base, actor: { ...systemActor, kind: 'user', id: newId(), label: 'bench officer', roles: ['officer'], partyCode: 'US' } };
    const input = draftInput(agency.id, { shipmentDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), lines: [LINES.anpp, LINES.ethanol] });
    const fileOne = async () => sendNotification(officer, (await createDraft(officer, input)).id);
    for (let i = 0; i < 20; i++) await fileOne(); // warm-up: RDKit, the screener, prepared plans

    const N = 400;
    const [, seqMs] = await timed(async () => {
      for (let i = 0; i < N; i++) await fileOne();
    });
    out.push(`notifications: create-and-send, sequential, 2 lines each: ${N} in ${(seqMs / 1000).toFixed(1)} s → ${((N / seqMs) * 1000).toFixed(0)}/s`);
    let next = 0;
    const [, parMs] = await timed(() => Promise.all(Array.from({ length: 8 }, async () => {
      while (next++ < N) await fileOne();
    })));
    out.push(`notifications: create-and-send, 8 at a time: ${N} in ${(parMs / 1000).toFixed(1)} s → ${((N / parMs) * 1000).toFixed(0)}/s`);

    const [, seedMs] = await timed(() => seedReceived(base, 100_000));
    out.push(`notifications: seeded 100,000 received notifications (133,334 lines) in ${(seedMs / 1000).toFixed(1)} s`);
    const viewer: Ctx = { ...base, actor: { ...systemActor, kind: 'user', roles: ['viewer'], partyCode: 'US' } };
    const queries = {
      'inbox, first page': { box: 'inbox' },
      'inbox, status acknowledged': { box: 'inbox', status: 'acknowledged' },
      'inbox, overdue': { box: 'inbox', overdue: true },
      'inbox, due soon': { box: 'inbox', dueSoon: true },
      'inbox, party CN, page 20': { box: 'inbox', party: 'CN', page: 20 },
      'inbox, chemical "piperidone"': { box: 'inbox', chemical: 'piperidone' },
      'inbox, chemical CAS 108-24-7': { box: 'inbox', chemical: '108-24-7' },
    } as const;
    for (const [name, q] of Object.entries(queries)) {
      const samples: number[] = [];
      for (let i = 0; i < 60; i++) samples.push((await timed(() => listNotifications(viewer, { page: 1, pageSize: 50, ...q })))[1]);
      out.push(`notifications: ${summary(name, samples.slice(10))}`);
    }
  } finally {
    await database.close();
    await drop();
  }
  return out;
}
