// How readouts and their clearances travel. Only a joint readout's texts leave the node — each party's text is its
// own record, sent to the meeting's other parties on every version and withdrawn by its party — so each node can
// release the joint readout on its own public page; an own readout never leaves (the public page is how the others
// read it). A clearance of a joint text goes to the same parties, so their nodes know it was cleared, and of which
// version; it travels with the clearing supervisor's role and agency, not their name.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { publish } from '../exchange/index.js';
import { CLEARANCE_KIND, READOUT_KIND } from './kinds.js';
import type { readoutClearances, readouts } from './tables.js';

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Text = (max: number) => z.string().max(max);
const Refs = z.array(z.string().max(40)).max(200);

export const ReadoutWire = z.object({
  reference: z.string().min(1).max(40),
  meetingId: z.uuid(),
  kind: z.literal('joint'),
  jointId: z.uuid(),
  language: z.enum(['en', 'zh']),
  title: Text(300).min(1),
  body: Text(20_000),
  translation: z
    .object({ title: Text(300), body: Text(20_000), by: z.enum(['person', 'machine']), byName: Text(200), sourceHash: z.string().regex(/^[0-9a-f]{64}$/), at: z.iso.datetime({ offset: true }) })
    .nullable(),
  links: z.object({ incidents: Refs, notifications: Refs, cases: Refs, requests: Refs }),
  createdByName: Text(200),
  /** Who wrote this version, for the receiver's version history. */
  versionByName: Text(200),
  createdAt: instant,
  updatedAt: instant,
});
export type ReadoutWire = z.infer<typeof ReadoutWire>;

export const ClearanceWire = z.object({
  readoutId: z.uuid(),
  readoutReference: z.string().min(1).max(40),
  version: z.number().int().min(1),
  party: z.string().regex(/^[A-Z]{2}$/),
  clearedBy: Text(200),
  at: instant,
});
export type ClearanceWire = z.infer<typeof ClearanceWire>;

type ReadoutRow = typeof readouts.$inferSelect;
type ClearanceRow = typeof readoutClearances.$inferSelect;

/** Inside the change's transaction: a joint text's new version (or its withdrawal) to the meeting's other parties. */
export async function publishReadout(tx: Db, ctx: Ctx, r: ReadoutRow, to: { parties: readonly string[]; byName: string }, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (r.kind !== 'joint' || !r.jointId || r.originParty !== ctx.config.party) return;
  const data = {
    reference: r.reference, meetingId: r.meetingId, kind: 'joint', jointId: r.jointId, language: r.language, title: r.title, body: r.body, translation: r.translation, links: r.links,
    createdByName: r.createdByName, versionByName: to.byName, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
  await publish(tx, ctx, { kind: READOUT_KIND, recordId: r.id, recordVersion: r.version, originParty: r.originParty, data, releasableTo: to.parties, by: ctx.actor.label, withdrawal });
}

/** Inside the clearance's transaction: this party's clearance of its joint text, to the meeting's other parties. */
export async function publishClearance(tx: Db, ctx: Ctx, r: ReadoutRow, c: ClearanceRow, to: { parties: readonly string[]; clearedBy: string }): Promise<void> {
  if (r.kind !== 'joint' || r.originParty !== ctx.config.party) return;
  const data = { readoutId: r.id, readoutReference: r.reference, version: c.version, party: c.party, clearedBy: to.clearedBy, at: c.at.toISOString() };
  await publish(tx, ctx, { kind: CLEARANCE_KIND, recordId: c.id, recordVersion: 1, originParty: c.party, data, releasableTo: to.parties, by: ctx.actor.label });
}
