// The printed notification read back out of the PDF bytes (server/test/pdf-text.ts): every field, both languages'
// labels, long values wrapped in full, many lines over several pages with the table header on each.
import { describe, expect, it } from 'vitest';
import { allText, squash, squashed, textRuns } from '../../../test/pdf-text.js';
import { type NotificationPdfInput, type NotificationPdfLine, renderNotificationPdf } from './notification-pdf.js';

const at = (iso: string) => new Date(iso);

function line(over: Partial<NotificationPdfLine> = {}): NotificationPdfLine {
  return {
    position: 1,
    declaredName: '4-Anilino-N-phenethylpiperidine',
    identified: [{ en: '4-ANPP', zh: '4-苯胺基-N-苯乙基哌啶' }],
    listings: [{ en: 'UN 1988 Convention, Table I', zh: '1988年公约表一' }],
    cas: '21409-26-7',
    hsCode: '2933.39',
    quantity: '11.339809',
    unit: 'kg',
    original: { quantity: '25', unit: 'lb' },
    netMass: '11.283',
    concentration: 99.5,
    packaging: 'HDPE drum',
    packages: 3,
    ...over,
  };
}

function sample(over: Partial<NotificationPdfInput> = {}): NotificationPdfInput {
  return {
    reference: 'US-PEN-2026-000123',
    status: 'cleared',
    handling: 'TLP:AMBER',
    scheme: 'pen-light',
    importerScheme: 'pen',
    exportingParty: { code: 'US', name: { en: 'United States', zh: '美国' } },
    importingParty: { code: 'CN', name: { en: 'China', zh: '中国' } },
    transitParties: [{ code: 'KR', name: null }],
    authority: { acronym: 'DEA', name: { en: 'Drug Enforcement Administration', zh: '美国缉毒局' } },
    exporter: { name: 'Midwest Fine Chemicals LLC', address: '100 Example Road, Springfield, IL 62701', licence: 'DEA-RX0000001' },
    importer: { name: '华东精细化工有限公司', address: '上海市浦东新区示例路 1 号', licence: '沪易制毒 (2026) 001' },
    consignee: { name: 'Shanghai Forensic Laboratory', address: '上海市徐汇区示例路 9 号', licence: null },
    intendedUse: 'Reference standards for a licensed forensic laboratory',
    shipmentDate: '2026-04-15',
    route: { mode: 'air', portOfExit: 'Chicago O’Hare (ORD)', portOfEntry: 'Shanghai Pudong (PVG)', carrier: 'Example Air Cargo' },
    invoiceNumber: 'INV-2026-0042',
    exportAuthorisation: 'EXP-2026-0007',
    importPermit: 'IMP-沪-2026-0099',
    lines: [line()],
    sentAt: at('2026-03-02T15:00:00Z'),
    receivedAt: at('2026-03-02T15:00:05Z'),
    deadline: { en: 'by the end of 17 Mar 2026, Beijing time', zh: '北京时间2026年3月17日24时前' },
    reply: { kind: 'cleared', at: at('2026-03-05T02:00:00Z'), phrases: ['Arrival through the named port only / 仅限经指定口岸入境'], note: '仅限经上海港入境' },
    decision: { kind: 'shipped', at: at('2026-03-20T09:30:00Z'), phrases: [], note: 'Flight CA 982' },
    events: [
      { at: at('2026-03-02T14:00:00Z'), party: 'US', kind: 'drafted', actor: 'Dana Officer', phrases: [], note: null },
      { at: at('2026-03-05T02:00:00Z'), party: 'CN', kind: 'cleared', actor: '王明', phrases: [], note: '仅限经上海港入境' },
    ],
    printedAt: at('2026-03-21T08:00:00Z'),
    printedBy: 'US',
    ...over,
  };
}

const missing = [{ source: 'nowhere', regular: { path: '/nonexistent/font.ttf' } }];

// What every page repeats, as squashed text: the footers, the running header and the table headers.
const REPEATED = [
  /Counterpart·US-PEN-2026-000123·TLP:AMBERPage\d+of\d+\/第\d+页，共\d+页Printed.*?时间均为UTC。/g,
  /COUNTERPARTReference\/编号:US-PEN-2026-000123\(continued\/续\)/g,
  /Time\(UTC\)\/时间（UTC）Party\/方Step\/步骤By\/操作人Note\/说明/g,
];
/** The text of the record itself, wrapped lines and pages joined up again: long values read back whole. */
const recordText = (pdf: Buffer): string => REPEATED.reduce((text, re) => text.replace(re, ''), squashed(pdf));

describe('renderNotificationPdf', () => {
  it('prints every field of the notification', async () => {
    const text = squashed(await renderNotificationPdf(sample()));
    const values = [
      'US-PEN-2026-000123', 'TLP:AMBER', 'Cleared / 已准予', 'PEN Light / 简易出口前通知（PEN Light）', 'PEN / 出口前通知（PEN）',
      'US — United States / 美国', 'CN — China / 中国', 'KR', 'DEA — Drug Enforcement Administration / 美国缉毒局',
      'Midwest Fine Chemicals LLC', '100 Example Road, Springfield, IL 62701', 'DEA-RX0000001', '华东精细化工有限公司', '上海市浦东新区示例路 1 号',
      'Shanghai Forensic Laboratory', '上海市徐汇区示例路 9 号', 'Reference standards for a licensed forensic laboratory', '15 Apr 2026 / 2026年4月15日',
      'Air / 空运', 'Chicago O’Hare (ORD)', 'Shanghai Pudong (PVG)', 'Example Air Cargo', 'INV-2026-0042', 'EXP-2026-0007', 'IMP-沪-2026-0099',
      '4-Anilino-N-phenethylpiperidine', '= 4-ANPP · 4-苯胺基-N-苯乙基哌啶', 'UN 1988 Convention, Table I · 1988年公约表一', '21409-26-7', '2933.39',
      '11.339809 kg', 'declared / 申报: 25 lb', 'pure / 纯品: 11.283 kg', '99.5', '3 × HDPE drum',
      'by the end of 17 Mar 2026, Beijing time', '北京时间2026年3月17日24时前', '2026-03-05 02:00 UTC', '- Arrival through the named port only / 仅限经指定口岸入境',
      '仅限经上海港入境', 'Shipped / 已发运', '2026-03-20 09:30 UTC', 'Flight CA 982', '2026-03-02 15:00 UTC',
      '2026-03-02 14:00 UTC', 'Drafted / 起草', 'Dana Officer', '王明', 'Cleared / 准予',
    ];
    for (const value of values) expect(text, value).toContain(squash(value));
  });

  it('labels every field in English and Chinese side by side', async () => {
    const pdf = await renderNotificationPdf(sample());
    const text = squashed(pdf);
    const labels = [
      'Status / 状态', 'Handling (TLP) / 处理等级（TLP）', 'Scheme / 通知类型', 'Exporting party / 出口国（地区）', 'Importing party / 进口国（地区）',
      'Transit parties / 过境国（地区）', 'Exporting authority / 出口主管机关', 'Exporter / 出口商', 'Importer / 进口商', 'Final consignee / 最终收货人',
      'Licence / 许可证号', 'Intended use / 用途', 'Planned shipment / 预计装运日期', 'Mode of transport / 运输方式', 'Port of exit / 出境口岸',
      'Port of entry / 入境口岸', 'Carrier / 承运人', 'Invoice number / 发票号', 'Export authorisation number / 出口许可证号', 'Import permit number / 进口许可证号',
      'Chemical as declared / 申报的化学品', 'CAS No. / CAS 号', 'HS code / 商品编码', 'Quantity / 数量', 'Conc. % / 浓度 %', 'Packaging / 包装',
      "Importer's reply due / 进口方答复期限", 'Reply / 答复', 'Export decision / 出口决定', 'Time (UTC) / 时间（UTC）', 'Party / 方', 'Step / 步骤', 'By / 操作人',
    ];
    for (const label of labels) expect(text, label).toContain(squash(label));
    expect(allText(pdf)).toContain('Pre-export notification\n出口前通知');
    expect(allText(pdf)).toMatch(/Page 1 of (\d+) \/ 第 1 页，共 \1 页/);
  });

  it('says when the importer has not replied and the final consignee is the importer', async () => {
    const text = squashed(await renderNotificationPdf(sample({ reply: null, decision: null, deadline: null, consignee: null })));
    expect(text).toContain(squash('None yet / 尚未答复'));
    expect(text).toContain(squash('The importer is the final consignee. / 最终收货人即进口商。'));
    expect(text).not.toContain(squash('Export decision / 出口决定'));
  });

  it('flows 40 lines over several pages, the table header on each and every line once', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => line({ position: i + 1, declaredName: `Chemical number ${i + 1} 化学品` }));
    const runs = textRuns(await renderNotificationPdf(sample({ lines })));
    const pages = new Set(runs.map((r) => r.page)).size;
    expect(pages).toBeGreaterThan(1);
    const linePages = new Set(runs.filter((r) => r.text.startsWith('Chemical number ')).map((r) => r.page));
    expect(linePages.size).toBeGreaterThan(1);
    for (const page of linePages) expect(runs.filter((r) => r.page === page && r.text === 'Chemical as declared / 申报的化学品')).toHaveLength(1);
    for (let i = 1; i <= 40; i += 1) expect(runs.filter((r) => r.text === `Chemical number ${i} 化学品`)).toHaveLength(1);
    expect(runs.map((r) => r.text)).toContain(`Page ${pages} of ${pages} / 第 ${pages} 页，共 ${pages} 页`);
    expect(runs.filter((r) => r.text.includes('(continued / 续)'))).toHaveLength(pages - 1);
  });

  it('wraps long names, addresses and the intended use in full, and keeps text out of the footer band', async () => {
    const name = 'Consolidated Transatlantic Pharmaceutical Intermediates and Specialty Fine Chemicals Manufacturing Corporation, International Export Division (Newark)';
    const zhName = '武汉景弘医药中间体化工科技发展有限公司第二分公司国际贸易部';
    const use = `${'用于持证法医实验室的标准物质及方法验证；'.repeat(60)}End of intended use.`;
    const pdf = await renderNotificationPdf(sample({ exporter: { name, address: 'Newark, NJ', licence: null }, importer: { name: zhName, address: '湖北省武汉市', licence: null }, intendedUse: use }));
    const text = recordText(pdf);
    for (const value of [name, zhName, use]) expect(text).toContain(squash(value));
    expect(text).not.toContain('…');
    const footerRule = 13 * (72 / 25.4);
    const isFooter = (t: string) => t.startsWith('Counterpart · ') || t.startsWith('Page ') || t.startsWith('Printed ');
    for (const r of textRuns(pdf)) expect(isFooter(r.text) ? r.y < footerRule : r.y > footerRule + 3, r.text).toBe(true);
  });

  it('carries a timeline note longer than a page over to the next pages, whole', async () => {
    const note = Array.from({ length: 400 }, (_, i) => `Sentence ${i + 1} of the answer.`).join(' ');
    const events = [{ at: at('2026-03-04T10:00:00Z'), party: 'US', kind: 'info-provided', actor: 'Dana Officer', phrases: [], note }];
    const pdf = await renderNotificationPdf(sample({ events }));
    expect(recordText(pdf)).toContain(squash(note));
    const runs = textRuns(pdf);
    const notePages = new Set(runs.filter((r) => r.text.includes('Sentence ')).map((r) => r.page));
    expect(notePages.size).toBeGreaterThan(1);
    for (const page of notePages) expect(runs.filter((r) => r.page === page && r.text === 'Note / 说明')).toHaveLength(1);
  });

  it('prints English labels only, and says Chinese is left out, without a Chinese font', async () => {
    const text = allText(await renderNotificationPdf(sample(), { fonts: missing }));
    expect(text).toContain('Note: no Chinese font is installed on the issuing node');
    expect(text).toContain('Status');
    expect(text).not.toContain('状态');
    expect(text).toContain('Midwest Fine Chemicals LLC');
  });

  it('is byte-for-byte reproducible for the same input, and titled with the reference', async () => {
    const [a, b] = await Promise.all([renderNotificationPdf(sample()), renderNotificationPdf(sample())]);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(Pre-export notification US-PEN-2026-000123)');
  });
});
