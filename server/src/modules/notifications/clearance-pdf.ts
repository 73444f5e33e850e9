// Printable, bilingual (English / 中文) record of an importing party's decision on a pre-export notification.
// Customs on the exporting side check it offline: the QR code carries the signed decision (a compact JWS), the
// printed text is for people. Every label is given in both languages; free text (names, addresses, reasons) is
// printed as entered, in whichever language, so the font must cover Chinese: see pdf-fonts.ts.
// Output is deterministic for a given input (CreationDate = decidedAt, fixed Info, no clock or randomness).
import QRCode from 'qrcode';
import { nameForReader } from '../../platform/names.js';
import { drawClearanceFooters, drawLinesTable, drawParties, drawShipment } from './clearance-pdf-layout.js';
import type { CjkFontCandidate, DocFonts, Label } from '../../platform/pdf-fonts.js';
import { COLOR, drawGrid, drawNoCjkNotice, drawStack, ensureSpace, gridHeight, type Item, type Pen, PAGE, rule, stackHeight, startPdf, write } from './pdf-layout.js';

export { cjkFontAvailable, defaultCjkFontCandidates, type CjkFontCandidate } from '../../platform/pdf-fonts.js';

export type ClearancePdfInput = {
  reference: string; // e.g. US-PEN-2026-000123
  decision: 'cleared' | 'objected';
  reason: string | null; // objection reason or clearance conditions
  decidedAt: string; // ISO instant
  decidedAtLocal: { importer: Label; exporter: Label }; // "5 Mar 2026, 10:00 Beijing time" / "北京时间2026年3月5日 10:00"
  decidedBy: { name: string; agency: string };
  exportingParty: string;
  importingParty: string; // ISO codes
  exporter: { name: string; address: string; licence: string | null };
  importer: { name: string; address: string; licence: string | null };
  // What a document signed now binds besides (absent from clearances signed before the binding fields).
  consignee?: { name: string; address: string; licence: string | null } | null;
  transitParties?: string[];
  route?: { mode: string; portOfExit: string | null; portOfEntry: string | null; carrier: string | null };
  permits?: { exportAuthorisation: string | null; importPermit: string | null };
  // `identified`: what the issuing node's registry identifies the line as (not part of the signed decision);
  // the rest is signed.
  lines: ClearancePdfLine[];
  shipmentDate: string; // YYYY-MM-DD
  signer: { kid: string; fingerprint: string }; // fingerprint: 64 hex digits
  verifyUrl: string | null; // the node's public verification page, when it has a public URL
  qrText: string; // exactly what the QR code encodes (a compact JWS)
};

export type ClearancePdfLine = {
  position?: number; // as signed (and in the QR code); the row's place when absent
  declaredName: string;
  cas: string | null;
  hsCode: string | null;
  quantity: string;
  unit: string;
  identified?: { en: string; zh: string }[];
  original?: { quantity: string; unit: string } | null;
  concentration?: number | null;
  netMass?: string | null;
  listings?: { en: string; zh: string }[];
};

export type ClearancePdfOptions = { fonts?: CjkFontCandidate[] }; // e.g. a configured font path first

const MM = 72 / 25.4;
const QR_SYMBOL_PT = 45 * MM; // the code itself, without its quiet zone: scannable from a printout
const QR_QUIET_MODULES = 4;
const TONES = {
  cleared: { fill: '#e8f5ec', edge: '#1e7b34', ink: '#14532d' },
  objected: { fill: '#fdecec', edge: '#b42318', ink: '#7a1a12' },
} as const;

const DECISION: Record<ClearancePdfInput['decision'], { title: Label; gloss: Label; reason: Label }> = {
  cleared: {
    title: { en: 'CLEARED', zh: '准予出口' },
    gloss: { en: 'The importing party does not object to this export.', zh: '进口国对本批出口无异议。' },
    reason: { en: 'Conditions', zh: '条件' },
  },
  objected: {
    title: { en: 'OBJECTED — SHIPMENT STOPPED', zh: '反对——停止装运' },
    gloss: { en: 'The importing party objects: the shipment must not proceed.', zh: '进口国提出反对：不得装运。' },
    reason: { en: 'Reason', zh: '理由' },
  },
};

/** The QR code as a PNG (error correction M, 4-module quiet zone) and its size in modules. */
export async function qrPng(text: string): Promise<{ png: Buffer; modules: number }> {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
  const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: QR_QUIET_MODULES, scale: 6 });
  return { png, modules };
}

export async function renderClearancePdf(input: ClearancePdfInput, options: ClearancePdfOptions = {}): Promise<Buffer> {
  const decidedAt = new Date(input.decidedAt);
  if (Number.isNaN(decidedAt.getTime())) throw new RangeError(`decidedAt is not an ISO instant: ${input.decidedAt}`);
  const qr = await qrPng(input.qrText);
  const { pen, finish } = startPdf({ title: `Clearance ${input.reference}`, reference: input.reference, createdAt: decidedAt, fonts: options.fonts });
  drawTitle(pen, input);
  if (!pen.f.hasCjk) drawNoCjkNotice(pen, 'The QR code carries the complete signed decision.');
  drawBanner(pen, input);
  drawRecord(pen, input, qr);
  drawParties(pen, input);
  drawShipment(pen, input);
  drawLinesTable(pen, input);
  drawClearanceFooters(pen);
  return finish();
}

function drawTitle(pen: Pen, input: ClearancePdfInput): void {
  const { f } = pen;
  const x = PAGE.margin;
  write(pen, 'COUNTERPART', x, pen.y, { font: f.bold, size: 9, color: COLOR.navy, characterSpacing: 1.5 });
  write(pen, f.label({ en: 'Pre-export notification exchange', zh: '出口前通知交换' }), x + 92, pen.y + 1, { size: 8, color: COLOR.muted });
  const route = `${input.exportingParty} → ${input.importingParty}`;
  write(pen, route, x, pen.y, { font: f.bold, size: 9, color: COLOR.navy, width: PAGE.width, align: 'right' });
  rule(pen, pen.y + 14, COLOR.navy, 1.5);
  pen.y += 26;
  const titleW = PAGE.width * 0.6;
  const title: Item[] = [{ text: 'Decision on a pre-export notification', o: { font: f.bold, size: 16 } }];
  if (f.hasCjk) title.push({ text: '出口前通知决定书', o: { font: f.bold, size: 13 }, gap: 2 });
  const ref: Item[] = [
    { text: f.label({ en: 'Reference', zh: '编号' }), o: { size: 8, color: COLOR.muted, align: 'right' } },
    { text: input.reference, o: { font: f.bold, size: 14, align: 'right', lineBreak: false }, gap: 1 },
  ];
  const h = Math.max(drawStack(pen, title, x, pen.y, titleW), drawStack(pen, ref, x + titleW, pen.y, PAGE.width - titleW));
  pen.y += h + 14;
}

function bannerItems(f: DocFonts, input: ClearancePdfInput): Item[] {
  const tone = TONES[input.decision];
  const words = DECISION[input.decision];
  const items: Item[] = [
    { text: f.label(words.title), o: { font: f.bold, size: 16, color: tone.ink } },
    { text: f.label(words.gloss), o: { size: 9, color: tone.ink }, gap: 3 },
  ];
  if (input.reason !== null && input.reason.trim() !== '') {
    items.push({ text: `${f.label(words.reason)}:`, o: { font: f.bold, size: 8.5, color: tone.ink }, gap: 6 });
    // An essay-length reason is clipped so the page still holds the table and the QR; the JWS has it whole.
    items.push({ text: input.reason, o: { size: 9.5, height: 180 }, gap: 2 });
  }
  return items;
}

function drawBanner(pen: Pen, input: ClearancePdfInput): void {
  const { doc } = pen;
  const tone = TONES[input.decision];
  const items = bannerItems(pen.f, input);
  const width = PAGE.width - 30;
  const height = stackHeight(pen, items, width) + 18;
  doc.rect(PAGE.margin, pen.y, PAGE.width, height).fillColor(tone.fill).fill();
  doc.rect(PAGE.margin, pen.y, 6, height).fillColor(tone.edge).fill();
  doc.rect(PAGE.margin, pen.y, PAGE.width, height).lineWidth(0.8).strokeColor(tone.edge).stroke();
  drawStack(pen, items, PAGE.margin + 18, pen.y + 9, width);
  pen.y += height + 14;
}

function formatUtc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function fingerprintLines(fingerprint: string): string[] {
  const groups = fingerprint.match(/.{1,4}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 8) lines.push(groups.slice(i, i + 8).join(' '));
  return lines;
}

function recordCells(f: DocFonts, input: ClearancePdfInput): Item[][] {
  const label = (l: Label): Item[] => [{ text: f.label(l), o: { size: 7, color: COLOR.muted } }];
  const value = (text: string, o: Partial<Item['o']> = {}): Item[] => [{ text, o: { size: 9, ...o } }];
  // One line per language: a bilingual time does not fit one line of the cell, and must not break mid-date.
  const both = (l: Label): Item[] => (f.hasCjk ? [l.en, l.zh] : [l.en]).map((text): Item => ({ text, o: { size: 9 }, gap: 1 }));
  const cells = [
    label({ en: 'Decided (UTC)', zh: '决定时间' }), value(formatUtc(input.decidedAt), { font: f.bold }),
    label({ en: 'Importer local time', zh: '进口国当地时间' }), both(input.decidedAtLocal.importer),
    label({ en: 'Exporter local time', zh: '出口国当地时间' }), both(input.decidedAtLocal.exporter),
    // A Chinese signer's name with its pinyin, for the English reader of this bilingual record.
    label({ en: 'Decided by', zh: '决定人' }), value(`${nameForReader({ name: input.decidedBy.name }, 'en')}, ${input.decidedBy.agency}`),
    label({ en: 'Signed by node key', zh: '节点签名密钥' }), value(input.signer.kid, { font: f.mono, size: 8.5, height: 30 }),
    label({ en: 'Key fingerprint, SHA-256', zh: '密钥指纹' }),
    fingerprintLines(input.signer.fingerprint).map((line): Item => ({ text: line, o: { font: f.mono, size: 8.5 }, gap: 1 })),
  ];
  const url = input.verifyUrl;
  if (url) cells.push(label({ en: 'Verification page', zh: '核验页面' }), value(url, { color: COLOR.navy, link: url }));
  return cells;
}

function qrCaption(f: DocFonts): Item[] {
  const o = { size: 7, align: 'center' as const };
  const items: Item[] = [
    { text: f.label({ en: 'Signed decision (JWS)', zh: '已签名的决定' }), o: { ...o, font: f.bold, color: COLOR.navy } },
    { text: 'Verify offline (downloaded .json): counterpart clearance verify <file>', o, gap: 1 },
  ];
  if (f.hasCjk) items.push({ text: '离线核验（下载的 .json 文件）：counterpart clearance verify <文件>', o, gap: 1 });
  return items;
}

/** Decision facts and the signing key on the left, the QR code and how to verify it on the right. */
function drawRecord(pen: Pen, input: ClearancePdfInput, qr: { png: Buffer; modules: number }): void {
  const { doc, f } = pen;
  const quietPt = (QR_SYMBOL_PT / qr.modules) * QR_QUIET_MODULES;
  const qrColW = QR_SYMBOL_PT + 32;
  const leftW = PAGE.width - qrColW - 8;
  const widths = [128, leftW - 128];
  const cells = recordCells(f, input);
  const caption = qrCaption(f);
  const leftH = gridHeight(pen, cells, widths, 5);
  const qrH = QR_SYMBOL_PT + 5 + stackHeight(pen, caption, qrColW);
  ensureSpace(pen, Math.max(leftH, qrH));
  const qrX = PAGE.margin + PAGE.width - qrColW;
  doc.image(qr.png, qrX + 16 - quietPt, pen.y - quietPt + 2, { width: QR_SYMBOL_PT + 2 * quietPt });
  drawStack(pen, caption, qrX, pen.y + QR_SYMBOL_PT + 7, qrColW);
  drawGrid(pen, cells, { x: PAGE.margin, y: pen.y, widths, rowGap: 5 });
  pen.y += Math.max(leftH, qrH) + 12;
}
