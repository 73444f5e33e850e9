// How the audit log names incidents: by their reference (US-INC-2026-000042), linked to their page.
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { incidents } from './tables.js';

export const incidentAuditSubjects: SubjectDescribers = {
  incident: async (db, ids) => {
    const rows = await db.select({ id: incidents.id, reference: incidents.reference }).from(incidents).where(inArray(incidents.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/incidents/${r.id}` }]));
  },
};
