// How a commitment travels: its owning party's record, versioned, to the meeting's other parties, and withdrawn by
// that party alone (the receivers purge their copy). The owning party is the envelope's sender; the wire carries
// what another party may read of it — never the owning agency's id on this node, nor who created it by id.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { zHandling } from '../../platform/handling/index.js';
import { publish } from '../exchange/index.js';
import { COMMITMENT_KIND } from './kinds.js';
import { PROGRESS_STATUSES } from './schemas-commitments.js';
import type { commitments } from './tables.js';

export type CommitmentRow = typeof commitments.$inferSelect;

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Text = (max: number) => z.string().max(max);
const Refs = z.array(z.string().max(40)).max(200);
const Links = z.object({ incidents: Refs, notifications: Refs, cases: Refs, requests: Refs });

export const CommitmentWire = z.object({
  reference: z.string().min(1).max(40),
  meetingId: z.uuid(),
  meetingReference: z.string().max(40).nullable(),
  topic: z.string().min(1).max(40),
  text: Text(4000).min(1),
  language: z.enum(['en', 'zh']),
  agency: z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) }),
  dueOn: z.iso.date(),
  status: z.enum(PROGRESS_STATUSES),
  settledOn: z.iso.date().nullable(),
  evidence: Links,
  updates: z.array(z.object({ at: z.string().max(40), byName: Text(200), status: z.enum(PROGRESS_STATUSES), note: Text(4000), evidence: Links })).max(500),
  handling: zHandling,
  demo: z.boolean(),
  createdByName: Text(200),
  createdAt: instant,
  updatedAt: instant,
});
export type CommitmentWire = z.infer<typeof CommitmentWire>;

/**
 * Inside the change's transaction: the commitment's new state to `recipients` (the meeting's other parties), or its
 * withdrawal from every party holding it. A commitment of another party is never sent on.
 */
export async function publishCommitment(tx: Db, ctx: Ctx, c: CommitmentRow, recipients: readonly string[], withdrawal?: { note?: string | undefined }): Promise<void> {
  if (c.originParty !== ctx.config.party) return;
  const data = {
    reference: c.reference, meetingId: c.meetingId, meetingReference: c.meetingReference, topic: c.topic, text: c.text, language: c.language, agency: c.agency, dueOn: c.dueOn,
    status: c.status, settledOn: c.settledOn, evidence: c.evidence, updates: c.updates, handling: c.handling, demo: c.demo, createdByName: c.createdByName,
    createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
  };
  await publish(tx, ctx, { kind: COMMITMENT_KIND, recordId: c.id, recordVersion: c.version, originParty: c.originParty, data, releasableTo: recipients, by: ctx.actor.label, withdrawal });
}
