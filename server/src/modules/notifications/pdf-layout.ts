// Layout primitives shared by the printable PDFs (the clearance, the notification): the document itself, a pen that
// walks down A4 pages, measured text, page breaks that repeat a running header, section headings and the footers
// ("page X of Y"). Everything is measured before it is drawn, so backgrounds go under text and nothing overlaps
// across pages. Pages break only where the layout says (bottom margin 0): pdfkit's own breaks would skip the header.
import PDFDocument from 'pdfkit';
import { type CjkFontCandidate, type DocFonts, type Label, registerFonts } from '../../platform/pdf-fonts.js';

const MM = 72 / 25.4;
const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 15 * MM;
const TOP = 12 * MM;
export const PAGE = { ...A4, margin: MARGIN, top: TOP, width: A4.w - 2 * MARGIN, bottom: A4.h - 16 * MM, footer: A4.h - 13 * MM, body: TOP + 24 };
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
  height?: number; // clip to this height, ending with an ellipsis: never for names, addresses or other record text
  link?: string;
};
export type Item = { text: string; o: WriteOpts; gap?: number }; // gap: space above the item

/** A new A4 document with fonts and a pen on its first page; `finish` ends it and gives its bytes. */
export function startPdf(info: { title: string; reference: string; createdAt: Date; fonts?: CjkFontCandidate[] }): { pen: Pen; finish: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, left: PAGE.margin, right: PAGE.margin, bottom: 0 },
    bufferPages: true,
    // Fixed Info and the given CreationDate: the same input gives the same bytes.
    info: { Title: info.title, Producer: 'Counterpart', Creator: 'Counterpart', CreationDate: info.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pen: Pen = { doc, f: registerFonts(doc, info.fonts), reference: info.reference, y: PAGE.top };
  const finish = (): Promise<Buffer> => {
    doc.end();
    return ended;
  };
  return { pen, finish };
}

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

/**
 * `text` cut in two: the longest start that fits in `height` (at the last space, when one is near), and the rest.
 * How a value too long for what is left of a page goes on over the next one instead of being clipped.
 */
export function splitToFit(pen: Pen, text: string, o: WriteOpts, height: number): [string, string] {
  if (measure(pen, text, o) <= height) return [text, ''];
  const chars = Array.from(text); // code points: a character outside the BMP is never cut in half
  let [lo, hi] = [0, chars.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(pen, chars.slice(0, mid).join(''), o) <= height) lo = mid;
    else hi = mid - 1;
  }
  const space = chars.slice(0, lo).join('').search(/\s\S*$/);
  const cut = space > 0 && lo - space < 30 ? space : Math.max(lo, 1); // at least one character: always progress
  return [chars.slice(0, cut).join('').trimEnd(), chars.slice(cut).join('').trimStart()];
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

/** A label above its value, for a grid of facts. */
export function fact(f: DocFonts, label: Label, value: string, o: Partial<WriteOpts> = {}): Item[] {
  return [
    { text: f.label(label), o: { size: 7, color: COLOR.muted } },
    { text: value, o: { size: 9, ...o }, gap: 1 },
  ];
}

/** A section of facts in `cols` equal columns, kept whole on one page with its heading. */
export function gridSection(pen: Pen, label: Label, cells: Item[][], cols: number): void {
  const widths = Array.from({ length: cols }, () => PAGE.width / cols);
  const h = gridHeight(pen, cells, widths, 6);
  section(pen, label, h);
  drawGrid(pen, cells, { x: PAGE.margin, y: pen.y, widths, rowGap: 6 });
  pen.y += h + 8;
}

export function newPage(pen: Pen): void {
  const { doc, f } = pen;
  doc.addPage();
  const head = `COUNTERPART   ${f.label({ en: 'Reference', zh: '编号' })}: ${pen.reference}   (${f.label({ en: 'continued', zh: '续' })})`;
  write(pen, head, PAGE.margin, PAGE.top, { font: f.bold, size: 8.5, color: COLOR.navy, width: PAGE.width, lineBreak: false });
  rule(pen, PAGE.top + 14, COLOR.navy, 1);
  pen.y = PAGE.body;
}

/** Starts a new page unless `height` more points fit above the footer. */
export function ensureSpace(pen: Pen, height: number): boolean {
  if (pen.y + height <= PAGE.bottom) return false;
  newPage(pen);
  return true;
}

/** Said on the document itself when Chinese cannot be shown: a reader must not take the gaps for the record. */
export function drawNoCjkNotice(pen: Pen, tail: string): void {
  const text = `Note: no Chinese font is installed on the issuing node, so Chinese text is shown as "[Chinese text omitted]". ${tail}`;
  const o = { size: 8.5, color: '#7a4d00', width: PAGE.width - 16 };
  const h = write(pen, text, PAGE.margin + 8, pen.y + 6, o);
  pen.doc.rect(PAGE.margin, pen.y, PAGE.width, h + 12).lineWidth(0.8).strokeColor('#d99a00').stroke();
  pen.y += h + 24;
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

/** Text at full width that goes on over as many pages as it needs. */
export function drawParagraph(pen: Pen, text: string, o: WriteOpts): void {
  const opts = { ...o, width: PAGE.width };
  let rest = text;
  while (rest !== '') {
    if (pen.y + 2 * o.size > PAGE.bottom) newPage(pen);
    const [head, tail] = splitToFit(pen, rest, opts, PAGE.bottom - pen.y);
    pen.y += write(pen, head, PAGE.margin, pen.y, opts);
    rest = tail;
    if (rest !== '') newPage(pen);
  }
}

/** On every page: the reference (and `left`, e.g. the handling), "Page X of Y / 第 X 页，共 Y 页", and `note`. */
export function drawFooters(pen: Pen, footer: { note: string; left?: string }): void {
  const { doc, f } = pen;
  const { start, count } = doc.bufferedPageRange();
  const left = [`Counterpart · ${pen.reference}`, ...(footer.left ? [footer.left] : [])].join(' · ');
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    rule(pen, PAGE.footer, COLOR.rule, 0.5);
    const o: WriteOpts = { size: 7, color: COLOR.muted, width: PAGE.width, lineBreak: false };
    const n = i - start + 1;
    write(pen, left, PAGE.margin, PAGE.footer + 4, o);
    write(pen, f.label({ en: `Page ${n} of ${count}`, zh: `第 ${n} 页，共 ${count} 页` }), PAGE.margin, PAGE.footer + 4, { ...o, align: 'right' });
    write(pen, footer.note, PAGE.margin, PAGE.footer + 14, o);
  }
}
