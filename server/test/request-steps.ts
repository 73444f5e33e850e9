// Factories for the request-step tests: a US and a CN node with agencies and real people (four eyes needs persons),
// a request the US asks of CN, steps as officers file them, and small but real PDF and PNG files.
import { createUser } from '../src/modules/accounts/index.js';
import { createAgency } from '../src/modules/directory/index.js';
import type { RequestInput, StepInput } from '../src/modules/requests/index.js';
import type { Role } from '../src/platform/context.js';
import { PASSWORD } from './node.js';
import { makePair, type PairNode } from './pair.js';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
export const pdfDocument = (filename = 'registration.pdf', bytes: Buffer = PDF) => ({ filename, mediaType: 'application/pdf' as const, content: bytes.toString('base64') });

const NO_LINKS = { incidents: [], notifications: [], contacts: [] };

/** The US asks CN for a Wuhan company's registration and officers, naming it by its credit code. */
export function askInput(over: Partial<RequestInput> = {}): RequestInput {
  return {
    caseId: null,
    toParty: 'CN',
    toContactId: null,
    agencyId: null,
    type: 'information',
    legalBasis: 'police-cooperation',
    legalBasisOther: null,
    priority: 'normal',
    items: [{ code: 'company-registration', note: null }],
    subject: 'Registration and officers of a Wuhan chemical company',
    details: 'The company shipped to a consignment seized at Los Angeles on 2 March 2026.',
    language: 'en',
    entities: [{ kind: 'company', value: 'Wuhan Hengyuan Chemical Co., Ltd.', role: 'shipper', country: 'CN', uscc: null, bankCode: null }],
    links: NO_LINKS,
    handling: 'TLP:GREEN',
    useRestrictions: [],
    source: null,
    ...over,
  } as RequestInput;
}

/** A step as an officer files it; the rest of its fields empty. */
export function step(kind: StepInput['kind'], over: Partial<StepInput> = {}): StepInput {
  return { kind, note: null, language: null, reason: null, expectedAt: null, handling: null, useRestrictions: [], entities: [], links: NO_LINKS, documents: [], ...over };
}

/** US and CN nodes, each with an agency and people of the roles asked for (real user rows, so four eyes can tell them apart). */
export async function requestPair(env: Record<string, string> = {}) {
  const pair = await makePair(env);
  const { us, cn } = pair;
  const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'HSI-DC', nameEn: 'HSI Washington', nameZh: '国土安全调查局华盛顿', kind: 'police' });
  const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC-IC', nameEn: 'NNCC International Cooperation', nameZh: '国家禁毒委国际合作处', kind: 'police' });
  let n = 0;
  /** A person of the node's party with these roles: `ctx` for use cases, `login()` for HTTP. */
  async function person(node: PairNode, roles: Role[], over: { locale?: 'en' | 'zh-CN'; email?: string } = {}) {
    const cnSide = node.party === 'CN';
    const agencyId = cnSide ? cnAgency.id : usAgency.id;
    const username = over.email?.split('@')[0] ?? `${node.party.toLowerCase()}.${roles.join('-')}.${++n}`;
    const user = await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')} ${n}`, agencyId, roles, locale: over.locale ?? (cnSide ? 'zh-CN' : 'en'), timeZone: cnSide ? 'Asia/Shanghai' : 'America/New_York', password: PASSWORD, ...(over.email ? { email: over.email } : {}) });
    const ctx = node.ctx(node.person(roles, { id: user.id, agencyId }));
    async function login(): Promise<Record<string, string>> {
      const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'cp_session');
      return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
    }
    return { ctx, id: user.id, username, login };
  }
  return { ...pair, usAgency, cnAgency, person };
}
