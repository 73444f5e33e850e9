// CSV export of contacts in the reader's language. Coded values are labelled; cells that a spreadsheet would run
// as a formula are defused (OWASP "CSV injection"); a BOM makes Excel read the UTF-8 Chinese correctly.
import { stringify } from 'csv-stringify';
import type { Readable } from 'node:stream';
import { streamThrough } from '../../platform/http/stream.js';
import { label } from './code-lists.js';
import type { Contact } from './schemas.js';
import { defuseCell } from '../../platform/csv-cell.js';
import { nameForReader } from '../../platform/names.js';
import { wallClock } from '../../platform/time-text.js';

type Locale = 'en' | 'zh-CN';

const HEADERS: Record<Locale, string[]> = {
  en: ['Party', 'Agency', 'Kind', 'Name', 'Title', 'Topics', 'Coverage', 'Hours', 'Phone', 'Email', 'Secure messaging', 'Languages', 'Verified on', 'Verified by', 'Stale', 'Active', 'Notes', 'Id', 'Version'],
  'zh-CN': ['参与方', '机构', '类型', '名称', '职务', '主题', '值守方式', '工作时间', '电话', '电子邮件', '加密通讯', '语言', '核实日期', '核实人', '是否过期', '是否有效', '备注', '编号', '版本'],
};
const YES_NO: Record<Locale, [string, string]> = { en: ['yes', 'no'], 'zh-CN': ['是', '否'] };

function row(c: Contact, lang: Locale, zoneOf: ZoneOf): string[] {
  const channel = (kind: string) => c.channels.filter((ch) => ch.kind === kind).map((ch) => (ch.label ? `${ch.label}: ${ch.value}` : ch.value)).join('; ');
  const [yes, no] = YES_NO[lang];
  const hours = c.hours ? `${c.hours.days.join(',')} ${c.hours.start}-${c.hours.end} ${c.hours.timeZone}` : '';
  const cells = [
    c.agency.partyCode,
    c.agency.acronym,
    label('contactKinds', c.kind, lang),
    nameForReader(c, lang, { isPerson: c.kind === 'person' }),
    c.title ?? '',
    c.topics.map((t) => label('topics', t, lang)).join('; '),
    label('coverage', c.coverage, lang),
    hours,
    channel('phone'),
    channel('email'),
    channel('secure-messaging'),
    c.languages.map((l) => label('languages', l, lang)).join('; '),
    // A day-valued fact: the day on the calendar of the party that verified it, as both parties' screens show it.
    c.verifiedAt ? wallClock(c.verifiedAt, zoneOf(c.originParty)).day : '',
    c.verifiedBy ? nameForReader({ name: c.verifiedBy.displayName, nameZh: c.verifiedBy.displayNameZh }, lang) : '',
    c.isStale ? yes : no,
    c.isActive ? yes : no,
    c.notes ?? '',
    c.id,
    String(c.version),
  ];
  return cells.map(defuseCell);
}

/** The time zone of a party, by its code. */
export type ZoneOf = (party: string) => string;

export function contactsCsv(contacts: AsyncIterable<Contact>, lang: Locale, zoneOf: ZoneOf): Readable {
  const csv = stringify({ header: true, columns: HEADERS[lang], bom: true });
  async function* rows() {
    for await (const c of contacts) yield row(c, lang, zoneOf);
  }
  return streamThrough(rows(), csv);
}
