// Bulk import of incidents from CSV (a customs or police spreadsheet, English or Chinese headers, UTF-8 or GBK):
// one row per item, rows with the same `ref` one incident (csv-columns.ts). Each incident is checked as one typed in
// the form and created wholly or not at all (`fileIncidents`, a batch of incidents per transaction); the report says,
// row by row, what became of each. The idempotency key is the caller
// and the incident's canonical content: a file imported twice creates nothing the second time.
import type { Ctx } from '../../platform/context.js';
import { columnName, groupRows, importKey, importMany, importReport, problemAt, readCsvTable, schemaIssues, type CsvRow, type CsvTable, type ImportProblem, type ImportReport, type ImportRow, type RecordIssue, type RowGroup } from '../../platform/import/index.js';
import { listAgencies } from '../directory/index.js';
import { code, COLUMNS, ENTITY_COLUMNS, ENTITY_KIND_OF, handlingOf, SPEC, unitOf, type Column, type EntityColumn } from './csv-columns.js';
import { batchTarget, recordImport, requireImporter } from './import-kit.js';
import { IncidentInput } from './schemas.js';

type Cells = CsvRow<Column>['cells'];
type Group = RowGroup<Column>;
/** The incident a group describes, and the rows (and columns) its items and entities came from. */
type Built = { input: unknown; itemRows: number[]; entityFrom: { line: number; column: Column | null }[] };

const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
const list = (v: string | undefined) => (v ? v.split(/[;,，；\s]+/).filter(Boolean) : []);

function itemOf(c: Cells): Record<string, unknown> | null {
  const type = code(c.itemType) ?? (c.species ? 'wildlife' : c.amount || c.currency ? 'money' : c.equipment ? 'equipment' : c.declaredName || c.cas || c.quantity || c.unit ? 'chemical' : null);
  const description = orNull(c.itemDescription);
  switch (type) {
    case null:
      return null;
    case 'chemical':
      return { type, declaredName: c.declaredName ?? '', cas: orNull(c.cas), quantity: c.quantity ?? '', unit: unitOf(c.unit) ?? '', purity: num(c.purity), form: orNull(code(c.form)) };
    case 'equipment':
      return { type, equipment: code(c.equipment) ?? 'other', count: num(c.count ?? c.quantity) ?? 1, description };
    case 'money':
      return { type, amount: c.amount ?? '', currency: c.currency ?? '', description };
    case 'wildlife':
      return { type, taxon: c.species ?? '', tradeTerm: c.tradeTerm ?? '', quantity: c.quantity ?? '', unit: unitOf(c.unit) ?? '', live: c.live ? code(c.live) === 'true' || c.live.toLowerCase() === 'yes' : null };
    default:
      return { type };
  }
}

function entitiesOf(c: Cells, line: number): { entity: Record<string, unknown>; line: number; column: Column | null }[] {
  const options = { role: code(c.role) ?? 'other', country: c.entityCountry?.toUpperCase() ?? null, bankCode: null };
  const fixed = (Object.keys(ENTITY_COLUMNS) as EntityColumn[]).flatMap((col) => {
    const value = c[col];
    if (!value) return [];
    const kind = ENTITY_KIND_OF[col];
    return [{ entity: { kind, value, ...options, uscc: kind === 'company' ? orNull(c.uscc) : null }, line, column: col }];
  });
  const triple = c.entityValue || c.entityKind ? [{ entity: { kind: code(c.entityKind) ?? '', value: c.entityValue ?? '', ...options, uscc: orNull(c.uscc) }, line, column: null }] : [];
  return [...fixed, ...triple];
}

function build(g: Group, agencyOf: (acronym: string | undefined) => string): Built {
  const first = g.rows[0]?.cells ?? {};
  const items = g.rows.flatMap((r) => {
    const item = itemOf(r.cells);
    return item ? [{ item, line: r.line }] : [];
  });
  const seen = new Set<string>();
  const entities = g.rows.flatMap((r) => entitiesOf(r.cells, r.line)).filter(({ entity: e }) => {
    const k = `${String(e.kind)}\n${String(e.value)}\n${String(e.role)}`;
    return !seen.has(k) && seen.add(k);
  });
  const source = /^[A-F][1-6]$/i.test(first.source ?? '') ? { reliability: first.source?.[0]?.toUpperCase(), credibility: first.source?.[1] } : undefined;
  const input = {
    kind: code(first.kind) ?? '',
    agencyId: agencyOf(first.agency),
    occurredOn: first.date ?? '',
    place: { country: first.country?.toUpperCase() ?? '', locality: orNull(first.place), port: orNull(first.port), latitude: num(first.latitude), longitude: num(first.longitude) },
    title: first.title ?? '',
    narrative: first.narrative ?? '',
    language: first.language ? (/^(zh|中)/i.test(first.language) ? 'zh' : first.language.toLowerCase()) : /\p{Script=Han}/u.test(first.title ?? '') ? 'zh' : 'en',
    items: items.map((i) => i.item),
    route: { mode: orNull(code(first.mode)), carrier: orNull(first.carrier) },
    entities: entities.map((e) => e.entity),
    handling: handlingOf(first.handling),
    useRestrictions: list(first.restrictions).map((r) => r.toLowerCase()),
    ...(source ? { source } : {}),
    releasableTo: list(first.releasableTo).map((p) => p.toUpperCase()),
  };
  return { input, itemRows: items.map((i) => i.line), entityFrom: entities.map(({ line, column }) => ({ line, column })) };
}

// Incident fields that come from a column of another name (the rest have a column of their own name).
const FIELD_COLUMN: Record<string, Column> = { occurredOn: 'date', agencyId: 'agency', 'place.country': 'country', 'place.locality': 'place', 'place.port': 'port', 'place.latitude': 'latitude', 'place.longitude': 'longitude', useRestrictions: 'restrictions', 'route.mode': 'mode', 'route.carrier': 'carrier', 'source.reliability': 'source', 'source.credibility': 'source' };
const ITEM_COLUMN: Record<string, Column> = { type: 'itemType', taxon: 'species', description: 'itemDescription' };
const ENTITY_FIELD: Record<string, Column> = { kind: 'entityKind', value: 'entityValue', role: 'role', country: 'entityCountry', uscc: 'uscc' };

/** A problem path (`items/1/quantity`, `entities/0/value`, `place/country`) as a line of the file and its column. */
function locate(table: CsvTable<Column>, g: Group, b: Built, path: string): { line: number; column: string } {
  const parts = path.replace(/^body\//, '').split('/');
  const at = Number(parts[1]);
  const firstLine = g.rows[0]?.line ?? 0;
  const name = (c: Column | null | undefined, fallback: string) => (c ? columnName(table, SPEC, c) : fallback);
  if (parts[0] === 'items' && Number.isInteger(at)) {
    const field = parts[2] ?? 'itemType';
    return { line: b.itemRows[at] ?? firstLine, column: name(ITEM_COLUMN[field] ?? (field in COLUMNS ? (field as Column) : null), field) };
  }
  if (parts[0] === 'entities' && Number.isInteger(at)) {
    const from = b.entityFrom[at];
    const field = parts[2] ?? 'value';
    return { line: from?.line ?? firstLine, column: name(field === 'value' && from?.column ? from.column : ENTITY_FIELD[field], field) };
  }
  const field = parts.filter((p) => !/^\d+$/.test(p)).join('.');
  return { line: firstLine, column: name(FIELD_COLUMN[field] ?? (field in COLUMNS ? (field as Column) : null), field) };
}

type Entry = { base: { ref: string; rows: number[] }; problems: ImportRow['problems'] } | { base: { ref: string; rows: number[] }; record: number };

export async function importIncidentsCsv(ctx: Ctx, bytes: Buffer, opts: { dryRun: boolean }): Promise<ImportReport> {
  const by = requireImporter(ctx);
  const table = readCsvTable(bytes, SPEC);
  // The agency column names this party's agency by its acronym; without it, the caller's own agency files.
  const acronyms = new Map((await listAgencies(ctx, { party: ctx.config.party })).map((a) => [a.acronym.toUpperCase(), a.id]));
  const agencyOf = (acronym: string | undefined) => (acronym ? (acronyms.get(acronym.toUpperCase()) ?? acronym) : (ctx.actor.agencyId ?? ''));
  const entries: Entry[] = [];
  const records: { input: IncidentInput; key: string; problem: (e: RecordIssue) => ImportProblem }[] = [];
  for (const g of groupRows(table.rows, 'ref')) {
    const base = { ref: g.ref, rows: g.rows.map((r) => r.line) };
    const built = build(g, agencyOf);
    const problem = (e: RecordIssue) => problemAt(locate(table, g, built, e.path), e);
    const parsed = IncidentInput.safeParse(built.input);
    if (!parsed.success) {
      entries.push({ base, problems: schemaIssues(parsed.error).map(problem) });
      continue;
    }
    entries.push({ base, record: records.length });
    records.push({ input: parsed.data, key: importKey(`csv\n${by}\n${g.ref}`, parsed.data), problem });
  }
  // Filed a batch per transaction (batch.ts), reported row by row as if one by one.
  const imported = await importMany(batchTarget(ctx), records, opts);
  const items = entries.map((e): ImportRow => {
    if ('problems' in e) return { ...e.base, outcome: 'invalid', id: null, problems: e.problems };
    const result = imported[e.record];
    if (!result) throw new Error(`no import outcome for ${e.base.ref}`);
    return { ...e.base, ...result };
  });
  await recordImport(ctx, { format: 'csv', dryRun: opts.dryRun, items });
  return importReport(opts.dryRun, items);
}
