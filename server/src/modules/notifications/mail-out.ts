// Email about a notification to this party's people, each in their own language, written as mail jobs in the
// caller's transaction (one per person, keyed, so nothing is sent twice): a new notification to the importer's
// officers, a reply to the exporter's, reminders and escalations of the clock.
import { and, arrayOverlaps, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Locale } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { enqueueMail } from '../../platform/mail/index.js';
import { deadlineText } from '../../platform/time-text.js';
import { agencyTable, partyTable, userTable } from '../directory/index.js';
import { storedResult } from '../substances/index.js';
import { notificationMail, type MailKind } from './mail-texts.js';
import * as repo from './repo.js';

async function recipients(tx: Db, party: string, roles: readonly string[]) {
  return tx
    .select({ id: userTable.id, email: userTable.email, locale: userTable.locale })
    .from(userTable)
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .where(and(eq(agencyTable.partyCode, party), eq(userTable.isActive, true), isNotNull(userTable.email), arrayOverlaps(userTable.roles, [...roles])));
}

/**
 * The chemicals as declared, each with what this node's screening identifies it as in the reader's language when
 * that is not what was declared: "4-Piperidone（4-哌啶酮）" for a Chinese reader.
 */
export function chemicalsFor(lines: readonly repo.LineRow[], importing: boolean, locale: Locale): string {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const named = lines.map((l) => {
    const own = storedResult(importing ? (l.receiverScreening ?? l.screening) : (l.screening ?? l.receiverScreening));
    const names = [...new Set((own?.identified ?? []).map((s) => s.label[lang]))].filter((n) => n !== l.declaredName);
    if (!names.length) return l.declaredName;
    return lang === 'zh' ? `${l.declaredName}（${names.join('、')}）` : `${l.declaredName} (${names.join('; ')})`;
  });
  return named.join(lang === 'zh' ? '、' : ', ');
}

/** Mails `kind` about notification `row` to this party's users with any of `roles`; returns how many. */
export async function mailParty(tx: Db, deps: { config: Config; now: Date }, row: repo.Row, kind: MailKind, roles: readonly string[], key: string): Promise<number> {
  const parties = await tx.select().from(partyTable).where(inArray(partyTable.code, [row.exportingParty, row.importingParty]));
  const zone = (code: string) => parties.find((p) => p.code === code)?.timeZone ?? 'UTC';
  const nameOf = (code: string, locale: Locale) => {
    const p = parties.find((x) => x.code === code);
    return p ? (locale === 'zh-CN' ? p.nameZh : p.nameEn) : code;
  };
  const lines = await repo.linesOf(tx, row.id);
  const link = deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, '')}/notifications/${row.id}` : null;
  const self = deps.config.party;
  const people = await recipients(tx, self, roles);
  // The importer's deadline in its own zone, and on this party's clock when that reads differently.
  const dueTimeZone = row.dueTimeZone ?? zone(row.importingParty);
  const due = row.dueAt ? deadlineText({ dueAt: row.dueAt, dueDate: row.dueDate, dueTimeZone, readerZone: zone(self) }) : null;
  for (const person of people) {
    if (!person.email) continue;
    const locale: Locale = person.locale === 'zh-CN' ? 'zh-CN' : 'en';
    const lang = locale === 'zh-CN' ? 'zh' : 'en';
    const chemicals = chemicalsFor(lines, self === row.importingParty, locale);
    const mail = notificationMail(kind, locale, { reference: row.reference, exporting: nameOf(row.exportingParty, locale), importing: nameOf(row.importingParty, locale), chemicals, due: due ? due.full[lang] : '', dueShort: due ? due.short[lang] : '', link });
    await enqueueMail(tx, deps.now, { to: person.email, ...mail }, `${key}:${person.id}`);
  }
  return people.length;
}
