// The notification list as CSV (GET /api/v1/notifications.csv): every notification the list's filters match and this
// reader may read — the list's own conditions (repo.where), handling included — a row each, labelled in the reader's
// language, written by the platform's list export (platform/list-export.ts: newest first, at most 50,000 rows).
// Each export is audited once, before the first row is read, with its filter, its counts per handling and the
// references of the TLP:RED notifications it holds.
import { and, desc, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit/index.js';
import { LOCALES, type Ctx, type Locale } from '../../platform/context.js';
import { eachExportRow, exportBounds, listCsv, type CsvColumn, type ExportBounds } from '../../platform/list-export.js';
import { withTx } from '../../platform/tx.js';
import * as repo from './repo.js';
import { NotificationQuery, type Status } from './schemas.js';
import { notifications } from './tables.js';
import { requireReader } from './use-case-kit.js';

export const NotificationExportQuery = NotificationQuery.omit({ page: true, pageSize: true }).extend({
  lang: z.enum(LOCALES).optional().describe("the language of the header row and the labels (the reader's own by default)"),
});
export type NotificationExportQuery = z.infer<typeof NotificationExportQuery>;

type ExportRow = Pick<repo.Row, 'id' | 'reference' | 'status' | 'scheme' | 'exportingParty' | 'importingParty' | 'shipmentDate' | 'sentAt' | 'dueAt' | 'repliedAt' | 'handling'> & {
  exporterName: string;
  importerName: string;
  chemicals: string[];
};

type Labels = Readonly<Record<Locale, Record<string, string>>>;
/** The web catalogs' `notifications.status` and `notifications.scheme` (list-export.unit.test.ts keeps them in step). */
export const STATUS_LABELS: Labels = {
  en: { draft: 'Draft', sent: 'Sent', delivered: 'Delivered', acknowledged: 'Acknowledged', 'info-requested': 'Information requested', 'info-provided': 'Information provided', cleared: 'Cleared', objected: 'Objected', withdrawn: 'Withdrawn' },
  'zh-CN': { draft: '草稿', sent: '已发送', delivered: '已送达', acknowledged: '已确认收到', 'info-requested': '已要求补充信息', 'info-provided': '已补充信息', cleared: '已准予', objected: '已反对', withdrawn: '已撤回' },
} satisfies Readonly<Record<Locale, Record<Status, string>>>;
export const SCHEME_LABELS: Labels = { en: { pen: 'PEN', 'pen-light': 'PEN Light' }, 'zh-CN': { pen: '出口前通知（PEN）', 'pen-light': '简易出口前通知（PEN Light）' } };

const label = (labels: Labels, code: string, lang: Locale): string => labels[lang][code] ?? code;
const col = (en: string, zh: string, value: CsvColumn<ExportRow>['value']): CsvColumn<ExportRow> => ({ header: { en, 'zh-CN': zh }, value });

const COLUMNS: readonly CsvColumn<ExportRow>[] = [
  col('Reference', '编号', (r) => r.reference),
  col('Status', '状态', (r, lang) => label(STATUS_LABELS, r.status, lang)),
  col('Scheme', '通知类别', (r, lang) => label(SCHEME_LABELS, r.scheme, lang)),
  col('Exporting party', '出口方', (r) => r.exportingParty.trim()),
  col('Importing party', '进口方', (r) => r.importingParty.trim()),
  col('Exporter', '出口商', (r) => r.exporterName),
  col('Importer', '进口商', (r) => r.importerName),
  col('Shipment date', '装运日期', (r) => r.shipmentDate),
  col('Lines', '品项数', (r) => r.chemicals.length),
  col('Chemicals (declared names)', '化学品（申报名称）', (r) => r.chemicals.join('; ')),
  col('Sent (UTC)', '发送时间（UTC）', (r) => r.sentAt),
  col('Due (UTC)', '答复期限（UTC）', (r) => r.dueAt),
  col('Replied (UTC)', '答复时间（UTC）', (r) => r.repliedAt),
  col('Handling', '处理等级', (r) => r.handling),
];

const chemicals = sql<string[]>`array(select l.declared_name from notification_lines l where l.notification_id = notifications.id order by l.position)`;
const n = notifications;
const FIELDS = { id: n.id, reference: n.reference, status: n.status, scheme: n.scheme, exportingParty: n.exportingParty, importingParty: n.importingParty, shipmentDate: n.shipmentDate, sentAt: n.sentAt, dueAt: n.dueAt, repliedAt: n.repliedAt, handling: n.handling };

export type NotificationCsv = { csv: Readable; bounds: ExportBounds; lang: Locale; fileName: string };

/** The CSV of what the list gives this reader with these filters; the export is audited before the first row is read. */
export async function exportNotificationsCsv(ctx: Ctx, q: NotificationExportQuery): Promise<NotificationCsv> {
  requireReader(ctx);
  const { lang: asked, ...filter } = q;
  const lang = asked ?? ctx.actor.locale;
  const cond = repo.where({ ...filter, self: ctx.config.party, now: ctx.clock.now(), reader: ctx.actor });
  const bounds = await exportBounds(ctx.db, { table: n, id: n.id, handling: n.handling, reference: n.reference, where: cond });
  const { upTo: _u, downTo: _d, ...counted } = bounds;
  await withTx(ctx, (tx) => recordAudit(tx, ctx, { action: 'notification.list-exported', subjectType: 'notification', subjectId: 'notifications', change: { format: 'csv', filter, lang, ...counted } }));
  const rows = eachExportRow<ExportRow>(n.id, bounds, async (range, limit) => {
    const found = await ctx.db
      .select({ ...FIELDS, exporter: n.exporter, importer: n.importer, chemicals })
      .from(n)
      .where(and(cond, range))
      .orderBy(desc(n.id))
      .limit(limit);
    return found.map(({ exporter, importer, ...r }) => ({ ...r, exporterName: exporter.name, importerName: importer.name }));
  });
  return { csv: listCsv(COLUMNS, rows, lang, bounds), bounds, lang, fileName: `notifications-${ctx.clock.now().toISOString().slice(0, 10)}.csv` };
}
