// Commitments between two real nodes over HTTP (delivery driven by the test): a US commitment made at a meeting both
// hold reaches CN, which cannot change it (403 wrong-party); its progress reaches CN; CN's own commitment reaches the
// US; the roll-up on each node counts both parties; a withdrawal purges CN's copy. On receipt a commitment numbered
// in another party's series, or whose meeting is not held on the receiving node, is rejected.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestPair } from '../../../test/request-steps.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { outbox, type UpsertEnvelope } from '../exchange/index.js';
import { getCommitment, rollUp } from './commitment-queries.js';
import { createCommitment, reportProgress, updateCommitment, withdrawCommitment } from './commitments.js';
import { NO_LINKS } from './links.js';
import { commitmentHandler } from './receive-commitments.js';
import type { CommitmentInput } from './schemas-commitments.js';
import { meetings } from './tables.js';

const { us, cn, clock, usAgency, cnAgency, person } = await requestPair();
let usKeeper: Ctx;
let cnKeeper: Ctx;
let cnViewer: Ctx;
let usViewer: Ctx;
const meetingId = newId();

beforeAll(async () => {
  clock.set(new Date('2026-03-02T09:00:00Z'));
  [usKeeper, cnKeeper, cnViewer, usViewer] = (await Promise.all([person(us, ['secretariat']), person(cn, ['secretariat']), person(cn, ['viewer']), person(us, ['viewer'])])).map((p) => p.ctx) as [Ctx, Ctx, Ctx, Ctx];
  // The meeting as both nodes hold it: convened by the US, naming CN (its own exchange is helper A's to test).
  const row = {
    id: meetingId, reference: 'US-MTG-2026-000001', originParty: 'US', version: 1, level: 'working-level', mode: 'virtual', title: 'Working-level meeting', language: 'en',
    startsAt: new Date('2026-03-02T14:00:00Z'), endsAt: new Date('2026-03-02T16:00:00Z'), timeZone: 'America/New_York', place: 'Washington', parties: ['CN', 'US'], agenda: [],
    links: NO_LINKS, handling: 'TLP:GREEN', status: 'held', createdBy: null, createdByName: 'Secretariat', createdAt: clock.now(), updatedAt: clock.now(),
  };
  for (const node of [us, cn]) await node.database.db.insert(meetings).values(row);
});

const input = (agencyId: string, over: Partial<CommitmentInput> = {}): CommitmentInput => ({ meetingId, topic: 'precursors', text: 'Schedule three fentanyl precursors', language: 'en', agencyId, dueOn: '2026-03-31', evidence: NO_LINKS, handling: 'TLP:GREEN', demo: false, ...over });
const problemOf = async (p: Promise<unknown>): Promise<[number, string] | null> => p.then(() => null, (err: unknown) => (err instanceof AppError ? [err.status, err.type] : null));

/** The upsert `from` last sent for `recordId`, as the receiver's handler is given it. */
async function sentEnvelope(from: typeof us, recordId: string): Promise<UpsertEnvelope> {
  const [sent] = await from.database.db.select({ jws: outbox.jws }).from(outbox).where(eq(outbox.recordId, recordId));
  return JSON.parse(Buffer.from(sent?.jws?.split('.')[1] ?? '', 'base64url').toString('utf8')) as UpsertEnvelope;
}

describe('commitments between two nodes', () => {
  let usId = '';

  it('takes a US commitment to CN, where CN cannot change it', async () => {
    const saved = await createCommitment(usKeeper, input(usAgency.id));
    usId = saved.id;
    await us.deliver();
    const there = await getCommitment(cnViewer, usId);
    expect(there).toMatchObject({ reference: saved.reference, party: 'US', version: 1, status: 'open', agencyId: null, agency: { acronym: 'HSI-DC' }, meetingId, meetingReference: 'US-MTG-2026-000001', allowed: [] });
    expect(await problemOf(updateCommitment(cnKeeper, usId, input(cnAgency.id), 1))).toEqual([403, 'wrong-party']);
    expect(await problemOf(reportProgress(cnKeeper, usId, { status: 'done', note: '', evidence: NO_LINKS }, 1))).toEqual([403, 'wrong-party']);
    expect(await problemOf(withdrawCommitment(cnKeeper, usId, null))).toEqual([403, 'wrong-party']);
  });

  it('brings the US progress to CN', async () => {
    clock.set(new Date('2026-03-20T15:00:00Z'));
    await reportProgress(usKeeper, usId, { status: 'done', note: 'Scheduled by notice of 20 March.', evidence: NO_LINKS }, 1);
    await us.deliver();
    const there = await getCommitment(cnViewer, usId);
    expect(there).toMatchObject({ status: 'done', version: 2, settledOn: '2026-03-20', kept: 'on-time' });
    expect(there.updates.map((u) => [u.status, u.note])).toEqual([['done', 'Scheduled by notice of 20 March.']]);
  });

  it('takes CN’s own commitment to the US, and each node’s roll-up counts both parties', async () => {
    const saved = await createCommitment(cnKeeper, input(cnAgency.id, { topic: 'information-sharing', text: '每季度交换已列管前体清单', language: 'zh', dueOn: '2026-06-30' }));
    await cn.deliver();
    expect(await getCommitment(usViewer, saved.id)).toMatchObject({ reference: saved.reference, party: 'CN', agency: { acronym: 'NNCC-IC' }, language: 'zh' });
    for (const reader of [usViewer, cnViewer]) {
      const r = await rollUp(reader, {});
      expect(r.byParty).toEqual([
        { party: 'CN', made: 1, open: 1, inProgress: 0, overdue: 0, keptOnTime: 0, late: 0, dropped: 0 },
        { party: 'US', made: 1, open: 0, inProgress: 0, overdue: 0, keptOnTime: 1, late: 0, dropped: 0 },
      ]);
      expect(r.byMeeting).toEqual([{ meetingId, meetingReference: 'US-MTG-2026-000001', made: 2, open: 1, inProgress: 0, overdue: 0, keptOnTime: 1, late: 0, dropped: 0 }]);
      expect(r.byTopic.map((t) => t.topic)).toEqual(['information-sharing', 'precursors']);
    }
  });

  it('rejects on receipt a commitment in another party’s series, or whose meeting is not held there', async () => {
    const saved = await createCommitment(cnKeeper, input(cnAgency.id, { dueOn: '2026-07-31' }));
    const env = await sentEnvelope(cn, saved.id);
    const apply = (data: Record<string, unknown>) => withTx(us.ctx(), (tx) => commitmentHandler.apply(tx, us.ctx(), { ...env, body: { op: 'upsert', data: { ...env.body.data, ...data } } }));
    expect(await apply({ reference: 'US-CMT-2026-000777' })).toMatchObject({ status: 'rejected', detail: expect.stringContaining('CN-CMT-YYYY-NNNNNN') });
    expect(await apply({ meetingId: newId() })).toMatchObject({ status: 'rejected', detail: expect.stringContaining('not held on this node') });
    expect(await apply({ status: 'withdrawn' })).toMatchObject({ status: 'rejected' });
    expect(await apply({})).toEqual({ status: 'applied' });
  });

  it('purges CN’s copy when the US withdraws it', async () => {
    await withdrawCommitment(usKeeper, usId, 'recorded twice');
    await us.deliver();
    expect(await problemOf(getCommitment(cnViewer, usId))).toEqual([404, 'not-found']);
    expect((await getCommitment(usViewer, usId)).status).toBe('withdrawn');
    expect((await rollUp(cnViewer, {})).byParty.map((p) => p.party)).toEqual(['CN']);
  });
});
