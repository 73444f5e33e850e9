// Bulk import of notifications from CSV (a regulator's existing spreadsheet): one row per chemical line, rows with
// the same `ref` form one notification, whose other columns come from its first row. Each notification is
// checked like a draft typed in the form and saved as a draft on its own; the report says, row by row, what became
// of it. A notification imported twice (same ref, same content) is created once, whichever file brings it.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { AppError, BadRequest } from '../../platform/errors.js';
import { sha256Hex } from '../../platform/ids.js';
import { listAgencies } from '../directory/index.js';
import { canonicalJson } from '../../platform/canonical-json.js';
import { checkDraft, createDraft } from './drafting.js';
import * as repo from './repo.js';
import { DraftInput } from './schemas.js';
import { requireOfficer } from './use-case-kit.js';

export const IMPORT_MAX_ROWS = 500;

const COLUMNS = {
  ref: ['ref', 'reference', 'notification', '通知', '编号'],
  importingParty: ['importingparty', 'importer party', 'importercountry', 'destination', '进口国', '进口方'],
  transitParties: ['transitparties', 'transit', '过境国'],
  agency: ['agency', 'authority', 'exportingagency', '机构', '出口主管机构'],
  exporterName: ['exportername', 'exporter', '出口商'],
  exporterAddress: ['exporteraddress', '出口商地址'],
  exporterLicence: ['exporterlicence', 'exporterlicense', '出口商许可证'],
  importerName: ['importername', 'importer', '进口商'],
  importerAddress: ['importeraddress', '进口商地址'],
  importerLicence: ['importerlicence', 'importerlicense', '进口商许可证'],
  consigneeName: ['consigneename', 'consignee', '最终收货人'],
  consigneeAddress: ['consigneeaddress', '最终收货人地址'],
  intendedUse: ['intendeduse', 'use', '用途'],
  shipmentDate: ['shipmentdate', 'date', '装运日期'],
  mode: ['mode', 'transport', '运输方式'],
  portOfExit: ['portofexit', 'exitport', '出境口岸'],
  portOfEntry: ['portofentry', 'entryport', '入境口岸'],
  carrier: ['carrier', '承运人'],
  invoiceNumber: ['invoicenumber', 'invoice', '发票号'],
  permitNumber: ['permitnumber', 'permit', 'licence', '许可证号'],
  language: ['language', '语言'],
  handling: ['handling', 'tlp', '密级'],
  declaredName: ['chemical', 'name', 'declaredname', '化学品', '名称'],
  cas: ['cas', 'casno', 'cas号'],
  hsCode: ['hs', 'hscode', 'hs编码', '商品编码'],
  smiles: ['smiles', 'structure', '结构'],
  quantity: ['quantity', 'qty', '数量'],
  unit: ['unit', '单位'],
  concentration: ['concentration', '浓度'],
  packaging: ['packaging', '包装'],
  packages: ['packages', '件数'],
} as const;
type Column = keyof typeof COLUMNS;
const key = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[\s_.\-:：()（）%]/g, '');
const ALIASES = new Map(Object.entries(COLUMNS).flatMap(([col, names]) => names.map((n) => [key(n), col as Column] as const)));

export const ImportRow = z.object({
  ref: z.string(),
  rows: z.array(z.number().int()).describe('line numbers in the file (the header is line 1)'),
  outcome: z.enum(['created', 'already-imported', 'invalid', 'failed']),
  id: z.string().nullable(),
  problems: z.array(z.object({ line: z.number().int(), column: z.string(), message: z.string() })),
});
export const ImportReport = z.object({ dryRun: z.boolean(), created: z.number().int(), invalid: z.number().int(), items: z.array(ImportRow) });
export type ImportReport = z.infer<typeof ImportReport>;

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'gbk'); // what Chinese spreadsheet software writes by default
  }
}

type Group = { ref: string; rows: { line: number; cells: Partial<Record<Column, string>> }[]; headers: ReadonlyMap<Column, string> };

function groups(text: string): Group[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    throw new BadRequest(`the file is not readable CSV: ${err instanceof Error ? err.message : 'parse error'}`, [], 'import-unreadable');
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new BadRequest('the file needs a header line and one line per chemical', [], 'import-empty');
  if (rows.length > IMPORT_MAX_ROWS) throw new BadRequest(`at most ${IMPORT_MAX_ROWS} lines per file`, [], 'import-too-large');
  const columns = header.map((h) => ALIASES.get(key(h)) ?? null);
  // The file's own header for each column, so a problem names the column as the user wrote it.
  const headers = new Map(columns.flatMap((c, i) => (c ? [[c, header[i] ?? c] as const] : [])));
  const missing = (['ref', 'declaredName', 'quantity', 'unit'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new BadRequest('the header lacks required columns', missing.map((c) => ({ path: 'header', message: `no column for ${c} (e.g. ${COLUMNS[c][0]})` })), 'import-columns');
  const byRef = new Map<string, Group>();
  rows.forEach((cells, i) => {
    const row: Partial<Record<Column, string>> = {};
    columns.forEach((c, j) => {
      const v = cells[j];
      if (c && v) row[c] = v;
    });
    const ref = row.ref ?? `#${i + 2}`;
    const g = byRef.get(ref) ?? { ref, rows: [], headers };
    g.rows.push({ line: i + 2, cells: row });
    byRef.set(ref, g);
  });
  return [...byRef.values()];
}

const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

/** The draft a group describes, before validation, and where each path came from (for the report). */
function draftOf(g: Group, agencyIds: ReadonlyMap<string, string>): unknown {
  const first = g.rows[0]?.cells ?? {};
  const trader = (name?: string, address?: string, licence?: string) => ({ name: name ?? '', address: address ?? '', licence: orNull(licence) });
  return {
    importingParty: first.importingParty?.toUpperCase() ?? '',
    transitParties: first.transitParties ? first.transitParties.split(/[;,\s]+/).filter(Boolean).map((p) => p.toUpperCase()) : [],
    agencyId: agencyIds.get((first.agency ?? '').toUpperCase()) ?? first.agency ?? '',
    exporter: trader(first.exporterName, first.exporterAddress, first.exporterLicence),
    importer: trader(first.importerName, first.importerAddress, first.importerLicence),
    consignee: first.consigneeName ? trader(first.consigneeName, first.consigneeAddress) : null,
    lines: g.rows.map(({ cells }) => ({
      declaredName: cells.declaredName ?? '',
      cas: orNull(cells.cas),
      hsCode: orNull(cells.hsCode),
      smiles: orNull(cells.smiles),
      quantity: cells.quantity ?? '',
      unit: cells.unit ?? '',
      concentration: num(cells.concentration),
      packaging: orNull(cells.packaging),
      packages: num(cells.packages),
    })),
    intendedUse: first.intendedUse ?? '',
    shipmentDate: first.shipmentDate ?? '',
    route: { portOfExit: orNull(first.portOfExit), portOfEntry: orNull(first.portOfEntry), mode: first.mode?.toLowerCase() ?? 'other', carrier: orNull(first.carrier) },
    invoiceNumber: orNull(first.invoiceNumber),
    permitNumber: orNull(first.permitNumber),
    language: first.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    handling: first.handling ?? 'TLP:AMBER',
  };
}

// Draft fields that come from a column of their own (the rest are line fields of the same name).
const FIELD_COLUMN: Record<string, Column> = {
  'exporter.name': 'exporterName',
  'exporter.address': 'exporterAddress',
  'exporter.licence': 'exporterLicence',
  'importer.name': 'importerName',
  'importer.address': 'importerAddress',
  'importer.licence': 'importerLicence',
  'consignee.name': 'consigneeName',
  'consignee.address': 'consigneeAddress',
  agencyId: 'agency',
  'route.mode': 'mode',
  'route.portOfExit': 'portOfExit',
  'route.portOfEntry': 'portOfEntry',
  'route.carrier': 'carrier',
};

/** A problem path (`lines/1/quantity`, `exporter/name`) as the line of the file and its column's own header. */
function locate(g: Group, path: string): { line: number; column: string } {
  const parts = path.replace(/^body\//, '').split('/');
  const lineIndex = parts[0] === 'lines' ? Number(parts[1]) : 0;
  const line = g.rows[Number.isInteger(lineIndex) ? lineIndex : 0]?.line ?? g.rows[0]?.line ?? 0;
  const field = parts[0] === 'lines' ? (parts[2] ?? 'lines') : parts.filter((p) => !/^\d+$/.test(p)).join('.');
  const column = FIELD_COLUMN[field] ?? (field in COLUMNS ? (field as Column) : null);
  return { line, column: column ? (g.headers.get(column) ?? COLUMNS[column][0]) : field };
}

export async function importNotifications(ctx: Ctx, bytes: Buffer, opts: { dryRun: boolean }): Promise<ImportReport> {
  requireOfficer(ctx);
  // The agency column names this party's agency by its acronym.
  const agencyIds = new Map((await listAgencies(ctx, { party: ctx.config.party })).map((a) => [a.acronym.toUpperCase(), a.id]));
  const items: ImportReport['items'] = [];
  for (const g of groups(decode(bytes))) {
    const base = { ref: g.ref, rows: g.rows.map((r) => r.line) };
    const parsed = DraftInput.safeParse(draftOf(g, agencyIds));
    if (!parsed.success) {
      items.push({ ...base, outcome: 'invalid', id: null, problems: parsed.error.issues.map((i) => ({ ...locate(g, i.path.join('/')), message: i.message })) });
      continue;
    }
    // The same notification (same ref, same content) imported again by the same person is found, not duplicated,
    // whichever file it comes in.
    const idempotencyKey = `import:${sha256Hex(`${g.ref}\n${canonicalJson(parsed.data)}`).slice(0, 48)}`;
    try {
      if (opts.dryRun) {
        const earlier = ctx.actor.id ? await repo.getByIdempotencyKey(ctx.db, ctx.actor.id, idempotencyKey) : undefined;
        if (!earlier) await checkDraft(ctx, parsed.data);
        items.push({ ...base, outcome: earlier ? 'already-imported' : 'created', id: earlier?.id ?? null, problems: [] });
        continue;
      }
      const created = await createDraft(ctx, parsed.data, idempotencyKey);
      items.push({ ...base, outcome: created.replayed ? 'already-imported' : 'created', id: created.id, problems: [] });
    } catch (err) {
      // A rule a draft must meet (a past date, an unknown party): this notification is reported, the others go on.
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      const problems = err.errors.length > 0 ? err.errors.map((e) => ({ ...locate(g, e.path), message: e.message })) : [{ line: g.rows[0]?.line ?? 0, column: '', message: err.message }];
      items.push({ ...base, outcome: 'invalid', id: null, problems });
    }
  }
  return { dryRun: opts.dryRun, created: items.filter((i) => i.outcome === 'created').length, invalid: items.filter((i) => i.outcome === 'invalid').length, items };
}
