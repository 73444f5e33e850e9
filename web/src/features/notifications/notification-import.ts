// Importing notifications as drafts from a CSV file (a regulator's existing spreadsheet): the file goes up as the
// request body, once as a dry run (the node checks every notification and creates nothing) and once for real. The
// example file shows the format: one row per chemical, rows with the same ref forming one notification.
import { api, call } from '../../app/api/client';
import type { Locale } from '../../app/api/types';
import type { ImportReport } from './types';

/** The node refuses larger files (413); checked here first so a large file is not sent for nothing. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
export const IMPORT_MAX_ROWS = 500;
export const IMPORT_ACCEPT = '.csv,text/csv';

export async function importNotifications(file: File, dryRun: boolean): Promise<ImportReport> {
  return call(
    api.POST('/api/v1/notifications/import', {
      params: { query: { dryRun: dryRun ? 'true' : 'false' } },
      headers: { 'content-type': 'text/csv' },
      // `body` is the file, as the API describes it; the typed client would send it as JSON, so the file itself is
      // set after the shared middleware has added the CSRF header.
      body: file,
      middleware: [{ onRequest: ({ request }) => new Request(request, { body: file }) }],
    }),
  );
}

/** The example's columns: the header the node reads in each language, and the two rows' values. */
type ExampleColumn = { header: Record<Locale, string>; first: Record<Locale, string>; second: Record<Locale, string> };
type ExampleContext = { importingParty: string; agency: string; shipmentDate: string };

const same = (value: string): Record<Locale, string> => ({ en: value, 'zh-CN': value });
const blank = same('');

function exampleColumns({ importingParty, agency, shipmentDate }: ExampleContext): ExampleColumn[] {
  return [
    { header: { en: 'ref', 'zh-CN': '编号' }, first: same('EX-001'), second: same('EX-001') },
    { header: { en: 'importingParty', 'zh-CN': '进口国' }, first: same(importingParty), second: blank },
    { header: { en: 'agency', 'zh-CN': '出口主管机构' }, first: same(agency), second: blank },
    { header: { en: 'exporterName', 'zh-CN': '出口商' }, first: { en: 'Example Chemicals Inc.', 'zh-CN': '示例化工有限公司' }, second: blank },
    { header: { en: 'exporterAddress', 'zh-CN': '出口商地址' }, first: { en: '1 Example Street, Newark, NJ 07114', 'zh-CN': '示例市示例路 1 号' }, second: blank },
    { header: { en: 'importerName', 'zh-CN': '进口商' }, first: { en: 'Example Importers Ltd.', 'zh-CN': '示例进口贸易有限公司' }, second: blank },
    { header: { en: 'importerAddress', 'zh-CN': '进口商地址' }, first: { en: '88 Example Road, Shanghai', 'zh-CN': '示例市示例大道 88 号' }, second: blank },
    { header: { en: 'intendedUse', 'zh-CN': '用途' }, first: { en: 'Solvents for pharmaceutical manufacturing', 'zh-CN': '药品生产用溶剂' }, second: blank },
    { header: { en: 'shipmentDate', 'zh-CN': '装运日期' }, first: same(shipmentDate), second: blank },
    { header: { en: 'mode', 'zh-CN': '运输方式' }, first: same('sea'), second: blank },
    { header: { en: 'language', 'zh-CN': '语言' }, first: { en: 'en', 'zh-CN': 'zh' }, second: blank },
    { header: { en: 'chemical', 'zh-CN': '化学品' }, first: { en: 'Acetone', 'zh-CN': '丙酮' }, second: { en: 'Toluene', 'zh-CN': '甲苯' } },
    { header: { en: 'cas', 'zh-CN': 'CAS号' }, first: same('67-64-1'), second: same('108-88-3') },
    { header: { en: 'quantity', 'zh-CN': '数量' }, first: same('200'), second: same('1500') },
    { header: { en: 'unit', 'zh-CN': '单位' }, first: same('L'), second: same('kg') },
  ];
}

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An example file in the UI language (headers and free text), for the signed-in officer's own agency and a party it
 * may notify: a header and two rows of one notification. UTF-8 with a byte-order mark, so spreadsheet software
 * that assumes a local encoding reads the Chinese correctly (the node ignores the mark).
 */
export function exampleCsv(locale: Locale, context: ExampleContext): string {
  const columns = exampleColumns(context);
  const row = (pick: (c: ExampleColumn) => string) => columns.map((c) => csvCell(pick(c))).join(',');
  return `\uFEFF${[row((c) => c.header[locale]), row((c) => c.first[locale]), row((c) => c.second[locale])].join('\r\n')}\r\n`;
}

/** A date a month from `today`, as YYYY-MM-DD: never in the past when the example is imported as it is. */
export function exampleShipmentDate(today: Date): string {
  return new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
}
