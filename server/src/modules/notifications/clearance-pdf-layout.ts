// The clearance PDF's own blocks, on the shared layout (pdf-layout.ts, pdf-blocks.ts): the exporter, importer and
// consignee boxes, the route and permits, the consignment table — everything the signed document binds — and the
// footers saying the QR code is authoritative.
import { dayText } from '../../platform/day-text.js';
import type { ClearancePdfInput } from './clearance-pdf.js';
import type { DocFonts } from '../../platform/pdf-fonts.js';
import { quantityCell } from './notification-pdf-layout.js';
import { MODE_WORDS, wordsFor } from './notification-pdf-words.js';
import { bothNames, chemicalCell, type Column, drawBoxes, drawTable, tableStart, traderItems } from './pdf-blocks.js';
import { drawFooters, fact, gridSection, PAGE, type Pen, section } from './pdf-layout.js';

export function drawParties(pen: Pen, input: ClearancePdfInput): void {
  const { f } = pen;
  drawBoxes(pen, [
    { label: f.label({ en: 'Exporter', zh: '出口商' }), aside: input.exportingParty, items: traderItems(f, input.exporter) },
    { label: f.label({ en: 'Importer', zh: '进口商' }), aside: input.importingParty, items: traderItems(f, input.importer) },
    ...(input.consignee ? [{ label: f.label({ en: 'Final consignee', zh: '最终收货人' }), aside: '', items: traderItems(f, input.consignee) }] : []),
  ]);
}

/** The route, transit parties and both permit numbers, when the signed document binds them (those signed since the binding fields). */
export function drawShipment(pen: Pen, input: ClearancePdfInput): void {
  const { f } = pen;
  const { route, permits } = input;
  if (!route || !permits) return;
  const ports = `${route.portOfExit ?? '—'} → ${route.portOfEntry ?? '—'}`;
  gridSection(pen, { en: 'Shipment', zh: '运输' }, [
    fact(f, { en: 'Mode', zh: '运输方式' }, f.label(wordsFor(MODE_WORDS, route.mode))),
    fact(f, { en: 'Ports of exit and entry', zh: '出境与入境口岸' }, ports),
    fact(f, { en: 'Carrier', zh: '承运人' }, route.carrier ?? '—'),
    fact(f, { en: 'Transit parties', zh: '过境方' }, input.transitParties?.length ? input.transitParties.join(', ') : '—'),
    fact(f, { en: 'Export authorisation No.', zh: '出口许可证号' }, permits.exportAuthorisation ?? '—'),
    fact(f, { en: 'Import permit No.', zh: '进口许可证号' }, permits.importPermit ?? '—'),
  ], 3);
}

const columns = (f: DocFonts): Column[] => [
  { head: '#', width: 20 },
  { head: f.label({ en: 'Chemical', zh: '化学品' }), width: PAGE.width - 20 - 70 - 60 - 112 - 44 },
  { head: f.label({ en: 'CAS No.', zh: 'CAS 号' }), width: 70 },
  { head: f.label({ en: 'HS code', zh: '商品编码' }), width: 60 },
  { head: f.label({ en: 'Quantity', zh: '数量' }), width: 112, align: 'right' },
  { head: f.label({ en: 'Conc. %', zh: '浓度 %' }), width: 44, align: 'right' },
];

/** The declared name, what the registry identifies it as, and the lists the signed document names. */
function nameCell(f: DocFonts, l: ClearancePdfInput['lines'][number]): string {
  const named = chemicalCell(f, l);
  return l.listings?.length ? `${named}\n${f.label({ en: 'Listed', zh: '列管' })}: ${l.listings.map((x) => bothNames(f, x)).join('; ')}` : named;
}

export function drawLinesTable(pen: Pen, input: ClearancePdfInput): void {
  const { f } = pen;
  const lines = input.lines;
  const cols = columns(f);
  const rows = lines.map((l, i) => [
    String(l.position ?? i + 1),
    nameCell(f, l),
    l.cas ?? '—',
    l.hsCode ?? '—',
    quantityCell(f, { quantity: l.quantity, unit: l.unit, original: l.original ?? null, netMass: l.netMass ?? null }),
    l.concentration == null ? '—' : String(l.concentration),
  ]);
  const count = f.label({ en: `${lines.length} line${lines.length === 1 ? '' : 's'}`, zh: `${lines.length} 项` });
  const shipment = `${f.label({ en: 'Planned shipment', zh: '预计装运日期' })}: ${f.label(dayText(input.shipmentDate))}   ·   ${count}`;
  section(pen, { en: 'Consignment', zh: '货物' }, tableStart(pen, cols, rows), shipment);
  drawTable(pen, cols, rows);
  pen.y += 14;
}

export function drawClearanceFooters(pen: Pen): void {
  drawFooters(pen, { note: pen.f.label({ en: 'Printed copy: the signed data in the QR code is authoritative.', zh: '打印件：以二维码中的签名数据为准。' }) });
}
