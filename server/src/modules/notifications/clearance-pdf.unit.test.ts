// Reads the PDF back the way a viewer would (server/test/pdf-text.ts), the QR image XObject included.
import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { allText, parseObjects, squash, squashed, textRuns } from '../../../test/pdf-text.js';
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

// jsqr is CommonJS with `exports.default`: under NodeNext the default import is the whole module.
const jsQR = jsQRModule.default;

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
  it('prints everything a document signed now binds: consignee, route, transit, both permits, declared pounds, purity and lists', async () => {
    const text = squashed(
      await renderClearancePdf(
        sample({
          consignee: { name: 'Consignee Example Ltd', address: '9 Example Quay, Hong Kong', licence: null },
          transitParties: ['SG'],
          route: { mode: 'sea', portOfExit: 'Port of Newark', portOfEntry: 'Port of Shanghai', carrier: 'Example Ocean Lines' },
          permits: { exportAuthorisation: 'DEA-EXP-2026-0451', importPermit: '沪易制毒进口 (2026) 0188' },
          lines: [{ declaredName: 'Acetic anhydride', cas: '108-24-7', hsCode: '2915.24', quantity: '22.679619', unit: 'kg', original: { quantity: '50', unit: 'lb' }, concentration: 99.5, netMass: '22.566221', listings: [{ en: '1988 Convention, Table I', zh: '1988年公约表一' }] }],
        }),
      ),
    );
    for (const expected of ['ConsigneeExampleLtd', 'PortofNewark→PortofShanghai', 'ExampleOceanLines', 'SG', 'DEA-EXP-2026-0451', '沪易制毒进口(2026)0188', '22.679619kg', '50lb', '22.566221kg', '99.5', '1988Convention,TableI']) {
      expect(text).toContain(expected);
    }
  });

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

  it('wraps a long Chinese legal name and address onto further lines, every character printed', async () => {
    // A branch's full legal name, as registered: four lines at the party box's width.
    const name = '武汉景弘医药中间体化工科技发展有限公司第二分公司国际贸易部暨湖北自由贸易试验区武汉片区光谷生物城医药化工进出口业务联络处';
    const address = '湖北省武汉市东湖新技术开发区光谷大道高新二路生物医药园区九号楼第十二层一二零八室至一二一六室（国际贸易部收发室转交化学品进出口合规科），邮政编码四三零零七五，另设仓储地址：湖北省武汉市新洲区阳逻经济开发区港口大道化工物流园三号危险化学品仓库';
    const text = squashed(await renderClearancePdf(sample({ importer: { name, address, licence: null } })));
    expect(text).toContain(name);
    expect(text).toContain(address);
    expect(text).not.toContain('…');
  });

  it('wraps a 150-character English legal name and a long address, every character printed', async () => {
    const name = 'Consolidated Transatlantic Pharmaceutical Intermediates and Specialty Fine Chemicals Manufacturing Corporation, International Export Division (Newark)';
    expect(name).toHaveLength(150);
    const address = `${'Building 7, Suite 1200, '.repeat(12)}1200 Industrial Parkway, Newark, NJ 07105, United States of America`;
    const text = squashed(await renderClearancePdf(sample({ exporter: { name, address, licence: 'RC0123456' } })));
    expect(text).toContain(squash(name));
    expect(text).toContain(squash(address));
    expect(text).not.toContain('…');
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
