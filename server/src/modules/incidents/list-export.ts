// The incident list as CSV (GET /api/v1/incidents.csv): every incident the list's filters match and this reader may
// read — the list's own conditions (repo.filters), handling included — a row each, labelled in the reader's language,
// written by the platform's list export (platform/list-export.ts: newest first, at most 50,000 rows). Each export is
// audited once, before the first row is read, with its filter, its counts per handling and its TLP:RED references.
import { and, desc, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { LOCALES, type Ctx, type Locale } from '../../platform/context.js';
import { eachExportRow, exportBounds, listCsv, type CsvColumn, type ExportBounds } from '../../platform/list-export.js';
import { withTx } from '../../platform/tx.js';
import { audit } from './kit.js';
import { requireReader } from './queries.js';
import * as repo from './repo.js';
import { IncidentQuery, type INCIDENT_KINDS, type ITEM_TYPES } from './schemas.js';
import { incidents } from './tables.js';

export const IncidentExportQuery = IncidentQuery.omit({ page: true, pageSize: true }).extend({
  lang: z.enum(LOCALES).optional().describe("the language of the header row and the labels (the reader's own by default)"),
});
export type IncidentExportQuery = z.infer<typeof IncidentExportQuery>;

type ExportRow = Pick<repo.Row, 'id' | 'reference' | 'kind' | 'title' | 'occurredOn' | 'country' | 'locality' | 'originParty' | 'agency' | 'handling' | 'status' | 'updatedAt'> & { itemTypes: string[] };

type Labels = Readonly<Record<Locale, Record<string, string>>>;
/** The web catalogs' `incidents.kinds`, `incidents.itemTypes` and `incidents.withdrawn` (list-export.unit.test.ts keeps them in step). */
export const KIND_LABELS: Labels = {
  en: { seizure: 'Seizure', 'stopped-shipment': 'Stopped or suspended shipment', 'attempted-diversion': 'Attempted diversion', 'suspicious-order': 'Suspicious order or enquiry', 'clandestine-laboratory': 'Clandestine laboratory', equipment: 'Pill press or equipment', 'online-marketing': 'Online marketing of precursors', 'postal-interdiction': 'Parcel or postal interdiction', 'financial-lead': 'Financial lead', 'wildlife-seizure': 'Wildlife seizure' },
  'zh-CN': { seizure: '查获', 'stopped-shipment': '拦截或暂停的货物', 'attempted-diversion': '转移企图', 'suspicious-order': '可疑订单或询价', 'clandestine-laboratory': '地下制毒工场', equipment: '压片机或设备', 'online-marketing': '网上兜售易制毒化学品', 'postal-interdiction': '包裹或邮件拦截', 'financial-lead': '资金线索', 'wildlife-seizure': '野生动植物查获' },
} satisfies Readonly<Record<Locale, Record<(typeof INCIDENT_KINDS)[number], string>>>;
export const ITEM_TYPE_LABELS: Labels = {
  en: { chemical: 'Chemical', equipment: 'Equipment', money: 'Money', wildlife: 'Wildlife' },
  'zh-CN': { chemical: '化学品', equipment: '设备', money: '资金', wildlife: '野生动植物' },
} satisfies Readonly<Record<Locale, Record<(typeof ITEM_TYPES)[number], string>>>;
export const WITHDRAWN_LABEL: Readonly<Record<Locale, string>> = { en: 'Withdrawn', 'zh-CN': '已撤回' };

const label = (labels: Labels, code: string, lang: Locale): string => labels[lang][code] ?? code;
const col = (en: string, zh: string, value: CsvColumn<ExportRow>['value']): CsvColumn<ExportRow> => ({ header: { en, 'zh-CN': zh }, value });

const COLUMNS: readonly CsvColumn<ExportRow>[] = [
  col('Reference', '编号', (r) => r.reference),
  col('Kind', '类别', (r, lang) => label(KIND_LABELS, r.kind, lang)),
  col('Title', '标题', (r) => r.title),
  col('Date', '日期', (r) => r.occurredOn),
  col('Country', '国家', (r) => r.country),
  col('Place', '地点', (r) => r.locality),
  col('Reported by', '报告方', (r) => r.originParty.trim()),
  col('Agency', '机构', (r) => r.agency.acronym),
  col('Items', '物品', (r, lang) => r.itemTypes.map((t) => label(ITEM_TYPE_LABELS, t, lang)).join('; ')),
  col('Handling', '处理等级', (r) => r.handling),
  col('Withdrawn', '已撤回', (r, lang) => (r.status === 'withdrawn' ? WITHDRAWN_LABEL[lang] : '')),
  col('Updated (UTC)', '更新时间（UTC）', (r) => r.updatedAt),
];

const i = incidents;
const itemTypes = sql<string[]>`array(select distinct it.type from incident_items it where it.incident_id = incidents.id order by 1)`;
const FIELDS = { id: i.id, reference: i.reference, kind: i.kind, title: i.title, occurredOn: i.occurredOn, country: i.country, locality: i.locality, originParty: i.originParty, agency: i.agency, handling: i.handling, status: i.status, updatedAt: i.updatedAt, itemTypes };

export type IncidentCsv = { csv: Readable; bounds: ExportBounds; lang: Locale; fileName: string };

/** The CSV of what the list gives this reader with these filters; the export is audited before the first row is read. */
export async function exportIncidentsCsv(ctx: Ctx, q: IncidentExportQuery): Promise<IncidentCsv> {
  requireReader(ctx);
  const { lang: asked, ...filter } = q;
  const lang = asked ?? ctx.actor.locale;
  const cond = and(...repo.filters(ctx.actor, { ...filter, page: 1, pageSize: 1 }));
  const bounds = await exportBounds(ctx.db, { table: i, id: i.id, handling: i.handling, reference: i.reference, where: cond });
  const { upTo: _u, downTo: _d, ...counted } = bounds;
  await withTx(ctx, (tx) => audit(tx, ctx, 'list-exported', 'incidents', { format: 'csv', filter, lang, ...counted }));
  const rows = eachExportRow<ExportRow>(i.id, bounds, (range, limit) => ctx.db.select(FIELDS).from(i).where(and(cond, range)).orderBy(desc(i.id)).limit(limit));
  return { csv: listCsv(COLUMNS, rows, lang, bounds), bounds, lang, fileName: `incidents-${ctx.clock.now().toISOString().slice(0, 10)}.csv` };
}
