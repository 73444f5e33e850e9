// Demo incidents (fictional companies, people and numbers; real agencies): one case seen from both sides. The US
// node has a CBP/HSI seizure of NPP at the Port of Long Beach shipped by a Wuhan company; the CN node has a
// suspicious order naming that company (by its unified social credit code, in Chinese) and its phone, a customs
// seizure of pangolin scales whose consignment gave the same phone, and a follow-up naming the US consignee. All are
// releasable to the other party: on `npm run demo:pair` they cross, and each side's records link to the other's
// through the company, the phone and the consignee. Filed with idempotency keys: seeding twice files nothing twice.
import type { Actor, Ctx } from '../platform/context.js';
import { addFollowUp, createIncident, type IncidentInput } from '../modules/incidents/index.js';

// 91420100 (Wuhan) DEM000001, check character H (GB 32100-2015): valid, and plainly a demo code.
const USCC = '91420100DEM000001H';
// Wuhan numbers never start with 0 after the area code: unassignable, like the demo contacts' numbers.
const PHONE_INTL = '+86 27 0000 0188';
const PHONE_CN = '027-0000 0188';
const NPP = { declaredName: 'N-Phenethyl-4-piperidone (NPP)', cas: '39742-60-4' };

type Entity = IncidentInput['entities'][number];
const entity = (kind: Entity['kind'], value: string, role: Entity['role'], over: Partial<Entity> = {}): Entity => ({ kind, value, role, country: null, uscc: null, bankCode: null, ...over });
const NO_ROUTE: IncidentInput['route'] = { mode: null, carrier: null, conveyance: null, container: null, trackingNumber: null, origin: null, transit: [], destination: null };

type Demo = { key: string; filer: string; daysAgo: number; input: Omit<IncidentInput, 'agencyId' | 'occurredOn' | 'releasableTo'>; followUp?: { filer: string; input: Parameters<typeof addFollowUp>[2] } };

const US_SEIZURE: Demo = {
  key: 'demo-incident-us-npp-long-beach',
  filer: 'officer.us',
  daysAgo: 18,
  input: {
    kind: 'seizure',
    place: { country: 'US', locality: 'Long Beach, CA', port: 'Port of Long Beach', latitude: 33.754, longitude: -118.216 },
    title: 'NPP in a container declared as "industrial cleaning agent"',
    narrative:
      'CBP officers examining a container from Shanghai found 48 drums declared as an industrial cleaning agent; field and laboratory tests identified N-phenethyl-4-piperidone (NPP), a fentanyl precursor. The shipper is a Wuhan trading company; its commercial invoice gives a Wuhan telephone number. HSI opened an investigation into the Los Angeles consignee.',
    language: 'en',
    items: [{ type: 'chemical', ...NPP, smiles: null, quantity: '1200', unit: 'kg', purity: 97, form: 'powder' }],
    route: { ...NO_ROUTE, mode: 'sea', carrier: 'Example Ocean Lines', conveyance: 'EXAMPLE HARMONY', origin: { country: 'CN', port: 'Shanghai (Yangshan)' }, destination: { country: 'US', port: 'Long Beach' } },
    outcome: { investigation: 'open', arrests: 0, prosecution: 'none', disposition: 'held-as-evidence' },
    entities: [
      entity('company', 'Wuhan Demingxing Chemical Trading Co., Ltd.', 'shipper', { country: 'CN', uscc: USCC }),
      entity('phone', PHONE_INTL, 'shipper'),
      entity('company', 'Pacific Example Trading LLC', 'consignee', { country: 'US' }),
      entity('address', '1200 Example Harbor Blvd, Long Beach, CA 90802', 'consignee', { country: 'US' }),
    ],
    notificationReference: null,
    handling: 'TLP:AMBER',
    useRestrictions: ['crime-prevention-only'],
    source: { reliability: 'A', credibility: '1' },
  },
};

const CN_ORDER: Demo = {
  key: 'demo-incident-cn-npp-order',
  filer: 'officer.cn',
  daysAgo: 11,
  input: {
    kind: 'suspicious-order',
    place: { country: 'CN', locality: '湖北省武汉市', port: null, latitude: null, longitude: null },
    title: '武汉某贸易公司向境外客户兜售 NPP',
    narrative: '经线索核查，武汉德明星化工贸易有限公司以“工业清洗剂”名义向美国客户报价 N-苯乙基-4-哌啶酮（NPP），联系电话为 027-0000 0188。该公司无易制毒化学品经营许可。已立案调查。',
    language: 'zh',
    items: [{ type: 'chemical', declaredName: 'N-苯乙基-4-哌啶酮', cas: NPP.cas, smiles: null, quantity: '500', unit: 'kg', purity: null, form: 'powder' }],
    route: NO_ROUTE,
    outcome: { investigation: 'open', arrests: 0, prosecution: 'none', disposition: 'pending' },
    entities: [entity('company', '武汉德明星化工贸易有限公司', 'seller', { country: 'CN', uscc: USCC }), entity('phone', PHONE_CN, 'seller', { country: 'CN' }), entity('person', '韩示例', 'suspect')],
    notificationReference: null,
    handling: 'TLP:AMBER',
    useRestrictions: ['crime-prevention-only', 'no-onward-dissemination'],
    source: { reliability: 'B', credibility: '2' },
  },
  followUp: {
    filer: 'officer.cn',
    input: {
      note: '经查，该公司另有 2 票同类货物经上海洋山港发往美国，收货人均为 Pacific Example Trading LLC，已通报美方。',
      language: 'zh',
      entities: [entity('company', 'Pacific Example Trading LLC', 'buyer', { country: 'US' })],
      handling: 'TLP:AMBER',
    },
  },
};

const CN_PANGOLIN: Demo = {
  key: 'demo-incident-cn-pangolin-scales',
  filer: 'customs.cn',
  daysAgo: 6,
  input: {
    kind: 'wildlife-seizure',
    place: { country: 'CN', locality: '广东省深圳市', port: '盐田港', latitude: 22.57, longitude: 114.27 },
    title: '申报为“塑料颗粒”的集装箱内查获穿山甲鳞片',
    narrative: '深圳海关缉私部门在一票申报为塑料颗粒的进口货物中查获穿山甲鳞片 86 千克。提单通知方电话为 027-0000 0188，与公安部禁毒局通报的武汉涉案公司电话一致。',
    language: 'zh',
    items: [{ type: 'wildlife', taxon: 'Manis javanica', tradeTerm: 'SCA', quantity: '86', unit: 'kg', live: false }],
    route: { ...NO_ROUTE, mode: 'sea', carrier: '示例远洋运输', origin: { country: 'NG', port: 'Lagos (Apapa)' }, destination: { country: 'CN', port: '盐田港' } },
    outcome: { investigation: 'open', arrests: 2, prosecution: 'pending', disposition: 'held-as-evidence' },
    entities: [entity('phone', PHONE_CN, 'notify-party', { country: 'CN' }), entity('company', '深圳示例塑胶制品有限公司', 'consignee', { country: 'CN' })],
    notificationReference: null,
    handling: 'TLP:AMBER',
    useRestrictions: ['crime-prevention-only'],
    source: { reliability: 'A', credibility: '2' },
  },
};

const DEMOS: Record<string, Demo[]> = { US: [US_SEIZURE], CN: [CN_ORDER, CN_PANGOLIN] };

/** Files the party's demo incidents as the demo officers named (`actors`, by user name), for their agencies. */
export async function seedDemoIncidents(ctx: Ctx, actors: ReadonlyMap<string, Actor>, others: readonly string[]): Promise<void> {
  for (const demo of DEMOS[ctx.config.party] ?? []) {
    const filer = actors.get(demo.filer);
    if (!filer?.agencyId) throw new Error(`demo incident ${demo.key} names no demo officer ${demo.filer}`);
    const as = { ...ctx, actor: filer };
    const occurredOn = new Date(ctx.clock.now().getTime() - demo.daysAgo * 86_400_000).toISOString().slice(0, 10);
    const saved = await createIncident(as, { ...demo.input, agencyId: filer.agencyId, occurredOn, releasableTo: [...others] }, { idempotencyKey: demo.key });
    const author = demo.followUp ? actors.get(demo.followUp.filer) : undefined;
    if (saved.created && demo.followUp && author) await addFollowUp({ ...ctx, actor: author }, saved.id, demo.followUp.input);
  }
}
