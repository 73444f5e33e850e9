// The printed notification's long parts: every chemical line (the table header repeated on each page), the
// importer's deadline and reply with the export decision, and the timeline.
import type { NotificationPdfEvent, NotificationPdfInput, NotificationPdfLine } from './notification-pdf.js';
import { DECISION_WORDS, EVENT_WORDS, wordsFor } from './notification-pdf-words.js';
import { bothNames, chemicalCell, type Column, drawTable, tableStart } from './pdf-blocks.js';
import type { DocFonts, Label } from '../../platform/pdf-fonts.js';
import { COLOR, drawParagraph, ensureSpace, fact, gridSection, PAGE, type Pen, section, write } from './pdf-layout.js';

/** "2026-03-05 02:00 UTC": one form both languages read, for a table column. */
export const utcText = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const LINE_WIDTHS = { position: 20, cas: 62, hs: 54, quantity: 112, concentration: 44, packaging: 70 };
function lineColumns(f: DocFonts): Column[] {
  const w = LINE_WIDTHS;
  const name = PAGE.width - w.position - w.cas - w.hs - w.quantity - w.concentration - w.packaging;
  return [
    { head: '#', width: w.position },
    { head: f.label({ en: 'Chemical as declared', zh: '申报的化学品' }), width: name },
    { head: f.label({ en: 'CAS No.', zh: 'CAS 号' }), width: w.cas },
    { head: f.label({ en: 'HS code', zh: '商品编码' }), width: w.hs },
    { head: f.label({ en: 'Quantity', zh: '数量' }), width: w.quantity, align: 'right' },
    { head: f.label({ en: 'Conc. %', zh: '浓度 %' }), width: w.concentration, align: 'right' },
    { head: f.label({ en: 'Packaging', zh: '包装' }), width: w.packaging },
  ];
}

/** The declared name, what the registry identifies it as, and the lists it is on. */
function nameCell(f: DocFonts, l: NotificationPdfLine): string {
  const named = chemicalCell(f, { declaredName: l.declaredName, identified: l.identified });
  return l.listings.length ? `${named}\n${f.label({ en: 'Listed', zh: '列管' })}: ${l.listings.map((x) => bothNames(f, x)).join('; ')}` : named;
}

/** The quantity kept, the quantity as declared when it was converted, and the mass of the pure substance. */
export function quantityCell(f: DocFonts, l: Pick<NotificationPdfLine, 'quantity' | 'unit' | 'original' | 'netMass'>): string {
  const parts = [`${l.quantity} ${l.unit}`];
  if (l.original) parts.push(`${f.label({ en: 'declared', zh: '申报' })}: ${l.original.quantity} ${l.original.unit}`);
  if (l.netMass !== null) parts.push(`${f.label({ en: 'pure', zh: '纯品' })}: ${l.netMass} ${l.unit}`);
  return parts.join('\n');
}

function packagingCell(l: NotificationPdfLine): string {
  if (l.packages !== null && l.packaging) return `${l.packages} × ${l.packaging}`;
  return l.packaging ?? (l.packages === null ? '—' : String(l.packages));
}

export function drawLinesSection(pen: Pen, lines: NotificationPdfLine[]): void {
  const { f } = pen;
  const columns = lineColumns(f);
  const rows = lines.map((l) => [String(l.position), nameCell(f, l), l.cas ?? '—', l.hsCode ?? '—', quantityCell(f, l), l.concentration === null ? '—' : String(l.concentration), packagingCell(l)]);
  const count = f.label({ en: `${lines.length} line${lines.length === 1 ? '' : 's'}`, zh: `${lines.length} 项` });
  section(pen, { en: 'Chemicals', zh: '化学品' }, tableStart(pen, columns, rows), count);
  drawTable(pen, columns, rows);
  pen.y += 14;
}

/** The standard phrases (already in both languages), then the note as written. */
const saidText = (said: { phrases: string[]; note: string | null }): string => [...said.phrases.map((p) => `- ${p}`), ...(said.note ? [said.note] : [])].join('\n');

/** One line per language: a bilingual deadline does not fit one line of a cell, and must not break mid-date. */
const deadlineText = (f: DocFonts, l: Label | null): string => (l === null ? '—' : f.hasCjk ? `${l.en}\n${l.zh}` : l.en);

export function drawReplySection(pen: Pen, input: NotificationPdfInput): void {
  const { f } = pen;
  const reply = input.reply;
  const decision = input.decision;
  const cells = [
    fact(f, { en: "Importer's reply due", zh: '进口方答复期限' }, deadlineText(f, input.deadline)),
    fact(f, { en: 'Reply', zh: '答复' }, reply ? f.label(wordsFor(EVENT_WORDS, reply.kind)) : f.label({ en: 'None yet', zh: '尚未答复' }), { font: f.bold }),
    fact(f, { en: 'Replied (UTC)', zh: '答复时间（UTC）' }, reply?.at ? utcText(reply.at) : '—'),
  ];
  if (decision) {
    cells.push(fact(f, { en: 'Export decision', zh: '出口决定' }, f.label(wordsFor(DECISION_WORDS, decision.kind)), { font: f.bold }));
    cells.push(fact(f, { en: 'Decided (UTC)', zh: '决定时间（UTC）' }, decision.at ? utcText(decision.at) : '—'));
  }
  gridSection(pen, { en: "Importer's reply", zh: '进口方答复' }, cells, 3);
  for (const [label, said] of [[{ en: 'Reply: conditions, reasons, note', zh: '答复的条件、理由与说明' }, reply], [{ en: 'Export decision: note', zh: '出口决定说明' }, decision]] as const) {
    const text = said ? saidText(said) : '';
    if (text === '') continue;
    ensureSpace(pen, 36);
    pen.y += write(pen, f.label(label), PAGE.margin, pen.y, { size: 7, color: COLOR.muted, width: PAGE.width }) + 1;
    drawParagraph(pen, text, { size: 9 });
    pen.y += 8;
  }
  pen.y += 10;
}

const TIMELINE_WIDTHS = { at: 100, party: 38, kind: 104, actor: 86 };
function timelineColumns(f: DocFonts): Column[] {
  const w = TIMELINE_WIDTHS;
  return [
    { head: f.label({ en: 'Time (UTC)', zh: '时间（UTC）' }), width: w.at },
    { head: f.label({ en: 'Party', zh: '方' }), width: w.party },
    { head: f.label({ en: 'Step', zh: '步骤' }), width: w.kind },
    { head: f.label({ en: 'By', zh: '操作人' }), width: w.actor },
    { head: f.label({ en: 'Note', zh: '说明' }), width: PAGE.width - w.at - w.party - w.kind - w.actor },
  ];
}

export function drawTimeline(pen: Pen, events: NotificationPdfEvent[]): void {
  const { f } = pen;
  const columns = timelineColumns(f);
  const rows = events.map((e) => [utcText(e.at), e.party, f.label(wordsFor(EVENT_WORDS, e.kind)), e.actor, saidText(e) || '—']);
  section(pen, { en: 'Timeline', zh: '时间线' }, tableStart(pen, columns, rows));
  drawTable(pen, columns, rows);
  pen.y += 14;
}
