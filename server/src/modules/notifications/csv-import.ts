// Bulk import of notifications from CSV (a regulator's existing spreadsheet): one row per chemical line, rows with
// the same `ref` form one notification, whose other columns come from its first row. Each notification is
// checked like a draft typed in the form and saved as a draft on its own; the report says, row by row, what became
// of it. A notification imported twice (same ref, same content) is created once, whichever file brings it.
import type { Ctx } from '../../platform/context.js';
import { columnName, groupRows, importKey, importOne, importReport, problemAt, readCsvTable, schemaIssues, type CsvTable, type CsvTableSpec, type ImportReport, type ImportTarget, type RowGroup } from '../../platform/import/index.js';
import { listAgencies } from '../directory/index.js';
import { checkDraft, createDraft } from './drafting.js';
import * as repo from './repo.js';
import { DraftInput } from './schemas.js';
import { requireOfficer } from './use-case-kit.js';

export { ImportReport } from '../../platform/import/index.js';
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
  permitNumber: ['permitnumber', 'permit', 'licence', 'exportauthorisation', 'exportauthorization', '许可证号', '出口许可证号'],
  importPermitNumber: ['importpermitnumber', 'importpermit', '进口许可证号'],
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
const SPEC: CsvTableSpec<Column> = { columns: COLUMNS, required: ['ref', 'declaredName', 'quantity', 'unit'], maxRows: IMPORT_MAX_ROWS, rowsAre: 'one line per chemical' };
type Group = RowGroup<Column>;

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
    importPermitNumber: orNull(first.importPermitNumber),
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
function locate(table: CsvTable<Column>, g: Group, path: string): { line: number; column: string } {
  const parts = path.replace(/^body\//, '').split('/');
  const lineIndex = parts[0] === 'lines' ? Number(parts[1]) : 0;
  const line = g.rows[Number.isInteger(lineIndex) ? lineIndex : 0]?.line ?? g.rows[0]?.line ?? 0;
  const field = parts[0] === 'lines' ? (parts[2] ?? 'lines') : parts.filter((p) => !/^\d+$/.test(p)).join('.');
  const column = FIELD_COLUMN[field] ?? (field in COLUMNS ? (field as Column) : null);
  return { line, column: column ? columnName(table, SPEC, column) : field };
}

export async function importNotifications(ctx: Ctx, bytes: Buffer, opts: { dryRun: boolean }): Promise<ImportReport> {
  requireOfficer(ctx);
  // The agency column names this party's agency by its acronym.
  const agencyIds = new Map((await listAgencies(ctx, { party: ctx.config.party })).map((a) => [a.acronym.toUpperCase(), a.id]));
  const target: ImportTarget<DraftInput> = {
    earlier: async (key) => (ctx.actor.id ? repo.getByIdempotencyKey(ctx.db, ctx.actor.id, key) : undefined),
    check: (draft) => checkDraft(ctx, draft),
    create: async (draft, key) => {
      const created = await createDraft(ctx, draft, key);
      return { id: created.id, created: !created.replayed };
    },
  };
  const table = readCsvTable(bytes, SPEC);
  const items: ImportReport['items'] = [];
  for (const g of groupRows(table.rows, 'ref')) {
    const base = { ref: g.ref, rows: g.rows.map((r) => r.line) };
    const parsed = DraftInput.safeParse(draftOf(g, agencyIds));
    if (!parsed.success) {
      items.push({ ...base, outcome: 'invalid', id: null, problems: schemaIssues(parsed.error).map((i) => problemAt(locate(table, g, i.path), i)) });
      continue;
    }
    // The same notification (same ref, same content) imported again by the same person is found, not duplicated,
    // whichever file it comes in; a rule a draft must meet (a past date, an unknown party) reports this one only.
    const key = importKey(g.ref, parsed.data);
    items.push({ ...base, ...(await importOne(target, parsed.data, key, { dryRun: opts.dryRun, problem: (e) => problemAt(locate(table, g, e.path), e) })) });
  }
  return importReport(opts.dryRun, items);
}
