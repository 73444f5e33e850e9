// Commitments arriving from other parties' nodes, stored read-only as the sending party's. One is taken only when
// the sender owns it (its reference in the sender's own CMT series, an id not another party's) and its meeting is
// held on this node, not withdrawn, and names both the sender and this party; anything else is rejected with a
// receipt saying why. It keeps no clock here: reminders and escalation run on the owning party's node. A withdrawal
// purges this node's copy (only the sender's own).
import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { COMMITMENT_REFERENCE } from './kit.js';
import { restoreCommitment } from './restore-records.js';
import { commitments, meetings } from './tables.js';
import { CommitmentWire } from './wire-commitments.js';

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });
const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);

/** Why this commitment cannot be taken from the sender, or null. */
async function refusal(tx: Db, ctx: Ctx, env: UpsertEnvelope, d: CommitmentWire): Promise<string | null> {
  const from = env.from;
  if (COMMITMENT_REFERENCE.parse(d.reference)?.party !== from) return `a commitment of ${from} is numbered ${from}-CMT-YYYY-NNNNNN, not ${d.reference}`;
  const [existing] = await tx.select({ originParty: commitments.originParty, reference: commitments.reference }).from(commitments).where(eq(commitments.id, env.recordId)).for('update');
  if (existing && existing.originParty !== from) return 'a commitment with this id belongs to another party';
  if (existing && existing.reference !== d.reference) return `${existing.reference} cannot change its reference`;
  const [taken] = await tx.select({ id: commitments.id }).from(commitments).where(and(eq(commitments.reference, d.reference), ne(commitments.id, env.recordId)));
  if (taken) return `${d.reference} is another commitment on this node`;
  const [m] = await tx.select({ originParty: meetings.originParty, parties: meetings.parties, status: meetings.status }).from(meetings).where(eq(meetings.id, d.meetingId));
  const self = ctx.config.party;
  if (!m) return `its meeting ${d.meetingReference ?? d.meetingId} is not held on this node`;
  if (m.status === 'withdrawn') return `its meeting ${d.meetingReference ?? d.meetingId} was withdrawn`;
  const named = (party: string) => m.originParty === party || m.parties.includes(party);
  if (!named(from) || !named(self)) return `its meeting ${d.meetingReference ?? d.meetingId} does not name both ${from} and ${self}`;
  return null;
}

async function applyCommitment(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = CommitmentWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const why = await refusal(tx, ctx, env, d);
  if (why) return rejected(why);
  const row = {
    id: env.recordId, reference: d.reference, originParty: env.from, version: env.recordVersion, meetingId: d.meetingId, meetingReference: d.meetingReference, topic: d.topic, text: d.text,
    language: d.language, agencyId: null, agency: d.agency, dueOn: d.dueOn, status: d.status, settledOn: d.settledOn, evidence: d.evidence, updates: d.updates, handling: d.handling,
    demo: d.demo, createdBy: null, createdByName: d.createdByName, createdAt: d.createdAt, updatedAt: d.updatedAt,
  };
  await tx.insert(commitments).values(row).onConflictDoUpdate({ target: commitments.id, set: row });
  return { status: 'applied' };
}

export const commitmentHandler: KindHandler = {
  apply: applyCommitment,
  restore: restoreCommitment,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    // Only the sender's own commitment: a withdrawal naming anyone else's changes nothing.
    await tx.delete(commitments).where(and(eq(commitments.id, env.recordId), eq(commitments.originParty, env.from)));
  },
};
