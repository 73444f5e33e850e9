// Rows of requests, steps and cases written straight to a node's database, for tests of what readers see (lists,
// counts, detail, figures) without driving every request through drafting, sending and the exchange.
import type { Db } from '../src/platform/db.js';
import { newId } from '../src/platform/ids.js';
import { cases, requests, requestSteps } from '../src/modules/requests/tables.js';

type RequestRow = typeof requests.$inferInsert;
type StepRow = typeof requestSteps.$inferInsert;
type CaseRow = typeof cases.$inferInsert;

let serial = 0;
const agency = { acronym: 'HSI', nameEn: 'Homeland Security Investigations', nameZh: '国土安全调查局' };
const links = { incidents: [], notifications: [], contacts: [] };

/** A request row: by default one the US sent to CN, received there on 2026-03-02 and due a week later. */
export function requestRow(over: Partial<RequestRow> = {}): RequestRow {
  serial += 1;
  const at = over.createdAt ?? new Date('2026-03-02T09:00:00Z');
  const origin = over.originParty ?? 'US';
  return {
    id: newId(),
    reference: `${origin}-REQ-2026-${String(serial).padStart(6, '0')}`,
    originParty: origin,
    toParty: 'CN',
    version: 1,
    agency,
    type: 'information',
    legalBasis: 'mlaa-2000',
    priority: 'normal',
    items: [],
    subject: `Subscriber of a phone number ${serial}`,
    details: '',
    language: 'en',
    entities: [],
    links,
    handling: 'TLP:GREEN',
    status: 'received',
    periodAmount: 7,
    periodUnit: 'calendar-days',
    sentAt: at,
    receivedAt: at,
    dueAt: new Date(at.getTime() + 7 * 86_400_000),
    createdByName: 'Test Officer',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export async function insertRequests(db: Db, rows: readonly RequestRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(requests).values([...rows]);
}

export function stepRow(requestId: string, over: Partial<StepRow> = {}): StepRow {
  return { id: newId(), requestId, party: 'CN', kind: 'acknowledged', state: 'received', authorName: 'system', at: new Date('2026-03-02T09:00:00Z'), ...over };
}

export async function insertSteps(db: Db, rows: readonly StepRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(requestSteps).values([...rows]);
}

export function caseRow(over: Partial<CaseRow> = {}): CaseRow {
  serial += 1;
  const at = over.createdAt ?? new Date('2026-03-01T09:00:00Z');
  const origin = over.originParty ?? 'US';
  return {
    id: newId(),
    reference: `${origin}-CASE-2026-${String(serial).padStart(6, '0')}`,
    originParty: origin,
    version: 1,
    agency,
    title: `Wuhan precursor supplier ${serial}`,
    summary: 'Shipments of 4-ANPP to several US ports.',
    language: 'en',
    topic: 'precursors',
    parties: ['CN'],
    handling: 'TLP:GREEN',
    links,
    entities: [],
    status: 'open',
    createdByName: 'Test Officer',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export async function insertCase(db: Db, row: CaseRow): Promise<void> {
  await db.insert(cases).values(row);
}
