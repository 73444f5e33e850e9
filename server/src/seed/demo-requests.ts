// Demo cases and requests (fictional companies, people and numbers; real agencies), one matter asked about from
// both sides. The US node opens a case on the Wuhan company behind the NPP seized at Long Beach (the demo incidents)
// and asks the MPS, urgently, who runs it and where it shipped, and — under the MLAA, AMBER, approved by a second
// supervisor — for its bank records. The CN node opens a case on the payment account its suspicious order was paid
// from and asks HSI who owns it, and sends spontaneous information on a second shipment. On `npm run demo:pair` each
// request crosses, the receiving node acknowledges it and starts its clock, and the pair script files a delay
// notice on one (scripts/demo-pair.mjs). Filed with idempotency keys: seeding twice files nothing twice.
import type { Actor, Ctx } from '../platform/context.js';
import { approveRequest, createCase, createRequest, submitRequest, type CaseInput, type RequestInput } from '../modules/requests/index.js';

// The demo incidents' company and phone (demo-incidents.ts): the requests' entities link to them on both nodes.
const USCC = '91420100DEM000001H';
const COMPANY_EN = 'Wuhan Demingxing Chemical Trading Co., Ltd.';
const PHONE = '+86 27 0000 0188';
const ACCOUNT = 'Cash App: $DemoPacificTrade';

type Entity = RequestInput['entities'][number];
const entity = (kind: Entity['kind'], value: string, role: Entity['role'], over: Partial<Entity> = {}): Entity => ({ kind, value, role, country: null, uscc: null, bankCode: null, ...over });
const NO_LINKS = { incidents: [], notifications: [], contacts: [] };

type DemoRequest = { key: string; input: Omit<RequestInput, 'caseId' | 'agencyId' | 'toContactId' | 'legalBasisOther'>; approver?: string };
type Demo = { key: string; filer: string; case: Omit<CaseInput, 'agencyId'>; requests: DemoRequest[] };

const US: Demo = {
  key: 'demo-case-us-wuhan-npp',
  filer: 'officer.us',
  case: {
    title: 'Wuhan supplier of the NPP seized at Long Beach',
    summary: 'HSI Los Angeles investigates the consignee of 1,200 kg of NPP seized by CBP at the Port of Long Beach. The shipper is a Wuhan trading company with no licence to trade precursors; the MPS is asked who runs it, where else it shipped, and how it was paid.',
    language: 'en',
    topic: 'precursors',
    parties: ['CN'],
    handling: 'TLP:GREEN',
    useRestrictions: [],
    links: NO_LINKS,
    entities: [entity('company', COMPANY_EN, 'shipper', { country: 'CN', uscc: USCC }), entity('phone', PHONE, 'shipper')],
  },
  requests: [
    {
      key: 'demo-request-us-company-urgent',
      input: {
        toParty: 'CN', type: 'information', legalBasis: 'police-cooperation', priority: 'urgent',
        items: [{ code: 'company-registration', note: 'registered officers and address' }, { code: 'shipment-records', note: 'exports to the United States since January' }],
        subject: 'Who runs the Wuhan company that shipped the Long Beach NPP, and where else it shipped',
        details: 'A controlled delivery to the Los Angeles consignee is planned within days; we need the company’s officers and its other US consignees before then.',
        language: 'en', entities: [entity('company', COMPANY_EN, 'shipper', { country: 'CN', uscc: USCC }), entity('phone', PHONE, 'shipper')], links: NO_LINKS,
        handling: 'TLP:GREEN', useRestrictions: [], source: null,
      },
    },
    {
      key: 'demo-request-us-bank-records',
      approver: 'supervisor.us',
      input: {
        toParty: 'CN', type: 'evidence', legalBasis: 'mlaa-2000', priority: 'normal',
        items: [{ code: 'bank-records', note: 'accounts of the company, January to June 2026' }],
        subject: 'Bank records of the Wuhan shipper, for use in court',
        details: 'Requested under Article 1 of the Agreement on Mutual Legal Assistance in Criminal Matters, for the prosecution of the Los Angeles consignee.',
        language: 'en', entities: [entity('company', COMPANY_EN, 'shipper', { country: 'CN', uscc: USCC })], links: NO_LINKS,
        handling: 'TLP:AMBER', useRestrictions: ['not-for-court-without-consent'], source: null,
      },
    },
  ],
};

const CN: Demo = {
  key: 'demo-case-cn-payment-account',
  filer: 'officer.cn',
  case: {
    title: '武汉德明星化工贸易有限公司境外收款账户',
    summary: '武汉德明星化工贸易有限公司向美国客户兜售 NPP，货款经一美国支付账户汇入。请美方协助查明账户持有人。',
    language: 'zh',
    topic: 'illicit-finance',
    parties: ['US'],
    handling: 'TLP:GREEN',
    useRestrictions: [],
    links: NO_LINKS,
    entities: [entity('payment-account', ACCOUNT, 'payer', { country: 'US' })],
  },
  requests: [
    {
      key: 'demo-request-cn-account-owner',
      input: {
        toParty: 'US', type: 'information', legalBasis: 'police-cooperation', priority: 'high',
        items: [{ code: 'account-owner', note: '账户持有人姓名、地址及开户资料' }],
        subject: '请协助查明美国支付账户 Cash App $DemoPacificTrade 的持有人',
        details: '该账户于2026年5月向武汉德明星化工贸易有限公司支付三笔货款，疑为 NPP 货款。',
        language: 'zh', entities: [entity('payment-account', ACCOUNT, 'payer', { country: 'US' })], links: NO_LINKS,
        handling: 'TLP:GREEN', useRestrictions: [], source: null,
      },
    },
    {
      key: 'demo-request-cn-spontaneous',
      input: {
        toParty: 'US', type: 'spontaneous', legalBasis: 'un-1988-art9', priority: 'normal',
        items: [],
        subject: '主动通报：同一公司另一批货物拟经宁波发往美国',
        details: '经查，该公司另有约 300 千克“工业清洗剂”订舱，拟于下月经宁波港发往美国休斯敦。',
        language: 'zh', entities: [entity('phone', PHONE, 'shipper')], links: NO_LINKS,
        handling: 'TLP:GREEN', useRestrictions: [], source: { reliability: 'B', credibility: '2' },
      },
    },
  ],
};

const DEMOS: Record<string, Demo> = { US, CN };

/** Opens the party's demo case and sends its requests as the demo officers named (`actors`, by user name). */
export async function seedDemoRequests(ctx: Ctx, actors: ReadonlyMap<string, Actor>): Promise<void> {
  const demo = DEMOS[ctx.config.party];
  if (!demo) return;
  const filer = actors.get(demo.filer);
  if (!filer?.agencyId) throw new Error(`demo case ${demo.key} names no demo officer ${demo.filer}`);
  const as = { ...ctx, actor: filer };
  const opened = await createCase(as, { ...demo.case, agencyId: filer.agencyId }, { idempotencyKey: demo.key });
  for (const r of demo.requests) {
    const saved = await createRequest(as, { ...r.input, legalBasisOther: null, caseId: opened.id, agencyId: filer.agencyId, toContactId: null }, { idempotencyKey: r.key });
    if (!saved.created) continue;
    await submitRequest(as, saved.id);
    const approver = r.approver ? actors.get(r.approver) : undefined;
    if (approver) await approveRequest({ ...ctx, actor: approver }, saved.id);
  }
}
