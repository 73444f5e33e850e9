// Reads the PDF back the way a viewer would: objects, page content streams, fonts' ToUnicode CMaps and the QR
// image XObject. Small on purpose (pdfkit writes plain dictionaries, direct /Length, FlateDecode), but it goes
// through the bytes that leave the server, not through the renderer's inputs.
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { cjkFontAvailable, type ClearancePdfInput, renderClearancePdf } from './clearance-pdf.js';

const JWS = `eyJhbGciOiJFZERTQSIsImtpZCI6ImNuLW5vZGUtMjAyNi0wMSJ9.${Buffer.from(JSON.stringify({ ref: 'US-PEN-2026-000123', d: 'cleared', pad: 'x'.repeat(320) })).toString('base64url')}.${'Qk'.repeat(43)}`;

function sample(over: Partial<ClearancePdfInput> = {}): ClearancePdfInput {
  return {
    reference: 'US-PEN-2026-000123',
    decision: 'cleared',
    reason: 'Arrival through the port of Shanghai only. 仅限经上海港入境。',
    decidedAt: '2026-03-05T02:00:00Z',
    decidedAtLocal: {
      importer: { en: '5 Mar 2026, 10:00 Beijing time', zh: '北京时间2026年3月5日 10:00' },
      exporter: { en: '4 Mar 2026, 21:00 US Eastern Time', zh: '美国东部时间2026年3月4日 21:00' },
    },
    decidedBy: { name: 'Wang Ming', agency: '国家禁毒委员会办公室' },
    exportingParty: 'US',
    importingParty: 'CN',
    exporter: { name: 'Acme Fine Chemicals, Inc.', address: '1200 Industrial Parkway, Newark, NJ 07105', licence: 'RC0123456' },
    importer: { name: '上海华东精细化工有限公司', address: '上海市浦东新区张江路 88 号', licence: null },
    lines: [
      { declaredName: 'Acetic anhydride 醋酸酐', cas: '108-24-7', hsCode: '2915.24', quantity: '2500', unit: 'kg' },
      { declaredName: 'Potassium permanganate', cas: '7722-64-7', hsCode: '2841.61', quantity: '1200', unit: 'kg' },
    ],
    shipmentDate: '2026-03-20',
    signer: { kid: 'cn-node-2026-01', fingerprint: '3f9a0c1e7b2d44e8a9c05f6e1d2b3a4c5e6f708192a3b4c5d6e7f8091a2b3c4d' },
    verifyUrl: 'https://node.example/verify',
    qrText: JWS,
    ...over,
  };
}

type PdfObject = { dict: string; data: Buffer | null };

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
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

// jsqr is CommonJS with `exports.default`: under NodeNext the default import is the whole module.
const jsQR = jsQRModule.default;

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

type TextRun = { page: number; y: number; text: string };

function textRuns(pdf: Buffer): TextRun[] {
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

const allText = (pdf: Buffer): string => textRuns(pdf).map((r) => r.text).join('\n');

/** The QR image XObject (RGB with an alpha mask, as pdfkit embeds an RGBA PNG), decoded with jsQR. */
function decodeQrImage(pdf: Buffer): ReturnType<typeof jsQR> {
  const image = [...parseObjects(pdf).values()].find((o) => o.dict.includes('/Subtype /Image') && o.dict.includes('/SMask'));
  const width = Number(/\/Width (\d+)/.exec(image?.dict ?? '')?.[1]);
  const height = Number(/\/Height (\d+)/.exec(image?.dict ?? '')?.[1]);
  const channels = image?.dict.includes('/DeviceGray') ? 1 : 3;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p += 1) {
    for (let c = 0; c < 3; c += 1) rgba[4 * p + c] = image?.data?.[p * channels + (channels === 1 ? 0 : c)] ?? 0;
    rgba[4 * p + 3] = 255;
  }
  return jsQR(rgba, width, height);
}

describe('renderClearancePdf', () => {
  it('produces a complete PDF file with the clearance title and Counterpart as producer', async () => {
    const pdf = await renderClearancePdf(sample());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
    const info = pdf.toString('latin1');
    expect(info).toContain('(Clearance US-PEN-2026-000123)');
    expect(info).toContain('(D:20260305020000Z)');
    expect(info).toMatch(/\/Producer \d+ 0 R/);
    expect(info).toContain('(Counterpart)');
  });

  it('embeds a QR code that decodes to exactly qrText', async () => {
    const qr = decodeQrImage(await renderClearancePdf(sample()));
    expect(qr?.data).toBe(JWS);
  });

  it('prints the QR symbol about 45 mm wide', async () => {
    const pdf = await renderClearancePdf(sample());
    const content = [...parseObjects(pdf).values()].map((o) => o.data?.toString('latin1') ?? '').find((c) => c.includes(' Do'));
    const drawnPt = Number(/([\d.]+) 0 0 -[\d.]+ [\d.]+ [\d.]+ cm\s+\/I\d+ Do/.exec(content ?? '')?.[1]);
    const modules = 17 + 4 * (decodeQrImage(pdf)?.version ?? 0);
    const symbolMm = ((drawnPt * modules) / (modules + 8)) * (25.4 / 72); // the image includes a 4-module quiet zone
    expect(symbolMm).toBeGreaterThan(43);
    expect(symbolMm).toBeLessThan(47);
  });

  it('shows the reference, the decision and a Chinese company name as extractable text', async () => {
    const text = allText(await renderClearancePdf(sample()));
    expect(text).toContain('US-PEN-2026-000123');
    expect(text).toContain('CLEARED / 准予出口');
    expect(text).toContain('上海华东精细化工有限公司');
    expect(text).toContain('Exporter / 出口商');
    expect(text).toContain('Signed by node key / 节点签名密钥');
  });

  it('writes the local times with named zones and the shipment day as a date, never ISO or a zone id', async () => {
    const text = allText(await renderClearancePdf(sample()));
    expect(text).toContain('5 Mar 2026, 10:00 Beijing time\n北京时间2026年3月5日 10:00');
    expect(text).toContain('4 Mar 2026, 21:00 US Eastern Time\n美国东部时间2026年3月4日 21:00');
    expect(text).toContain('20 Mar 2026 / 2026年3月20日');
    expect(text).not.toContain('2026-03-20');
    expect(text).not.toMatch(/Asia\/Shanghai|America\/New_York/);
  });

  it('gives a Chinese signer\'s name with its pinyin, and an English one as written', async () => {
    const text = allText(await renderClearancePdf(sample({ decidedBy: { name: '何伟', agency: 'NNCC' } })));
    expect(text).toContain('何伟 (HÉ Wěi), NNCC');
    expect(allText(await renderClearancePdf(sample()))).toContain('Wang Ming, 国家禁毒委员会办公室');
  });

  it('shows an objection as shipment stopped, with its reason', async () => {
    const text = allText(await renderClearancePdf(sample({ decision: 'objected', reason: '收货人未备案 consignee not registered' })));
    expect(text).toContain('OBJECTED — SHIPMENT STOPPED / 反对——停止装运');
    expect(text).toContain('收货人未备案 consignee not registered');
    expect(text).not.toContain('准予出口');
  });

  it('lists every chemical line with its CAS number and quantity', async () => {
    const text = allText(await renderClearancePdf(sample()));
    for (const expected of ['Acetic anhydride 醋酸酐', '108-24-7', '2500 kg', 'Potassium permanganate', '7722-64-7', '1200 kg']) {
      expect(text).toContain(expected);
    }
  });

  it('names beside each declared chemical what the registry identifies it as, in English and Chinese', async () => {
    const lines = [{ declaredName: '4-Piperidone', cas: '41661-47-6', hsCode: null, quantity: '50', unit: 'kg', identified: [{ en: '4-Piperidone', zh: '4-哌啶酮' }] }];
    const text = allText(await renderClearancePdf(sample({ lines })));
    expect(text).toContain('4-Piperidone · 4-哌啶酮');
    const english = allText(await renderClearancePdf(sample({ lines }), { fonts: [{ source: 'nowhere', regular: { path: '/nonexistent/font.ttf' } }] }));
    expect(english).toContain('= 4-Piperidone');
    expect(english).not.toContain('4-Piperidone ·');
  });

  it('prints the key fingerprint in groups of four hex digits', async () => {
    const text = allText(await renderClearancePdf(sample()));
    expect(text).toContain('3f9a 0c1e 7b2d 44e8 a9c0 5f6e 1d2b 3a4c');
    expect(text).toContain('5e6f 7081 92a3 b4c5 d6e7 f809 1a2b 3c4d');
  });

  it('keeps two chemical lines on one page', async () => {
    const runs = textRuns(await renderClearancePdf(sample()));
    expect(new Set(runs.map((r) => r.page)).size).toBe(1);
    expect(allText(await renderClearancePdf(sample()))).toContain('Page 1 of 1 / 第 1 页，共 1 页');
  });

  it('flows 30 lines onto further pages, every line printed once and no text in the footer band', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => ({ declaredName: `Chemical number ${i + 1} 化学品`, cas: '64-19-7', hsCode: '2915.21', quantity: String(100 + i), unit: 'kg' }));
    const runs = textRuns(await renderClearancePdf(sample({ lines })));
    const pages = new Set(runs.map((r) => r.page)).size;
    expect(pages).toBeGreaterThan(1);
    for (let i = 1; i <= 30; i += 1) expect(runs.filter((r) => r.text === `Chemical number ${i} 化学品`)).toHaveLength(1);
    const footerRule = 13 * (72 / 25.4); // points above the bottom edge
    const isFooter = (t: string): boolean => t.startsWith('Counterpart · ') || t.startsWith('Page ') || t.startsWith('Printed copy');
    for (const r of runs) expect(isFooter(r.text) ? r.y < footerRule : r.y > footerRule + 3).toBe(true);
    expect(runs.filter((r) => r.text.startsWith('Page ')).map((r) => r.text)).toContain(`Page ${pages} of ${pages} / 第 ${pages} 页，共 ${pages} 页`);
  });

  it('is byte-for-byte reproducible for the same input', async () => {
    const [a, b] = await Promise.all([renderClearancePdf(sample()), renderClearancePdf(sample())]);
    expect(a.equals(b)).toBe(true);
  });

  it('rejects a decidedAt that is not an instant', async () => {
    await expect(renderClearancePdf(sample({ decidedAt: 'yesterday' }))).rejects.toThrow(/decidedAt/);
  });
});

describe('Chinese font', () => {
  const missing = [{ source: 'nowhere', regular: { path: '/nonexistent/font.ttf' } }];

  it('is available from the npm-shipped Noto Sans Hans', () => {
    expect(cjkFontAvailable()).toBe(true);
  });

  it('reports no CJK font when none of the candidates exists', () => {
    expect(cjkFontAvailable(missing)).toBe(false);
  });

  it('still renders without a CJK font, English labels only and Chinese text marked as omitted', async () => {
    const pdf = await renderClearancePdf(sample(), { fonts: missing });
    const text = allText(pdf);
    expect(text).toContain('CLEARED');
    expect(text).not.toContain('准予出口');
    expect(text).toContain('Note: no Chinese font is installed on the issuing node');
    expect(text).toContain('[Chinese text omitted]');
    expect(text).toContain('Acme Fine Chemicals, Inc.');
    expect(pdf.toString('latin1')).toContain('/BaseFont /Helvetica');
    expect(decodeQrImage(pdf)?.data).toBe(JWS);
  });
});
