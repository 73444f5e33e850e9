// Demo pre-export notifications (fictional companies and shipments): the US node has a draft whose flagged line
// awaits a supervisor's review and one sent to CN; the CN node has two sent to the US. On `npm run demo:pair` the
// sent ones cross to the other node, which starts its reply clock; on a single node they wait in the outbox. The US
// filer declares its permanganate in pounds, as US filers do: the nodes keep it in kilograms beside the pounds.
import type { Actor, Ctx } from '../platform/context.js';
import { createDraft, sendNotification, type DraftInput } from '../modules/notifications/index.js';

type Demo = { send: boolean; input: Omit<DraftInput, 'agencyId' | 'shipmentDate' | 'transitParties' | 'handling'> & { inDays: number } };

const line = (declaredName: string, cas: string | null, quantity: string, unit: DraftInput['lines'][number]['unit'], extra: Partial<DraftInput['lines'][number]> = {}): DraftInput['lines'][number] => ({ declaredName, cas, hsCode: null, smiles: null, quantity, unit, concentration: null, packaging: null, packages: null, ...extra });

const DEMOS: Record<string, Demo[]> = {
  US: [
    {
      send: false,
      input: {
        importingParty: 'CN',
        exporter: { name: 'Midwest Reference Standards LLC', address: '400 Example Avenue, Madison, WI 53703', licence: 'DEA RM0000001' },
        importer: { name: '华东法证科学研究所（示例）', address: '上海市徐汇区示例路 200 号', licence: '沪易制毒（2026）示例 017' },
        consignee: null,
        lines: [line('4-Anilino-N-phenethylpiperidine (ANPP) reference standard', '21409-26-7', '0.025', 'kg', { concentration: 99.5, packaging: 'amber glass ampoule', packages: 5 }), line('1-acetyl-N-phenylpiperidin-4-amine', null, '0.01', 'kg', { smiles: 'CC(=O)N1CCC(Nc2ccccc2)CC1', packaging: 'amber glass vial', packages: 2 })],
        intendedUse: 'Certified reference materials for a forensic laboratory’s fentanyl-precursor identification work',
        inDays: 30,
        route: { portOfExit: 'Chicago O’Hare (ORD)', portOfEntry: 'Shanghai Pudong (PVG)', mode: 'courier', carrier: 'Example Express' },
        invoiceNumber: 'MRS-2026-0193',
        permitNumber: 'DEA-EXP-2026-0451',
        importPermitNumber: '沪易制毒进口 (2026) 0188',
        language: 'en',
      },
    },
    {
      send: true,
      input: {
        importingParty: 'CN',
        exporter: { name: 'Great Lakes Oxidants Inc.', address: '12 Example Dock Road, Toledo, OH 43604', licence: 'DEA RL0000002' },
        importer: { name: '江南水处理材料有限公司（示例）', address: '江苏省苏州市工业园区示例大道 8 号', licence: '苏易制毒（2026）示例 102' },
        consignee: null,
        lines: [line('Potassium permanganate', '7722-64-7', '44000', 'lb', { hsCode: '2841.61', concentration: 99, packaging: '110 lb steel drum', packages: 400 })],
        intendedUse: 'Municipal water treatment',
        inDays: 21,
        route: { portOfExit: 'Port of Toledo', portOfEntry: 'Port of Shanghai (Yangshan)', mode: 'sea', carrier: 'Example Ocean Lines' },
        invoiceNumber: 'GLO-INV-88412',
        permitNumber: 'DEA-EXP-2026-0462',
        importPermitNumber: '苏易制毒进口 (2026) 0207',
        language: 'en',
      },
    },
  ],
  CN: [
    {
      send: true,
      input: {
        importingParty: 'US',
        exporter: { name: '江苏示例化工有限公司', address: '江苏省南通市示例化工园区 3 号', licence: '苏易制毒出（2026）示例 045' },
        importer: { name: 'Gulf Coast Coatings Inc.', address: '900 Example Parkway, Houston, TX 77002', licence: 'DEA RG0000003' },
        consignee: null,
        lines: [line('醋酸酐', '108-24-7', '2', 't', { hsCode: '2915.24', concentration: 99.5, packaging: 'IBC 1000 L', packages: 2 })],
        intendedUse: '生产醋酸纤维素涂料',
        inDays: 25,
        route: { portOfExit: '上海港（洋山）', portOfEntry: 'Port of Houston', mode: 'sea', carrier: '示例远洋运输' },
        invoiceNumber: 'JSCH-2026-1107',
        permitNumber: '商务部出口许可 2026-示例-3321',
        importPermitNumber: 'DEA-IMP-2026-0173',
        language: 'zh',
      },
    },
    {
      send: true,
      input: {
        importingParty: 'US',
        exporter: { name: '浙江示例医药中间体有限公司', address: '浙江省台州市示例路 66 号', licence: '浙易制毒出（2026）示例 009' },
        importer: { name: 'Delaware Valley Pharma Research LLC', address: '55 Example Lane, Wilmington, DE 19801', licence: 'DEA RD0000004' },
        consignee: null,
        lines: [line('N-(叔丁氧羰基)-4-哌啶酮', '79099-07-3', '25', 'kg', { concentration: 98, packaging: '25 kg fibre drum', packages: 1 })],
        intendedUse: '新药研发中间体（实验室规模）',
        inDays: 40,
        route: { portOfExit: '上海浦东国际机场', portOfEntry: 'Philadelphia (PHL)', mode: 'air', carrier: '示例航空货运' },
        invoiceNumber: 'ZJYY-2026-0418',
        permitNumber: '商务部出口许可 2026-示例-3390',
        importPermitNumber: null,
        language: 'zh',
      },
    },
  ],
};

/** `officer` files them for the agency `agencyId`, as a person would (screened, audited, shared). */
export async function seedDemoNotifications(ctx: Ctx, officer: Actor, agencyId: string): Promise<void> {
  const as = { ...ctx, actor: officer };
  for (const demo of DEMOS[ctx.config.party] ?? []) {
    const { inDays, ...rest } = demo.input;
    const shipmentDate = new Date(ctx.clock.now().getTime() + inDays * 86_400_000).toISOString().slice(0, 10);
    const { id } = await createDraft(as, { ...rest, agencyId, shipmentDate, transitParties: [], handling: 'TLP:AMBER' });
    if (demo.send) await sendNotification(as, id);
  }
}
