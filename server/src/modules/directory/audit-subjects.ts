// How the audit log names this module's subjects: agencies, contacts, users and parties (one query per type).
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescriber, type SubjectDescribers } from '../../platform/audit/index.js';
import { agencies, contacts, parties, users } from './tables.js';

const agency: SubjectDescriber = async (db, ids, lang) => {
  const rows = await db.select({ id: agencies.id, partyCode: agencies.partyCode, acronym: agencies.acronym, nameEn: agencies.nameEn, nameZh: agencies.nameZh }).from(agencies).where(inArray(agencies.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: `${r.partyCode} ${r.acronym} — ${lang === 'zh-CN' ? r.nameZh : r.nameEn}`, path: '/agencies' }]));
};

const contact: SubjectDescriber = async (db, ids) => {
  const rows = await db.select({ id: contacts.id, name: contacts.name }).from(contacts).where(inArray(contacts.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: r.name, path: `/contacts/${r.id}` }]));
};

const user: SubjectDescriber = async (db, ids) => {
  const rows = await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: `${r.displayName} (${r.username})`, path: '/users' }]));
};

const party: SubjectDescriber = async (db, ids, lang) => {
  const codes = ids.filter((id) => /^[A-Z]{2}$/.test(id));
  const rows = await db.select({ code: parties.code, nameEn: parties.nameEn, nameZh: parties.nameZh }).from(parties).where(inArray(parties.code, codes));
  return new Map(rows.map((r) => [r.code, { label: `${r.code} — ${lang === 'zh-CN' ? r.nameZh : r.nameEn}`, path: null }]));
};

export const directoryAuditSubjects: SubjectDescribers = { agency, contact, user, party };
