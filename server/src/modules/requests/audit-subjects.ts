// How the audit log names cases and requests: by their reference (US-CASE-2026-000017, US-REQ-2026-000311), linked
// to their page.
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { cases, requests } from './tables.js';

export const requestAuditSubjects: SubjectDescribers = {
  case: async (db, ids) => {
    const rows = await db.select({ id: cases.id, reference: cases.reference }).from(cases).where(inArray(cases.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/cases/${r.id}` }]));
  },
  request: async (db, ids) => {
    const rows = await db.select({ id: requests.id, reference: requests.reference }).from(requests).where(inArray(requests.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/requests/${r.id}` }]));
  },
};
