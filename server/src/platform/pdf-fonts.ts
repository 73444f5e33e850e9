// Fonts for the bilingual printable PDFs (the clearance, the notification, the released readout).
//
// Why an npm-shipped font first: the PDF must render Chinese on a machine that only ran `npm ci`, and Debian's
// fonts-wqy-microhei / fonts-noto-cjk are there only where someone installed them (CI does, a fresh node may not).
// @embedpdf/fonts-sc ships Noto Sans Hans (Adobe/Google, SIL OFL 1.1, embedding and subsetting allowed) as plain
// CFF OpenType files that pdfkit/fontkit embed as subsetted CID fonts. It covers Latin and the full Simplified
// Chinese set (30,789 code points), so one face serves both languages and the text stays extractable (ToUnicode).
// Cost: the package unpacks to ~42 MB (five weights; we use Regular and Bold, ~8.4 MB each). The smaller
// alternatives were rejected: @fontsource/* split CJK into ~120 web-font slices (and weigh 74 MB in all);
// @expo-google-fonts/noto-sans-sc is 96 MB; a 4 MB "min" Source Han Sans WOFF2 package has no Latin glyphs and
// a few hundred downloads a month.
// If that package is missing, known system CJK fonts are tried; if none loads, the PDF is still produced with
// Helvetica, Chinese replaced by a marker, and `cjkFontAvailable()` lets a caller say so.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

export type FontFace = { path: string; postscriptName?: string }; // postscriptName selects a face in a .ttc
export type CjkFontCandidate = { source: string; regular: FontFace; bold?: FontFace };
export type Label = { en: string; zh: string };

export type DocFonts = {
  regular: string;
  bold: string;
  mono: string;
  hasCjk: boolean;
  source: string;
  show: (text: string) => string; // what the chosen font can draw
  label: (l: Label) => string; // "English / 中文", or English only without a CJK font
};

const NOTO = '/usr/share/fonts/opentype/noto';
const SYSTEM_CJK_FONTS: CjkFontCandidate[] = [
  { source: 'fonts-noto-cjk', regular: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' }, bold: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, postscriptName: 'NotoSansCJKsc-Bold' } },
  { source: 'fonts-wqy-microhei', regular: { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' } },
  { source: 'fonts-wqy-zenhei', regular: { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' } },
  { source: 'fonts-droid-fallback', regular: { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' } },
];

function npmNotoSansHans(): CjkFontCandidate | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc'); // <pkg>/dist/index.cjs
    const dir = path.join(path.dirname(entry), '..', 'fonts');
    return { source: '@embedpdf/fonts-sc', regular: { path: path.join(dir, 'NotoSansHans-Regular.otf') }, bold: { path: path.join(dir, 'NotoSansHans-Bold.otf') } };
  } catch {
    return null;
  }
}

/** The npm-shipped Noto Sans Hans, then known system CJK fonts; a caller may prepend a configured path. */
export function defaultCjkFontCandidates(): CjkFontCandidate[] {
  const shipped = npmNotoSansHans();
  return shipped ? [shipped, ...SYSTEM_CJK_FONTS] : [...SYSTEM_CJK_FONTS];
}

const fileCache = new Map<string, Buffer | null>();
function fontBytes(file: string): Buffer | null {
  if (!fileCache.has(file)) {
    try {
      fileCache.set(file, readFileSync(file));
    } catch {
      fileCache.set(file, null);
    }
  }
  return fileCache.get(file) ?? null;
}

/** Registers `face` under `name` and selects it once, so a missing or unreadable font fails here, not mid-layout. */
function tryRegister(doc: PDFKit.PDFDocument, name: string, face: FontFace): boolean {
  const bytes = fontBytes(face.path);
  if (!bytes) return false;
  try {
    doc.registerFont(name, bytes, face.postscriptName);
    doc.font(name);
    return true;
  } catch {
    return false;
  }
}

const usable = new Map<string, boolean>();
/** True when one of `candidates` loads, i.e. the PDFs will show Chinese text. */
export function cjkFontAvailable(candidates: CjkFontCandidate[] = defaultCjkFontCandidates()): boolean {
  return candidates.some((c) => {
    const key = `${c.regular.path}#${c.regular.postscriptName ?? ''}`;
    if (!usable.has(key)) usable.set(key, tryRegister(new PDFDocument({ autoFirstPage: false }), 'probe', c.regular));
    return usable.get(key) === true;
  });
}

// CJK ideographs, punctuation, kana, Hangul and full-width forms: what Helvetica cannot draw and a reader must
// be told is missing rather than shown as garbage.
const CJK_RUN = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]+/gu;
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
export const CJK_OMITTED = '[Chinese text omitted]';

/** Text as the built-in Helvetica can encode it (WinAnsi): CJK runs become a visible marker, the rest `?`. */
export function toWinAnsi(text: string): string {
  return [...text.replace(CJK_RUN, CJK_OMITTED).replaceAll('→', '->')]
    .map((ch) => ((ch.codePointAt(0) ?? 0) <= 0xff || WIN_ANSI_EXTRA.has(ch) ? ch : '?'))
    .join('');
}

/** Registers the first usable CJK font on `doc`, or falls back to Helvetica. */
export function registerFonts(doc: PDFKit.PDFDocument, candidates: CjkFontCandidate[] = defaultCjkFontCandidates()): DocFonts {
  for (const [i, c] of candidates.entries()) {
    const regular = `cjk-${i}`;
    if (!tryRegister(doc, regular, c.regular)) continue;
    const bold = c.bold && tryRegister(doc, `${regular}-bold`, c.bold) ? `${regular}-bold` : regular;
    return { regular, bold, mono: 'Courier', hasCjk: true, source: c.source, show: (t) => t, label: (l) => `${l.en} / ${l.zh}` };
  }
  return { regular: 'Helvetica', bold: 'Helvetica-Bold', mono: 'Courier', hasCjk: false, source: 'Helvetica', show: toWinAnsi, label: (l) => l.en };
}
