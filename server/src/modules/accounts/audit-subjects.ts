// How the audit log names API tokens (by the name their creator gave them).
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { apiTokens } from './tables.js';

export const accountAuditSubjects: SubjectDescribers = {
  'api-token': async (db, ids) => {
    const rows = await db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.name, path: '/tokens' }]));
  },
};
