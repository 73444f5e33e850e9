// Layout primitives for the clearance PDF: a pen that walks down A4 pages, measured text, page breaks that
// repeat a running header (and the table header), the parties boxes, the chemicals table and the footers.
// Everything is measured before it is drawn, so backgrounds go under text and nothing overlaps across pages.
import { dayText } from '../../platform/day-text.js';
import type { DocFonts, Label } from './clearance-pdf-fonts.js';
import type { ClearancePdfInput } from './clearance-pdf.js';

const MM = 72 / 25.4;
const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 15 * MM;
const TOP = 12 * MM;
export const PAGE = { ...A4, margin: MARGIN, top: TOP, width: A4.w - 2 * MARGIN, bottom: A4.h - 16 * MM, footer: A4.h - 13 * MM };
export const COLOR = { ink: '#1a1f2b', muted: '#5b6475', navy: '#1f3a5f', rule: '#c9ced8', head: '#eef1f5', zebra: '#f7f8fa' };

export type Pen = { doc: PDFKit.PDFDocument; f: DocFonts; reference: string; y: number };
export type WriteOpts = {
  size: number;
  font?: string;
  color?: string;
  width?: number;
  align?: 'left' | 'right' | 'center';
  lineBreak?: boolean;
  characterSpacing?: number;
  height?: number; // clip to this height, ending with an ellipsis
  link?: string;
};
export type Item = { text: string; o: WriteOpts; gap?: number }; // gap: space above the item

function textOptions(o: WriteOpts): PDFKit.Mixins.TextOptions {
  const clip = o.height === undefined ? {} : { height: o.height, ellipsis: true };
  return { width: o.width, align: o.align, lineBreak: o.lineBreak, characterSpacing: o.characterSpacing, link: o.link, lineGap: 1, ...clip };
}

export function measure(pen: Pen, text: string, o: WriteOpts): number {
  pen.doc.font(o.font ?? pen.f.regular).fontSize(o.size);
  const h = pen.doc.heightOfString(pen.f.show(text), textOptions(o));
  return o.height === undefined ? h : Math.min(h, o.height);
}

/** Draws text at (x, y) and returns its height. */
export function write(pen: Pen, text: string, x: number, y: number, o: WriteOpts): number {
  const h = measure(pen, text, o);
  pen.doc.fillColor(o.color ?? COLOR.ink).text(pen.f.show(text), x, y, textOptions(o));
  return h;
}

export function stackHeight(pen: Pen, items: Item[], width: number): number {
  return items.reduce((h, it) => h + (it.gap ?? 0) + measure(pen, it.text, { ...it.o, width }), 0);
}

export function drawStack(pen: Pen, items: Item[], x: number, y: number, width: number): number {
  let cy = y;
  for (const it of items) cy += (it.gap ?? 0) + write(pen, it.text, x, cy + (it.gap ?? 0), { ...it.o, width });
  return cy - y;
}

export function rule(pen: Pen, y: number, color: string = COLOR.rule, weight = 0.6, length = PAGE.width): void {
  pen.doc.moveTo(PAGE.margin, y).lineTo(PAGE.margin + length, y).lineWidth(weight).strokeColor(color).stroke();
}

/** Cells (each a stack of items) laid out in columns of `widths`; a row is as tall as its tallest cell. */
export function gridHeight(pen: Pen, cells: Item[][], widths: number[], rowGap: number): number {
  return drawGrid(pen, cells, { x: 0, y: 0, widths, rowGap }, false);
}

export function drawGrid(pen: Pen, cells: Item[][], at: { x: number; y: number; widths: number[]; rowGap: number }, draw = true): number {
  const cols = at.widths.length;
  let h = 0;
  for (let row = 0; row < cells.length; row += cols) {
    const rowCells = cells.slice(row, row + cols);
    let x = at.x;
    const heights = rowCells.map((c, i) => {
      const w = (at.widths[i] ?? 0) - 10;
      if (draw) drawStack(pen, c, x, at.y + h, w);
      x += at.widths[i] ?? 0;
      return stackHeight(pen, c, w);
    });
    h += Math.max(...heights) + at.rowGap;
  }
  return h;
}

export function newPage(pen: Pen): void {
  const { doc, f } = pen;
  doc.addPage();
  const head = `COUNTERPART   ${f.label({ en: 'Reference', zh: '编号' })}: ${pen.reference}   (${f.label({ en: 'continued', zh: '续' })})`;
  write(pen, head, PAGE.margin, PAGE.top, { font: f.bold, size: 8.5, color: COLOR.navy, width: PAGE.width, lineBreak: false });
  rule(pen, PAGE.top + 14, COLOR.navy, 1);
  pen.y = PAGE.top + 24;
}

/** Starts a new page unless `height` more points fit above the footer. */
export function ensureSpace(pen: Pen, height: number): boolean {
  if (pen.y + height <= PAGE.bottom) return false;
  newPage(pen);
  return true;
}

/** A section heading, kept on the same page as the first `keep` points of what follows it. */
export function section(pen: Pen, label: Label, keep: number, aside = ''): void {
  ensureSpace(pen, 20 + keep);
  const o: WriteOpts = { font: pen.f.bold, size: 8.5, color: COLOR.navy, characterSpacing: 0.4 };
  write(pen, pen.f.label({ en: label.en.toUpperCase(), zh: label.zh }), PAGE.margin, pen.y, { ...o, width: PAGE.width });
  if (aside) write(pen, aside, PAGE.margin, pen.y, { size: 8, color: COLOR.muted, width: PAGE.width, align: 'right' });
  rule(pen, pen.y + 13);
  pen.y += 20;
}

type Party = ClearancePdfInput['exporter'];
function partyItems(f: DocFonts, p: Party): Item[] {
  return [
    { text: p.name, o: { font: f.bold, size: 10.5, height: 45 } },
    { text: p.address, o: { size: 9, height: 80 }, gap: 3 },
    { text: `${f.label({ en: 'Licence', zh: '许可证号' })}: ${p.licence ?? '—'}`, o: { size: 8.5, color: COLOR.muted }, gap: 5 },
  ];
}

export function drawParties(pen: Pen, input: ClearancePdfInput): void {
  const { doc, f } = pen;
  const gap = 12;
  const w = (PAGE.width - gap) / 2;
  const inner = w - 20;
  const boxes = [
    { label: { en: 'Exporter', zh: '出口商' }, party: input.exportingParty, items: partyItems(f, input.exporter) },
    { label: { en: 'Importer', zh: '进口商' }, party: input.importingParty, items: partyItems(f, input.importer) },
  ];
  const headH = 17;
  const h = headH + 14 + Math.max(...boxes.map((b) => stackHeight(pen, b.items, inner)));
  ensureSpace(pen, h);
  boxes.forEach((b, i) => {
    const x = PAGE.margin + i * (w + gap);
    doc.rect(x, pen.y, w, headH).fillColor(COLOR.head).fill();
    doc.rect(x, pen.y, w, h).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
    write(pen, f.label(b.label), x + 10, pen.y + 4, { font: f.bold, size: 8.5, color: COLOR.navy, width: inner - 40 });
    write(pen, b.party, x + 10, pen.y + 4, { font: f.bold, size: 8.5, color: COLOR.navy, width: inner, align: 'right' });
    drawStack(pen, b.items, x + 10, pen.y + headH + 7, inner);
  });
  pen.y += h + 14;
}

type Column = { head: (f: DocFonts) => string; width: number; align?: 'right' };
const COLUMNS: Column[] = [
  { head: () => '#', width: 24 },
  { head: (f) => f.label({ en: 'Chemical', zh: '化学品' }), width: PAGE.width - 24 - 84 - 84 - 110 },
  { head: (f) => f.label({ en: 'CAS No.', zh: 'CAS 号' }), width: 84 },
  { head: (f) => f.label({ en: 'HS code', zh: '商品编码' }), width: 84 },
  { head: (f) => f.label({ en: 'Quantity', zh: '数量' }), width: 110, align: 'right' },
];
const PAD = { x: 5, y: 3.5 };
const CELL_MAX = 120; // a runaway declared name is clipped rather than pushed past the page

function drawRow(pen: Pen, cells: string[], style: { font: string; size: number; fill?: string; color?: string }): void {
  const h = rowHeight(pen, cells, style.font, style.size);
  if (style.fill) pen.doc.rect(PAGE.margin, pen.y, PAGE.width, h).fillColor(style.fill).fill();
  let x = PAGE.margin;
  COLUMNS.forEach((c, i) => {
    const o: WriteOpts = { font: style.font, size: style.size, color: style.color, width: c.width - 2 * PAD.x, align: c.align, height: CELL_MAX };
    write(pen, cells[i] ?? '', x + PAD.x, pen.y + PAD.y, o);
    x += c.width;
  });
  rule(pen, pen.y + h, COLOR.rule, 0.5);
  pen.y += h;
}

function rowHeight(pen: Pen, cells: string[], font: string, size: number): number {
  return 2 * PAD.y + Math.max(...cells.map((t, i) => measure(pen, t, { font, size, width: (COLUMNS[i]?.width ?? 0) - 2 * PAD.x, height: CELL_MAX })));
}

/** The declared name, then what the registry identifies it as: "4-Piperidone · 4-哌啶酮" (English only without a CJK font). */
function chemicalCell(f: DocFonts, l: ClearancePdfInput['lines'][number]): string {
  const names = (l.identified ?? []).map((n) => (f.hasCjk && n.zh !== n.en ? `${n.en} · ${n.zh}` : n.en));
  return names.length ? `${l.declaredName}\n= ${names.join('; ')}` : l.declaredName;
}

export function drawLinesTable(pen: Pen, input: ClearancePdfInput): void {
  const { f } = pen;
  const lines = input.lines;
  const head = COLUMNS.map((c) => c.head(f));
  const rows = lines.map((l, i) => [String(i + 1), chemicalCell(f, l), l.cas ?? '—', l.hsCode ?? '—', `${l.quantity} ${l.unit}`]);
  const drawHead = (): void => drawRow(pen, head, { font: f.bold, size: 8, fill: COLOR.head, color: COLOR.navy });
  const count = f.label({ en: `${lines.length} line${lines.length === 1 ? '' : 's'}`, zh: `${lines.length} 项` });
  const shipment = `${f.label({ en: 'Planned shipment', zh: '预计装运日期' })}: ${f.label(dayText(input.shipmentDate))}   ·   ${count}`;
  const first = rows[0] ? rowHeight(pen, rows[0], f.regular, 8.5) : 0;
  section(pen, { en: 'Consignment', zh: '货物' }, rowHeight(pen, head, f.bold, 8) + first, shipment);
  drawHead();
  rows.forEach((cells, i) => {
    if (ensureSpace(pen, rowHeight(pen, cells, f.regular, 8.5))) drawHead();
    drawRow(pen, cells, { font: f.regular, size: 8.5, fill: i % 2 === 1 ? COLOR.zebra : undefined });
  });
  pen.y += 14;
}

export function drawFooters(pen: Pen): void {
  const { doc, f } = pen;
  const { start, count } = doc.bufferedPageRange();
  const note = f.label({ en: 'Printed copy: the signed data in the QR code is authoritative.', zh: '打印件：以二维码中的签名数据为准。' });
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    rule(pen, PAGE.footer, COLOR.rule, 0.5);
    const o: WriteOpts = { size: 7, color: COLOR.muted, width: PAGE.width, lineBreak: false };
    const n = i - start + 1;
    write(pen, `Counterpart · ${pen.reference}`, PAGE.margin, PAGE.footer + 4, o);
    write(pen, f.label({ en: `Page ${n} of ${count}`, zh: `第 ${n} 页，共 ${count} 页` }), PAGE.margin, PAGE.footer + 4, { ...o, align: 'right' });
    write(pen, note, PAGE.margin, PAGE.footer + 14, o);
  }
}
