// Email about a request to this party's people, each in their own language, written as mail jobs in the caller's
// transaction (one per person, keyed, so a job run twice mails nobody twice).
import { and, arrayOverlaps, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Locale } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { enqueueMail } from '../../platform/mail/index.js';
import { deadlineText, instantText } from '../../platform/time-text.js';
import { agencyTable, partyTable, userTable } from '../directory/index.js';
import { requestMail, type MailKind } from './mail-texts.js';
import type * as repo from './repo.js';
import { requestLists } from './schemas.js';

/** A request marked so carries its reference only in mail: its subject stays on the node. */
const REFERENCE_ONLY: ReadonlySet<string> = new Set(['TLP:AMBER+STRICT', 'TLP:RED']);

async function recipients(tx: Db, party: string, roles: readonly string[]) {
  return tx
    .select({ id: userTable.id, email: userTable.email, locale: userTable.locale })
    .from(userTable)
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .where(and(eq(agencyTable.partyCode, party), eq(userTable.isActive, true), isNotNull(userTable.email), arrayOverlaps(userTable.roles, [...roles])));
}

/** The deadline as a sentence: an hour period ends at an instant, a period of days at the end of its last day. */
function dueWords(r: repo.Row, timeZone: string): { full: { en: string; zh: string }; short: { en: string; zh: string } } | null {
  if (!r.dueAt) return null;
  if (r.periodUnit !== 'hours') return deadlineText({ dueAt: r.dueAt, dueDate: null, dueTimeZone: timeZone });
  const at = instantText(r.dueAt, timeZone);
  const words = { en: `by ${at.en}`, zh: at.zh };
  return { full: words, short: words };
}

/** Mails `kind` about request `r` to this party's users with any of `roles`; returns how many. */
export async function mailParty(tx: Db, deps: { config: Config; now: Date }, r: repo.Row, kind: MailKind, roles: readonly string[], key: string): Promise<number> {
  const parties = await tx.select().from(partyTable).where(inArray(partyTable.code, [r.originParty, r.toParty]));
  const party = (code: string) => parties.find((p) => p.code === code);
  const nameOf = (code: string, locale: Locale) => (locale === 'zh-CN' ? party(code)?.nameZh : party(code)?.nameEn) ?? code;
  const due = dueWords(r, party(r.toParty)?.timeZone ?? 'UTC');
  const link = deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, '')}/requests/${r.id}` : null;
  const priority = requestLists.priorities.find((p) => p.code === r.priority);
  const people = await recipients(tx, deps.config.party, roles);
  for (const person of people) {
    if (!person.email) continue;
    const locale: Locale = person.locale === 'zh-CN' ? 'zh-CN' : 'en';
    const lang = locale === 'zh-CN' ? 'zh' : 'en';
    const vars = { reference: r.reference, requesting: nameOf(r.originParty, locale), requested: nameOf(r.toParty, locale), priority: priority?.[locale] ?? r.priority, subject: REFERENCE_ONLY.has(r.handling) ? null : r.subject, due: due?.full[lang] ?? '', dueShort: due?.short[lang] ?? '', link };
    await enqueueMail(tx, deps.now, { to: person.email, ...requestMail(kind, locale, vars) }, `${key}:${person.id}`);
  }
  return people.length;
}
