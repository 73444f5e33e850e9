// A notification found by its reference, for another module that links to it (an incident recording a stopped
// shipment): only what a link needs, and only for a reader whose roles read notifications and who may read this one.
import type { Ctx } from '../../platform/context.js';
import { mayRead } from '../../platform/handling/index.js';
import { canRead } from './policy.js';
import * as repo from './repo.js';

export type NotificationRef = { id: string; reference: string; decision: string | null; exportingParty: string; importingParty: string; handling: string };

const asTyped = (reference: string): string => reference.trim().toUpperCase();

function refOf(ctx: Ctx, row: repo.Row | undefined): NotificationRef | undefined {
  if (!row || !mayRead(ctx.actor, row.handling)) return undefined;
  if (ctx.actor.kind !== 'system' && !canRead(ctx.actor, ctx.config.party)) return undefined;
  // A draft is its agency's business until it is sent; it is not a shipment anyone stopped.
  if (row.state === 'draft') return undefined;
  return { id: row.id, reference: row.reference, decision: row.decision, exportingParty: row.exportingParty, importingParty: row.importingParty, handling: row.handling };
}

export async function notificationByReference(ctx: Ctx, reference: string): Promise<NotificationRef | undefined> {
  return refOf(ctx, await repo.getByReference(ctx.db, asTyped(reference)));
}

/** `notificationByReference` for many references in one query (an import's incidents); a lookup by any of them. */
export async function notificationsByReference(ctx: Ctx, references: readonly string[]): Promise<(reference: string) => NotificationRef | undefined> {
  const wanted = [...new Set(references.map(asTyped))];
  const rows = wanted.length > 0 ? await repo.getByReferences(ctx.db, wanted) : [];
  const found = new Map(rows.map((r) => [r.reference, refOf(ctx, r)]));
  return (reference) => found.get(asTyped(reference));
}
