// What the CSV and STIX imports of incidents share: who may import, how their incidents are brought in (checked as
// `createIncident` checks them, each created wholly or not at all under an idempotency key, a batch of them per
// transaction: batch.ts), and the one audit entry per import with its counts. A dry run writes nothing, not even
// the audit entry.
import type { Ctx } from '../../platform/context.js';
import { Forbidden, Unauthorized } from '../../platform/errors.js';
import { countOutcome, type BatchImportTarget, type ImportOutcome } from '../../platform/import/index.js';
import { withTx } from '../../platform/tx.js';
import { fileIncidents } from './batch.js';
import { audit } from './kit.js';
import { isOfficer } from './policy.js';
import type { IncidentInput } from './schemas.js';

/** Checked before the file is read: a viewer learns nothing about the file from a report. */
export function requireImporter(ctx: Ctx): string {
  if (ctx.actor.kind === 'anonymous' || !ctx.actor.id) throw new Unauthorized();
  if (!isOfficer(ctx.actor) || ctx.actor.partyCode !== ctx.config.party) throw new Forbidden("only this party's officers and supervisors import incidents");
  return ctx.actor.id;
}

/** The import's incidents filed in batches (`fileIncidents`), with the outcomes `importOne` would report. */
export function batchTarget(ctx: Ctx): BatchImportTarget<IncidentInput> {
  return async (records, { dryRun }) => {
    const filed = await fileIncidents(ctx, records.map((r) => ({ input: r.input, idempotencyKey: r.key })), { dryRun });
    return filed.map((f) => {
      if (f.outcome === 'invalid') return { outcome: 'invalid', error: f.error };
      return f.outcome === 'checked' ? { outcome: 'created', id: null } : { outcome: f.outcome, id: f.id };
    });
  };
}

type Outcomes = { format: 'csv' | 'stix'; dryRun: boolean; items: readonly { outcome: ImportOutcome; id: string | null }[] };

/** One audit entry per import (not per dry run), with what became of its incidents. */
export async function recordImport(ctx: Ctx, { format, dryRun, items }: Outcomes): Promise<void> {
  if (dryRun) return;
  const created = items.flatMap((i) => (i.outcome === 'created' && i.id ? [i.id] : []));
  const change = { format, incidents: items.length, created: created.length, alreadyImported: countOutcome(items, 'already-imported'), invalid: countOutcome(items, 'invalid'), createdIds: created.slice(0, 100) };
  await withTx(ctx, (tx) => audit(tx, ctx, 'imported', 'incidents', change));
}
