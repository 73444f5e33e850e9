// Exporting incidents as STIX 2.1 (stix/export.ts writes the objects): a filtered set as one bundle streamed a page
// at a time, or one incident. Whoever may read the list may export what it shows them, handling included: the same
// conditions (repo.filters) decide, and a TLP:RED incident a reader may not see is neither in the bundle nor found by
// id. Each export is audited once, with its filter, how many incidents it held at each handling, and the references
// of the TLP:RED ones.
import type { Ctx } from '../../platform/context.js';
import { Forbidden, Unauthorized } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { audit } from './kit.js';
import { canRead } from './policy.js';
import { readable } from './queries.js';
import { eachExportIncident, exportTally, oneExportIncident, type ExportFilter } from './stix-source.js';
import { incidentToStix, stixBundle, stixBundleChunks, type StixExportOptions } from './stix/export.js';

function requireReader(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("incidents are read by this party's own users");
}

const optionsFor = (ctx: Ctx): StixExportOptions => ({ nodeParty: ctx.config.party, identityNames: ctx.actor.locale === 'zh-CN' ? 'zh' : 'en' });

/** The bundle's JSON text in chunks, one incident each; the export is audited before the first is read. */
export async function exportIncidentsStix(ctx: Ctx, filter: ExportFilter): Promise<AsyncIterable<string>> {
  requireReader(ctx);
  const { upTo, ...tally } = await exportTally(ctx, filter);
  await withTx(ctx, (tx) => audit(tx, ctx, 'exported', 'incidents', { format: 'stix', filter, ...tally }));
  return stixBundleChunks(eachExportIncident(ctx, filter, upTo), optionsFor(ctx));
}

export async function exportOneStix(ctx: Ctx, id: string): Promise<{ reference: string; bundle: ReturnType<typeof stixBundle> }> {
  const row = await readable(ctx, id);
  const incident = await oneExportIncident(ctx, row);
  await withTx(ctx, (tx) => audit(tx, ctx, 'exported', id, { format: 'stix', reference: row.reference, handling: row.handling, count: 1 }));
  return { reference: row.reference, bundle: stixBundle(incidentToStix(incident, optionsFor(ctx))) };
}
