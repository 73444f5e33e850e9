// How the audit log names substances (shipped entries from the data files, local ones from the database) and bulk
// screening jobs (by the uploaded file's name).
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescribers } from '../../platform/audit/index.js';
import { shippedRegistry } from './registry-store.js';
import { screeningJobs, substanceEntries } from './tables.js';

export const substanceAuditSubjects: SubjectDescribers = {
  substance: async (db, ids, lang) => {
    const local = await db.select({ id: substanceEntries.id, en: substanceEntries.nameEn, zh: substanceEntries.nameZh }).from(substanceEntries).where(inArray(substanceEntries.id, [...ids]));
    const wanted = new Set(ids);
    const shipped = (await shippedRegistry()).registry.entries.filter((e) => wanted.has(e.id)).map((e) => ({ id: e.id, en: e.names.en, zh: e.names.zh }));
    return new Map([...shipped, ...local].map((r) => [r.id, { label: lang === 'zh-CN' ? r.zh : r.en, path: `/substances/${encodeURIComponent(r.id)}` }]));
  },
  screening: async (db, ids) => {
    const rows = await db.select({ id: screeningJobs.id, filename: screeningJobs.filename }).from(screeningJobs).where(inArray(screeningJobs.id, uuidsOnly(ids)));
    return new Map(rows.map((r) => [r.id, { label: r.filename, path: '/screening' }]));
  },
};
