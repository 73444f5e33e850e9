// Reads a PDF back the way a viewer would: objects, page content streams and fonts' ToUnicode CMaps. Small on
// purpose (pdfkit writes plain dictionaries, direct /Length, FlateDecode), but it goes through the bytes that leave
// the server, not through the renderer's inputs. For the clearance and notification PDF tests.
import { inflateSync } from 'node:zlib';

export type PdfObject = { dict: string; data: Buffer | null };

export function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      objects.set(Number(m[1]), { dict: text.slice(start, end), data: null });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const dataAt = streamAt + (text.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const raw = pdf.subarray(dataAt, dataAt + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    objects.set(Number(m[1]), { dict, data: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = dataAt + raw.length;
  }
  return objects;
}

const ref = (dict: string, key: string): number => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** code → text for one font: its ToUnicode CMap, or WinAnsi (Latin-1 for what we print) for a standard font. */
function fontDecoder(objects: Map<number, PdfObject>, fontDict: string): { bytes: number; map: (code: number) => string } {
  const cmap = objects.get(ref(fontDict, 'ToUnicode'))?.data?.toString('latin1');
  if (!cmap) return { bytes: 1, map: (code) => String.fromCharCode(code) };
  const utf16 = (hex: string): string => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  const table = new Map<number, string>();
  for (const [, lo, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    [...(list ?? '').matchAll(/<([0-9a-f\s]+)>/gi)].forEach((u, i) => table.set(parseInt(lo ?? '0', 16) + i, utf16(u[1] ?? '')));
  }
  return { bytes: 2, map: (code) => table.get(code) ?? '\uFFFD' };
}

export type TextRun = { page: number; y: number; text: string };

export function textRuns(pdf: Buffer): TextRun[] {
  const objects = parseObjects(pdf);
  const pagesDict = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict))?.dict ?? '';
  const pageIds = [...(/\/Kids \[([^\]]*)\]/.exec(pagesDict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return pageIds.flatMap((id, page) => {
    const pageDict = objects.get(id)?.dict ?? '';
    const resources = objects.get(ref(pageDict, 'Resources'))?.dict ?? '';
    const fonts = new Map([...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1], fontDecoder(objects, objects.get(Number(m[2]))?.dict ?? '')]));
    const content = objects.get(ref(pageDict, 'Contents'))?.data?.toString('latin1') ?? '';
    const runs: TextRun[] = [];
    let font = fonts.get('');
    let y = 0;
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf|1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ/g)) {
      if (m[1]) font = fonts.get(m[1]);
      else if (m[2]) y = Number(m[2]);
      else if (font) {
        const f = font;
        const hex = [...(m[3] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1] ?? '').join('');
        const codes = (hex.match(new RegExp(`.{${2 * f.bytes}}`, 'g')) ?? []).map((c) => parseInt(c, 16));
        runs.push({ page, y, text: codes.map(f.map).join('') });
      }
    }
    return runs;
  });
}

export const allText = (pdf: Buffer): string => textRuns(pdf).map((r) => r.text).join('\n');
export const squash = (text: string): string => text.replace(/\s+/g, '');
/** All the text with line breaks and spaces taken out: a wrapped name reads as one run again. */
export const squashed = (pdf: Buffer): string => squash(allText(pdf));
