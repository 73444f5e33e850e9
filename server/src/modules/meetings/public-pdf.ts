// A released readout as a printable A4 PDF: its meeting facts and every text in both languages, the original and
// the translation marked, labels in English and Chinese side by side as on the node's other PDFs. Chinese prints
// with the fonts of platform/pdf-fonts.ts (without one, Chinese is replaced by a visible marker). The same release
// gives the same bytes: no clock, CreationDate is the release's last change.
import PDFDocument from 'pdfkit';
import { type CjkFontCandidate, type DocFonts, type Label, registerFonts } from '../../platform/pdf-fonts.js';
import type { PublicRelease } from './public-store.js';
import { kindWord, meetingInstant, type PublicLang, partyName, releaseDay, type TextVersion, titleOf, versionsOf, wordsFor } from './public-words.js';

export type ReadoutPdfInput = { release: PublicRelease; lang: PublicLang; url: string; fonts?: CjkFontCandidate[] };

const MARGIN = 56;
const COLOR = { ink: '#1a1f2b', muted: '#5b6475', rule: '#c9ced8' };

type Pen = { doc: PDFKit.PDFDocument; f: DocFonts };

/** A word of the page in both languages: "Original / 原文". */
const both = (pick: (w: ReturnType<typeof wordsFor>) => string): Label => ({ en: pick(wordsFor('en')), zh: pick(wordsFor('zh-CN')) });

function line(pen: Pen, text: string, o: { size: number; bold?: boolean; color?: string; gap?: number; link?: string }): void {
  const { doc, f } = pen;
  if (o.gap) doc.moveDown(o.gap);
  doc
    .font(o.bold ? f.bold : f.regular)
    .fontSize(o.size)
    .fillColor(o.color ?? COLOR.ink)
    .text(f.show(text), { lineGap: 2, ...(o.link ? { link: o.link } : {}) });
}

function rule(pen: Pen): void {
  const { doc } = pen;
  doc.moveDown(0.5);
  doc.moveTo(MARGIN, doc.y).lineTo(doc.page.width - MARGIN, doc.y).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
  doc.moveDown(0.5);
}

function facts(pen: Pen, r: PublicRelease, url: string): void {
  const { f } = pen;
  const rows: [Label, string][] = [
    [both((w) => w.meetingDate), f.label({ en: meetingInstant(r.meetingStartsAt, r.meetingTimeZone, 'en'), zh: meetingInstant(r.meetingStartsAt, r.meetingTimeZone, 'zh-CN') })],
    [both((w) => w.place), r.place],
    [both((w) => w.party), f.label({ en: partyName(r.party, 'en'), zh: partyName(r.party, 'zh-CN') })],
    [both((w) => w.kind), f.label({ en: kindWord(r.kind, 'en'), zh: kindWord(r.kind, 'zh-CN') })],
    [both((w) => w.released), f.label({ en: releaseDay(r.releasedAt, 'en'), zh: releaseDay(r.releasedAt, 'zh-CN') })],
  ];
  for (const [label, value] of rows) line(pen, `${f.label(label)}: ${value}`, { size: 9.5, color: COLOR.muted });
  line(pen, url, { size: 9.5, color: COLOR.muted, link: url });
}

function version(pen: Pen, v: TextVersion): void {
  const { f } = pen;
  const how = v.by === 'machine' ? both((w) => w.machine) : both((w) => w.byPerson);
  const mark = v.role === 'original' ? f.label(both((w) => w.original)) : `${f.label(both((w) => w.translation))} (${f.label(how)})`;
  line(pen, mark, { size: 8.5, color: COLOR.muted, gap: 0.8 });
  line(pen, v.title, { size: 13, bold: true, gap: 0.2 });
  for (const p of v.body.split(/\r?\n\s*\r?\n/).map((s) => s.trim()).filter(Boolean)) line(pen, p, { size: 10.5, gap: 0.5 });
}

function footers(pen: Pen, slug: string): void {
  const { doc, f } = pen;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would start a new page: the margin is lifted while the footer is drawn.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const n = i - start + 1;
    const text = `Counterpart · ${slug} · ${f.label({ en: `Page ${n} of ${count}`, zh: `第 ${n} 页，共 ${count} 页` })}`;
    doc.font(f.regular).fontSize(7.5).fillColor(COLOR.muted).text(f.show(text), MARGIN, doc.page.height - MARGIN / 2 - 8, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function readoutPdf({ release: r, lang, url, fonts }: ReadoutPdfInput): Promise<Buffer> {
  const title = titleOf(r.texts, lang)?.title ?? r.meetingTitle;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: title, Producer: 'Counterpart', Creator: 'Counterpart', CreationDate: r.updatedAt } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pen: Pen = { doc, f: registerFonts(doc, fonts) };
  line(pen, `Counterpart · ${pen.f.label(both((w) => w.siteTitle))}`, { size: 8.5, color: COLOR.muted });
  line(pen, title, { size: 18, bold: true, gap: 0.4 });
  facts(pen, r, url);
  for (const t of r.texts) {
    rule(pen);
    if (r.texts.length > 1) line(pen, pen.f.label({ en: wordsFor('en').textOf(partyName(t.party, 'en')), zh: wordsFor('zh-CN').textOf(partyName(t.party, 'zh-CN')) }), { size: 11, bold: true });
    for (const v of versionsOf(t, lang)) version(pen, v);
  }
  footers(pen, r.slug);
  doc.end();
  return ended;
}
