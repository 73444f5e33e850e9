// Blocks of the printable PDFs built on pdf-layout.ts: boxed parties (name, address, licence, wrapped in full) and
// tables whose header repeats on every page and whose rows, when one is taller than a page, go on over the next.
import type { DocFonts } from '../../platform/pdf-fonts.js';
import { COLOR, drawStack, ensureSpace, type Item, measure, newPage, PAGE, type Pen, rule, splitToFit, stackHeight, write, type WriteOpts } from './pdf-layout.js';

export type Trader = { name: string; address: string; licence: string | null };
export type Box = { label: string; aside: string; items: Item[] };

/** A trader as printed: the full legal name and address, wrapped, never clipped (a border officer checks them). */
export function traderItems(f: DocFonts, p: Trader): Item[] {
  return [
    { text: p.name, o: { font: f.bold, size: 10.5 } },
    { text: p.address, o: { size: 9 }, gap: 3 },
    { text: `${f.label({ en: 'Licence', zh: '许可证号' })}: ${p.licence ?? '—'}`, o: { size: 8.5, color: COLOR.muted }, gap: 5 },
  ];
}

/** Both names of a thing, "4-Piperidone · 4-哌啶酮"; English alone without a CJK font, or when they are the same. */
export const bothNames = (f: DocFonts, n: { en: string; zh: string }): string => (f.hasCjk && n.zh !== n.en ? `${n.en} · ${n.zh}` : n.en);

/** The declared name, then what the registry identifies it as: "= 4-Piperidone · 4-哌啶酮". */
export function chemicalCell(f: DocFonts, l: { declaredName: string; identified?: { en: string; zh: string }[] }): string {
  const names = (l.identified ?? []).map((n) => bothNames(f, n));
  return names.length ? `${l.declaredName}\n= ${names.join('; ')}` : l.declaredName;
}

const BOX = { gap: 12, head: 17, pad: 10 };

/** Boxes two to a row; a row taller than a page is laid out again one box to a row, at full width. */
export function drawBoxes(pen: Pen, boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i += 2) {
    const row = boxes.slice(i, i + 2);
    const half = (PAGE.width - BOX.gap) / 2;
    if (boxRowHeight(pen, row, half) <= PAGE.bottom - PAGE.body) drawBoxRow(pen, row, half);
    else row.forEach((b) => drawBoxRow(pen, [b], PAGE.width));
  }
}

function boxRowHeight(pen: Pen, row: Box[], w: number): number {
  return BOX.head + 14 + Math.max(...row.map((b) => stackHeight(pen, b.items, w - 2 * BOX.pad)));
}

function drawBoxRow(pen: Pen, row: Box[], w: number): void {
  const { doc, f } = pen;
  const inner = w - 2 * BOX.pad;
  const h = boxRowHeight(pen, row, w);
  ensureSpace(pen, h);
  row.forEach((b, i) => {
    const x = PAGE.margin + i * (w + BOX.gap);
    doc.rect(x, pen.y, w, BOX.head).fillColor(COLOR.head).fill();
    doc.rect(x, pen.y, w, h).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
    write(pen, b.label, x + BOX.pad, pen.y + 4, { font: f.bold, size: 8.5, color: COLOR.navy, width: inner - 40 });
    write(pen, b.aside, x + BOX.pad, pen.y + 4, { font: f.bold, size: 8.5, color: COLOR.navy, width: inner, align: 'right' });
    drawStack(pen, b.items, x + BOX.pad, pen.y + BOX.head + 7, inner);
  });
  pen.y += h + 14;
}

export type Column = { head: string; width: number; align?: 'right' };
type RowStyle = { font: string; size: number; fill?: string; color?: string };
const PAD = { x: 5, y: 3.5 };
const BODY_SIZE = 8.5;

const cellOpts = (c: Column | undefined, style: RowStyle): WriteOpts => ({ font: style.font, size: style.size, color: style.color, width: (c?.width ?? 0) - 2 * PAD.x, align: c?.align });

export function rowHeight(pen: Pen, columns: Column[], cells: string[], style: RowStyle): number {
  return 2 * PAD.y + Math.max(...cells.map((t, i) => measure(pen, t, cellOpts(columns[i], style))));
}

function drawRow(pen: Pen, columns: Column[], cells: string[], style: RowStyle): void {
  const h = rowHeight(pen, columns, cells, style);
  if (style.fill) pen.doc.rect(PAGE.margin, pen.y, PAGE.width, h).fillColor(style.fill).fill();
  let x = PAGE.margin;
  columns.forEach((c, i) => {
    write(pen, cells[i] ?? '', x + PAD.x, pen.y + PAD.y, cellOpts(c, style));
    x += c.width;
  });
  rule(pen, pen.y + h, COLOR.rule, 0.5);
  pen.y += h;
}

export const headStyle = (f: DocFonts): RowStyle => ({ font: f.bold, size: 8, fill: COLOR.head, color: COLOR.navy });
const bodyStyle = (f: DocFonts, i: number): RowStyle => ({ font: f.regular, size: BODY_SIZE, fill: i % 2 === 1 ? COLOR.zebra : undefined });

/** The height of the header and the first row: what a section heading keeps on its page. */
export function tableStart(pen: Pen, columns: Column[], rows: string[][]): number {
  const first = rows[0] ? Math.min(rowHeight(pen, columns, rows[0], bodyStyle(pen.f, 0)), 3 * BODY_SIZE * 1.5) : 0;
  return rowHeight(pen, columns, columns.map((c) => c.head), headStyle(pen.f)) + first;
}

/**
 * Rows under a header that is drawn again at the top of every further page. A row that does not fit what is left
 * of the page starts the next one; a row taller than a whole page is cut where the page ends and goes on there.
 */
export function drawTable(pen: Pen, columns: Column[], rows: string[][]): void {
  const drawHead = (): void => drawRow(pen, columns, columns.map((c) => c.head), headStyle(pen.f));
  const turn = (): void => {
    newPage(pen);
    drawHead();
  };
  drawHead();
  rows.forEach((cells, i) => {
    const style = bodyStyle(pen.f, i);
    let rest = cells;
    while (rest.some((t) => t !== '')) {
      const h = rowHeight(pen, columns, rest, style);
      if (pen.y + h <= PAGE.bottom) {
        drawRow(pen, columns, rest, style);
        break;
      }
      const pageRoom = PAGE.bottom - PAGE.body - rowHeight(pen, columns, columns.map((c) => c.head), headStyle(pen.f));
      const room = PAGE.bottom - pen.y - 2 * PAD.y;
      if (h <= pageRoom || room < 3 * BODY_SIZE * 1.5) {
        turn();
        if (h <= pageRoom) continue;
      }
      const parts = rest.map((t, c) => splitToFit(pen, t, cellOpts(columns[c], style), PAGE.bottom - pen.y - 2 * PAD.y));
      drawRow(pen, columns, parts.map((p) => p[0]), style);
      rest = parts.map((p) => p[1]);
      if (rest.some((t) => t !== '')) turn();
    }
  });
}
