// Factories for incident tests: what a US or CN officer would file, with entities that correlate across records.
import type { IncidentInput } from '../src/modules/incidents/index.js';

type Over = Partial<Omit<IncidentInput, 'place'>> & { place?: Partial<IncidentInput['place']> };

/** A US seizure of 4-ANPP at the port of Los Angeles, naming a Wuhan shipper by its credit code and phone. */
export function incidentInput(agencyId: string, over: Over = {}): IncidentInput {
  const { place, ...rest } = over;
  return {
    kind: 'seizure',
    agencyId,
    occurredOn: '2026-03-02',
    place: { country: 'US', locality: 'Los Angeles', port: 'Port of Los Angeles', latitude: 33.74, longitude: -118.27, ...place },
    title: '4-ANPP in a container declared as cleaning agent',
    narrative: 'CBP officers found 25 kg of 4-ANPP behind drums of a declared cleaning agent.',
    language: 'en',
    items: [{ type: 'chemical', declaredName: '4-Anilino-N-phenethylpiperidine', cas: '21409-26-7', smiles: null, quantity: '25', unit: 'kg', purity: 98, form: 'powder' }],
    route: { mode: 'sea', carrier: 'Example Lines', conveyance: 'EXAMPLE TRADER', container: null, trackingNumber: null, origin: { country: 'CN', port: 'Shanghai' }, transit: [], destination: { country: 'US', port: 'Los Angeles' } },
    outcome: { investigation: 'open', arrests: 1, prosecution: 'pending', disposition: 'held-as-evidence' },
    entities: [
      { kind: 'company', value: '武汉示例化工有限公司', role: 'shipper', country: 'CN', uscc: null, bankCode: null },
      { kind: 'phone', value: '+86 138 0013 8000', role: 'shipper', country: null, uscc: null, bankCode: null },
      { kind: 'email', value: 'Sales@Example-Chem.test', role: 'shipper', country: null, uscc: null, bankCode: null },
    ],
    notificationReference: null,
    handling: 'TLP:AMBER',
    useRestrictions: ['crime-prevention-only'],
    source: { reliability: 'B', credibility: '2' },
    releasableTo: [],
    ...rest,
  };
}

/** A CN wildlife seizure of pangolin scales, in Chinese, naming the same phone as the US seizure. */
export function wildlifeInput(agencyId: string, over: Over = {}): IncidentInput {
  return incidentInput(agencyId, {
    kind: 'wildlife-seizure',
    occurredOn: '2026-02-27',
    place: { country: 'CN', locality: '深圳', port: '盐田港', latitude: null, longitude: null },
    title: '集装箱内查获穿山甲鳞片',
    narrative: '海关在申报为塑料制品的集装箱中查获穿山甲鳞片。',
    language: 'zh',
    items: [{ type: 'wildlife', taxon: 'Manis pentadactyla', tradeTerm: 'SCA', quantity: '120', unit: 'kg', live: false }],
    entities: [{ kind: 'phone', value: '13800138000', role: 'consignee', country: 'CN', uscc: null, bankCode: null }],
    ...over,
  });
}
