// The audit log as CSV in the reader's language: coded actions, subject types and actors labelled, subjects named,
// cells a spreadsheet would run as a formula defused (OWASP "CSV injection"), a BOM so Excel reads UTF-8 Chinese.
import { stringify } from 'csv-stringify';
import type { Readable } from 'node:stream';
import type { Locale } from '../context.js';
import type { Db } from '../db.js';
import { streamThrough } from '../http/stream.js';
import { eachAuditBatch, type AuditFilter, type AuditRowData } from './queries.js';
import { actorText, describeRows, type Described, type SubjectDescribers } from './subjects.js';
import { actionLabel, subjectLabel } from './vocabulary.js';
import { defuseCell } from '../csv-cell.js';

const HEADERS: Record<Locale, string[]> = {
  en: ['No.', 'Time (UTC)', 'Actor', 'Action', 'Action code', 'Subject type', 'Subject', 'Subject ID', 'Request ID', 'Change (JSON)', 'Hash'],
  'zh-CN': ['序号', '时间（UTC）', '操作人', '操作', '操作代码', '对象类型', '对象', '对象编号', '请求编号', '变更内容（JSON）', '哈希值'],
};

function cells(r: Described<AuditRowData>, lang: Locale): string[] {
  return [
    String(r.seq),
    r.at.toISOString(),
    actorText(r, lang),
    actionLabel(r.action, lang),
    r.action,
    subjectLabel(r.subjectType, lang),
    r.subjectLabel ?? '',
    r.subjectId,
    r.requestId ?? '',
    JSON.stringify(r.change),
    r.hash,
  ].map(defuseCell);
}

type ExportInput = { db: Db; filter: AuditFilter; describers: SubjectDescribers; lang: Locale };

export function auditCsv({ db, filter, describers, lang }: ExportInput): Readable {
  async function* rows() {
    for await (const batch of eachAuditBatch(db, filter)) {
      for (const r of await describeRows(db, batch, describers, lang)) yield cells(r, lang);
    }
  }
  return streamThrough(rows(), stringify({ header: true, columns: HEADERS[lang], bom: true }));
}
