// How the audit log names this module's subjects: agencies, contacts, users and parties (one query per type).
import { inArray } from 'drizzle-orm';
import { uuidsOnly, type SubjectDescriber, type SubjectDescribers } from '../../platform/audit/index.js';
import { nameForReader } from '../../platform/names.js';
import { agencies, contacts, parties, users } from './tables.js';

const agency: SubjectDescriber = async (db, ids, lang) => {
  const rows = await db.select({ id: agencies.id, partyCode: agencies.partyCode, acronym: agencies.acronym, nameEn: agencies.nameEn, nameZh: agencies.nameZh }).from(agencies).where(inArray(agencies.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: `${r.partyCode} ${r.acronym} — ${lang === 'zh-CN' ? r.nameZh : r.nameEn}`, path: '/agencies' }]));
};

// People's names as the reader reads them (pinyin beside a Chinese name, a Chinese rendering before an English one).
const contact: SubjectDescriber = async (db, ids, lang) => {
  const rows = await db.select({ id: contacts.id, name: contacts.name, nameZh: contacts.nameZh, kind: contacts.kind }).from(contacts).where(inArray(contacts.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: nameForReader(r, lang, { isPerson: r.kind === 'person' }), path: `/contacts/${r.id}` }]));
};

const user: SubjectDescriber = async (db, ids, lang) => {
  const rows = await db.select({ id: users.id, username: users.username, displayName: users.displayName, displayNameZh: users.displayNameZh }).from(users).where(inArray(users.id, uuidsOnly(ids)));
  return new Map(rows.map((r) => [r.id, { label: `${nameForReader({ name: r.displayName, nameZh: r.displayNameZh }, lang)} · ${r.username}`, path: '/users' }]));
};

const party: SubjectDescriber = async (db, ids, lang) => {
  const codes = ids.filter((id) => /^[A-Z]{2}$/.test(id));
  const rows = await db.select({ code: parties.code, nameEn: parties.nameEn, nameZh: parties.nameZh }).from(parties).where(inArray(parties.code, codes));
  return new Map(rows.map((r) => [r.code, { label: `${r.code} — ${lang === 'zh-CN' ? r.nameZh : r.nameEn}`, path: null }]));
};

export const directoryAuditSubjects: SubjectDescribers = { agency, contact, user, party };
