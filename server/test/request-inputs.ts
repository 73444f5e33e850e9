// Factories for request and case route tests: what a US officer would file, asking CN about a Wuhan company.
import type { CaseInput, RequestInput } from '../src/modules/requests/index.js';

type Body<T> = { [K in keyof T]?: unknown };

/** A CN request for company registration and shipment records, GREEN, police-to-police. */
export function requestInput(over: Body<RequestInput> = {}): Record<string, unknown> {
  return {
    toParty: 'CN',
    type: 'information',
    legalBasis: 'police-cooperation',
    priority: 'high',
    items: [{ code: 'company-registration', note: 'registered owner and address' }, { code: 'shipment-records', note: null }],
    subject: 'Wuhan chemical company that shipped a seized consignment',
    details: 'CBP seized 25 kg of 4-ANPP at Los Angeles; the shipper names this company.',
    language: 'en',
    entities: [{ kind: 'phone', value: '+86 138 0013 8000', role: 'shipper', country: null, uscc: null, bankCode: null }],
    handling: 'TLP:GREEN',
    useRestrictions: [],
    ...over,
  };
}

/** A case on the same matter, shared with CN. */
export function caseInput(over: Body<CaseInput> = {}): Record<string, unknown> {
  return {
    title: '4-ANPP shipments from Wuhan',
    summary: 'Shipments of fentanyl precursors declared as cleaning agents.',
    language: 'en',
    topic: 'precursors',
    parties: ['CN'],
    handling: 'TLP:GREEN',
    useRestrictions: [],
    entities: [{ kind: 'email', value: 'Sales@Example-Chem.test', role: 'shipper', country: null, uscc: null, bankCode: null }],
    ...over,
  };
}

/** The smallest files each type is sniffed as. */
export const PDF = Buffer.from('%PDF-1.4\n%test document\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]);
