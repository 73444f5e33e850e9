// The printable notification: one pre-export notification as this node holds it, for a file or a meeting. Labels
// are given in English and Chinese side by side, as on the clearance PDF; what people wrote (names, addresses,
// intended use, notes) is printed as written, wrapped in full over as many lines and pages as it takes. Coded values
// (status, scheme, mode, timeline steps) are in both languages (notification-pdf-words.ts). Times are UTC.
// Output is deterministic for a given input (CreationDate = printedAt, no clock or randomness).
import { dayText } from '../../platform/day-text.js';
import { drawLinesSection, drawReplySection, drawTimeline, utcText } from './notification-pdf-layout.js';
import { MODE_WORDS, SCHEME_WORDS, STATUS_WORDS, wordsFor } from './notification-pdf-words.js';
import { type Box, drawBoxes, type Trader, traderItems } from './pdf-blocks.js';
import type { CjkFontCandidate, DocFonts, Label } from '../../platform/pdf-fonts.js';
import {
  COLOR, drawFooters, drawNoCjkNotice, drawParagraph, drawStack, ensureSpace, fact, gridSection, type Item, PAGE, type Pen, rule, section, startPdf, write,
} from './pdf-layout.js';

export type PartyName = { code: string; name: Label | null };

export type NotificationPdfLine = {
  position: number;
  declaredName: string;
  identified: Label[]; // what this node's screening identifies the line as
  listings: Label[]; // the UN and national lists it is on
  cas: string | null;
  hsCode: string | null;
  quantity: string;
  unit: string;
  original: { quantity: string; unit: string } | null; // as declared, when converted from lb, oz or gal
  netMass: string | null; // of the pure substance, in `unit`
  concentration: number | null; // percent by weight
  packaging: string | null;
  packages: number | null;
};

export type NotificationPdfEvent = { at: Date; party: string; kind: string; actor: string; phrases: string[]; note: string | null };

export type NotificationPdfInput = {
  reference: string;
  status: string;
  handling: string; // TLP:AMBER…
  scheme: string;
  importerScheme: string | null;
  exportingParty: PartyName;
  importingParty: PartyName;
  transitParties: PartyName[];
  authority: { acronym: string; name: Label }; // the exporting authority
  exporter: Trader;
  importer: Trader;
  consignee: Trader | null; // null: the importer is the final consignee
  intendedUse: string;
  shipmentDate: string; // YYYY-MM-DD
  route: { mode: string; portOfExit: string | null; portOfEntry: string | null; carrier: string | null };
  invoiceNumber: string | null;
  exportAuthorisation: string | null;
  importPermit: string | null;
  lines: NotificationPdfLine[];
  sentAt: Date | null;
  receivedAt: Date | null;
  deadline: Label | null; // "by the end of 17 Mar 2026, Beijing time" / "北京时间2026年3月17日24时前"
  reply: { kind: string; at: Date | null; phrases: string[]; note: string | null } | null;
  decision: { kind: string; at: Date | null; phrases: string[]; note: string | null } | null; // the export decision
  events: NotificationPdfEvent[];
  printedAt: Date;
  printedBy: string; // the node's party: "US"
};

export type NotificationPdfOptions = { fonts?: CjkFontCandidate[] };

export async function renderNotificationPdf(input: NotificationPdfInput, options: NotificationPdfOptions = {}): Promise<Buffer> {
  const { pen, finish } = startPdf({ title: `Pre-export notification ${input.reference}`, reference: input.reference, createdAt: input.printedAt, fonts: options.fonts });
  drawTitle(pen, input);
  if (!pen.f.hasCjk) drawNoCjkNotice(pen, 'The notification on the node holds the complete text.');
  drawFacts(pen, input);
  drawTraders(pen, input);
  drawShipment(pen, input);
  drawLinesSection(pen, input.lines);
  drawReplySection(pen, input);
  drawTimeline(pen, input.events);
  const printed = utcText(input.printedAt);
  drawFooters(pen, {
    left: input.handling,
    note: pen.f.label({ en: `Printed ${printed} from the record of the ${input.printedBy} node. Times are UTC.`, zh: `${printed}打印，依据${input.printedBy}节点的记录。时间均为 UTC。` }),
  });
  return finish();
}

function drawTitle(pen: Pen, input: NotificationPdfInput): void {
  const { f } = pen;
  const x = PAGE.margin;
  write(pen, 'COUNTERPART', x, pen.y, { font: f.bold, size: 9, color: COLOR.navy, characterSpacing: 1.5 });
  write(pen, f.label({ en: 'Pre-export notification exchange', zh: '出口前通知交换' }), x + 92, pen.y + 1, { size: 8, color: COLOR.muted });
  const route = `${input.exportingParty.code} → ${input.importingParty.code}`;
  write(pen, route, x, pen.y, { font: f.bold, size: 9, color: COLOR.navy, width: PAGE.width, align: 'right' });
  rule(pen, pen.y + 14, COLOR.navy, 1.5);
  pen.y += 26;
  const titleW = PAGE.width * 0.6;
  const title: Item[] = [{ text: 'Pre-export notification', o: { font: f.bold, size: 16 } }];
  if (f.hasCjk) title.push({ text: '出口前通知', o: { font: f.bold, size: 13 }, gap: 2 });
  const ref: Item[] = [
    { text: f.label({ en: 'Reference', zh: '编号' }), o: { size: 8, color: COLOR.muted, align: 'right' } },
    { text: input.reference, o: { font: f.bold, size: 14, align: 'right', lineBreak: false }, gap: 1 },
    { text: input.handling, o: { font: f.bold, size: 9, color: COLOR.navy, align: 'right' }, gap: 2 },
  ];
  const h = Math.max(drawStack(pen, title, x, pen.y, titleW), drawStack(pen, ref, x + titleW, pen.y, PAGE.width - titleW));
  pen.y += h + 14;
}

const partyText = (f: DocFonts, p: PartyName): string => (p.name ? `${p.code} — ${f.label(p.name)}` : p.code);
const orDash = (v: string | null): string => (v === null || v.trim() === '' ? '—' : v);

/** The scheme by the exporter's screening, and the importer's where its own screening makes it a PEN. */
function schemeText(f: DocFonts, input: NotificationPdfInput): string {
  const scheme = f.label(wordsFor(SCHEME_WORDS, input.scheme));
  if (!input.importerScheme || input.importerScheme === input.scheme) return scheme;
  return `${scheme}\n${f.label({ en: 'Importer', zh: '进口方' })}: ${f.label(wordsFor(SCHEME_WORDS, input.importerScheme))}`;
}

function drawFacts(pen: Pen, input: NotificationPdfInput): void {
  const { f } = pen;
  const cells = [
    fact(f, { en: 'Status', zh: '状态' }, f.label(wordsFor(STATUS_WORDS, input.status)), { font: f.bold }),
    fact(f, { en: 'Handling (TLP)', zh: '处理等级（TLP）' }, input.handling, { font: f.bold }),
    fact(f, { en: 'Scheme', zh: '通知类型' }, schemeText(f, input)),
    fact(f, { en: 'Exporting party', zh: '出口国（地区）' }, partyText(f, input.exportingParty)),
    fact(f, { en: 'Importing party', zh: '进口国（地区）' }, partyText(f, input.importingParty)),
    fact(f, { en: 'Transit parties', zh: '过境国（地区）' }, input.transitParties.map((p) => partyText(f, p)).join('\n') || '—'),
    fact(f, { en: 'Exporting authority', zh: '出口主管机关' }, `${input.authority.acronym} — ${f.label(input.authority.name)}`),
    fact(f, { en: 'Sent (UTC)', zh: '发送时间（UTC）' }, input.sentAt ? utcText(input.sentAt) : '—'),
    fact(f, { en: 'Received (UTC)', zh: '接收时间（UTC）' }, input.receivedAt ? utcText(input.receivedAt) : '—'),
  ];
  gridSection(pen, { en: 'Notification', zh: '通知' }, cells, 3);
}

function drawTraders(pen: Pen, input: NotificationPdfInput): void {
  const { f } = pen;
  const consignee: Item[] = input.consignee ? traderItems(f, input.consignee) : [{ text: f.label({ en: 'The importer is the final consignee.', zh: '最终收货人即进口商。' }), o: { size: 9, color: COLOR.muted } }];
  const boxes: Box[] = [
    { label: f.label({ en: 'Exporter', zh: '出口商' }), aside: input.exportingParty.code, items: traderItems(f, input.exporter) },
    { label: f.label({ en: 'Importer', zh: '进口商' }), aside: input.importingParty.code, items: traderItems(f, input.importer) },
    { label: f.label({ en: 'Final consignee', zh: '最终收货人' }), aside: '', items: consignee },
  ];
  section(pen, { en: 'Traders', zh: '贸易商' }, 90);
  drawBoxes(pen, boxes);
}

function drawShipment(pen: Pen, input: NotificationPdfInput): void {
  const { f } = pen;
  const r = input.route;
  const cells = [
    fact(f, { en: 'Planned shipment', zh: '预计装运日期' }, f.label(dayText(input.shipmentDate))),
    fact(f, { en: 'Mode of transport', zh: '运输方式' }, f.label(wordsFor(MODE_WORDS, r.mode))),
    fact(f, { en: 'Carrier', zh: '承运人' }, orDash(r.carrier)),
    fact(f, { en: 'Port of exit', zh: '出境口岸' }, orDash(r.portOfExit)),
    fact(f, { en: 'Port of entry', zh: '入境口岸' }, orDash(r.portOfEntry)),
    fact(f, { en: 'Invoice number', zh: '发票号' }, orDash(input.invoiceNumber)),
    fact(f, { en: 'Export authorisation number', zh: '出口许可证号' }, orDash(input.exportAuthorisation)),
    fact(f, { en: 'Import permit number', zh: '进口许可证号' }, orDash(input.importPermit)),
  ];
  gridSection(pen, { en: 'Shipment', zh: '运输' }, cells, 3);
  ensureSpace(pen, 36);
  write(pen, f.label({ en: 'Intended use', zh: '用途' }), PAGE.margin, pen.y, { size: 7, color: COLOR.muted, width: PAGE.width });
  pen.y += 10;
  drawParagraph(pen, input.intendedUse, { size: 9 });
  pen.y += 14;
}
