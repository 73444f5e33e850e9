// How the audit log names the working group's records: by their reference (US-MTG-2024-000001, US-CMT-…, US-RO-…),
// linked to their page in the web app.
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { commitments, meetings, readouts } from './tables.js';

export const meetingAuditSubjects: SubjectDescribers = {
  meeting: async (db, ids) => {
    const rows = await db.select({ id: meetings.id, reference: meetings.reference }).from(meetings).where(inArray(meetings.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/meetings/${r.id}` }]));
  },
  commitment: async (db, ids) => {
    const rows = await db.select({ id: commitments.id, reference: commitments.reference, meetingId: commitments.meetingId }).from(commitments).where(inArray(commitments.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: r.meetingId ? `/meetings/${r.meetingId}` : '/commitments' }]));
  },
  readout: async (db, ids) => {
    const rows = await db.select({ id: readouts.id, reference: readouts.reference }).from(readouts).where(inArray(readouts.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/readouts/${r.id}` }]));
  },
};
