// Importing a STIX 2.1 bundle (another node's export, an OpenCTI or MISP export): each `incident` object becomes one
// of this party's incidents, filed under the caller's agency, checked and created as a typed-in one is (a batch of
// them per transaction, each wholly or not at all: batch.ts). A body that is not a bundle, or holds more than
// 100,000 objects, is refused whole (400 problem+json) before anything is read. The idempotency key is the caller and the STIX id of the incident object:
// a bundle imported twice (or a later version of the same object) creates nothing the second time.
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { BadRequest } from '../../platform/errors.js';
import { countOutcome, importKey, importMany, IMPORT_OUTCOMES, type RecordIssue } from '../../platform/import/index.js';
import { batchTarget, recordImport, requireImporter } from './import-kit.js';
import { stixToIncidents, type StixImportProblem } from './stix/import.js';

export const STIX_MAX_OBJECTS = 100_000;

const Problem = z.object({
  path: z.string().describe('where in the object, e.g. `place.country`'),
  message: z.string().describe('in English, for API users'),
  code: z.string().optional().describe('why, as a stable code a client says in its own language (IMPORT_PROBLEM_CODES, or a note\'s own)'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('the numbers and names its message needs, e.g. `maximum`'),
});
export const StixImportRow = z.object({
  stixId: z.string().describe('the id of the incident object in the bundle'),
  outcome: z.enum(IMPORT_OUTCOMES),
  id: z.string().nullable(),
  problems: z.array(Problem),
});
export const StixImportReport = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  invalid: z.number().int(),
  items: z.array(StixImportRow).describe('one per incident object, in bundle order'),
  notes: z.array(Problem.extend({ stixId: z.string().optional() })).describe('what was passed over: types no incident field takes, markings that are not TLP, entities that could not be read'),
});
export type StixImportReport = z.infer<typeof StixImportReport>;

/** Problems that refuse the bundle whole. */
const REFUSALS: Record<string, string> = { 'not-an-object': 'stix-not-a-bundle', 'not-a-bundle': 'stix-not-a-bundle', 'empty-bundle': 'stix-not-a-bundle', 'invalid-object': 'stix-not-a-bundle', 'too-many-objects': 'stix-too-many-objects' };

function refuseBundle(problems: StixImportProblem[]): void {
  const refusal = problems.find((p) => p.code in REFUSALS);
  if (!refusal) return;
  const detail = refusal.code === 'too-many-objects' ? refusal.message : `the body is not a STIX 2.1 bundle: ${refusal.message}`;
  throw new BadRequest(detail, problems.map((p) => ({ path: `body/${p.path}`, message: p.message, code: p.code })), REFUSALS[refusal.code]);
}

/** The incident objects' ids in bundle order (the report's order), each once. */
function incidentIds(bundle: unknown): string[] {
  const objects = (bundle as { objects?: unknown[] }).objects ?? [];
  const ids = objects.flatMap((o) => (o && typeof o === 'object' && (o as { type?: unknown }).type === 'incident' ? [String((o as { id?: unknown }).id)] : []));
  return [...new Set(ids)];
}

export async function importIncidentsStix(ctx: Ctx, bundle: unknown, opts: { dryRun: boolean }): Promise<StixImportReport> {
  const by = requireImporter(ctx);
  const result = stixToIncidents(bundle, { maxObjects: STIX_MAX_OBJECTS, defaults: { agencyId: ctx.actor.agencyId ?? '' } });
  refuseBundle(result.problems);
  const invalid = new Map<string, StixImportProblem[]>();
  // Another party's record (its own export, say) is not filed as this party's: the third-party rule would break.
  const foreign = result.incidents.filter((i) => i.reportedBy?.party && i.reportedBy.party !== ctx.config.party);
  for (const f of foreign) invalid.set(f.stixId, [{ code: 'foreign-reporter', stixId: f.stixId, path: 'created_by_ref', message: `reported by ${f.reportedBy?.party ?? '?'}: only this party's own incidents are imported` }]);
  const valid = new Map(result.incidents.filter((i) => !foreign.includes(i)).map((i) => [i.stixId, i.input]));
  for (const p of result.problems) if (p.code === 'invalid-incident' && p.stixId) invalid.set(p.stixId, [...(invalid.get(p.stixId) ?? []), p]);
  const problem = ({ path, ...rest }: RecordIssue) => ({ path: path.replace(/^body\//, '').replaceAll('/', '.'), ...rest });
  const ids = incidentIds(bundle);
  const records = ids.flatMap((stixId) => {
    const input = valid.get(stixId);
    return input ? [{ input, key: importKey(`stix\n${by}`, stixId), problem }] : [];
  });
  // Filed a batch per transaction (batch.ts), reported object by object as if one by one.
  const imported = await importMany(batchTarget(ctx), records, opts);
  let next = 0;
  const items = ids.map((stixId): StixImportReport['items'][number] => {
    if (!valid.has(stixId)) return { stixId, outcome: 'invalid', id: null, problems: (invalid.get(stixId) ?? []).map(({ path, message, code, reason }) => ({ path, message, ...(reason ?? { code }) })) };
    const result = imported[next++];
    if (!result) throw new Error(`no import outcome for ${stixId}`);
    return { stixId, ...result };
  });
  await recordImport(ctx, { format: 'stix', dryRun: opts.dryRun, items });
  const notes = result.problems.filter((p) => p.code !== 'invalid-incident');
  return { dryRun: opts.dryRun, created: countOutcome(items, 'created'), invalid: countOutcome(items, 'invalid'), items, notes };
}
