// How the audit log names notifications: by their reference (US-PEN-2026-000123), linked to their page.
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { notifications } from './tables.js';

export const notificationAuditSubjects: SubjectDescribers = {
  notification: async (db, ids) => {
    const rows = await db.select({ id: notifications.id, reference: notifications.reference }).from(notifications).where(inArray(notifications.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.reference, path: `/notifications/${r.id}` }]));
  },
};
