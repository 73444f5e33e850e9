// Email about a request to this party's people, each in their own language, written as mail jobs in the caller's
// transaction (one per person, keyed, so a job run twice or a record delivered twice mails nobody twice): the reply
// clock's (clock-handlers.ts), a new request's as it arrives, and a step's of the other party (mail-texts.ts says who).
import { and, arrayOverlaps, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Ctx, Locale } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { stricter, type Handling } from '../../platform/handling/index.js';
import { enqueueMail } from '../../platform/mail/index.js';
import { deadlineText, instantText, wallClock } from '../../platform/time-text.js';
import { agencyTable, partyTable, userTable } from '../directory/index.js';
import { requestMail, STEP_MAILS, type MailKind } from './mail-texts.js';
import type * as repo from './repo.js';
import { requestLists } from './schemas.js';

/** A request marked so carries its reference only in mail: its subject stays on the node. */
const REFERENCE_ONLY: ReadonlySet<string> = new Set(['TLP:AMBER+STRICT', 'TLP:RED']);
/** The requesting party's steps, mailed to the requested party (the requested party's go to the requesting agency). */
const MAILED_TO_REQUESTED: ReadonlySet<string> = new Set(['clarification', 'closure']);

/** Whom a mail goes to: this party's active users with any of `roles`, of one agency only when `agencyId` is given. */
export type Audience = { roles: readonly string[]; agencyId?: string | null };

async function recipients(tx: Db, party: string, to: Audience) {
  const ofAgency: SQL | undefined = to.agencyId ? eq(userTable.agencyId, to.agencyId) : undefined;
  return tx
    .select({ id: userTable.id, email: userTable.email, locale: userTable.locale })
    .from(userTable)
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .where(and(eq(agencyTable.partyCode, party), eq(userTable.isActive, true), isNotNull(userTable.email), arrayOverlaps(userTable.roles, [...to.roles]), ofAgency));
}

/** Whether `at` is a midnight on the clock of `timeZone` (to the millisecond). */
const isMidnight = (at: Date, timeZone: string): boolean => at.getTime() % 60_000 === 0 && wallClock(at, timeZone).time === '00:00';

/**
 * The deadline as a sentence: a period of days ends at the end of its last day (a local midnight of the receiver);
 * an hour period, and a clock of days restarted once it was overdue (due at the restart), at an instant.
 */
function dueWords(r: repo.Row, timeZone: string): { full: { en: string; zh: string }; short: { en: string; zh: string } } | null {
  if (!r.dueAt) return null;
  if (r.periodUnit !== 'hours' && isMidnight(r.dueAt, timeZone)) return deadlineText({ dueAt: r.dueAt, dueDate: null, dueTimeZone: timeZone });
  const at = instantText(r.dueAt, timeZone);
  const words = { en: `by ${at.en}`, zh: at.zh };
  return { full: words, short: words };
}

/** A delay notice's new date: "by the end of" its day when it is a midnight of the zone (as filed), else the instant. */
function expectedWords(at: Date | null, timeZone: string): { en: string; zh: string } | null {
  if (!at) return null;
  if (isMidnight(at, timeZone)) return deadlineText({ dueAt: at, dueDate: null, dueTimeZone: timeZone }).short;
  const words = instantText(at, timeZone);
  return { en: `by ${words.en}`, zh: `${words.zh}前` };
}

/** Mails `kind` about request `r` to this party's users the audience names; returns how many. */
export async function mailParty(tx: Db, deps: { config: Config; now: Date }, r: repo.Row, kind: MailKind, to: Audience, key: string): Promise<number> {
  const parties = await tx.select().from(partyTable).where(inArray(partyTable.code, [r.originParty, r.toParty]));
  const party = (code: string) => parties.find((p) => p.code === code);
  const nameOf = (code: string, locale: Locale) => (locale === 'zh-CN' ? party(code)?.nameZh : party(code)?.nameEn) ?? code;
  const receiverZone = party(r.toParty)?.timeZone ?? 'UTC';
  const due = dueWords(r, receiverZone);
  const expected = expectedWords(r.expectedAt, receiverZone);
  const link = deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, '')}/requests/${r.id}` : null;
  const priority = requestLists.priorities.find((p) => p.code === r.priority);
  const people = await recipients(tx, deps.config.party, to);
  for (const person of people) {
    if (!person.email) continue;
    const locale: Locale = person.locale === 'zh-CN' ? 'zh-CN' : 'en';
    const lang = locale === 'zh-CN' ? 'zh' : 'en';
    const vars = {
      reference: r.reference, requesting: nameOf(r.originParty, locale), requested: nameOf(r.toParty, locale), priority: priority?.[locale] ?? r.priority, subject: REFERENCE_ONLY.has(r.handling) ? null : r.subject,
      isSpontaneous: r.type === 'spontaneous', due: due?.full[lang] ?? '', dueShort: due?.short[lang] ?? '', expected: expected?.[lang] ?? '', link,
    };
    await enqueueMail(tx, deps.now, { to: person.email, ...requestMail(kind, locale, vars) }, `${key}:${person.id}`);
  }
  return people.length;
}

/** A request asked of this party has arrived: its officers and supervisors hear of it, once. */
export const mailArrivedRequest = (tx: Db, ctx: Ctx, r: repo.Row): Promise<number> =>
  mailParty(tx, { config: ctx.config, now: ctx.clock.now() }, r, 'received', { roles: ['officer', 'supervisor'] }, `request-received:${r.id}`);

/**
 * A step of the other party has arrived (`r` as it now stands): the requesting agency's officers hear of an answer,
 * a partial answer, a refusal, a delay notice or a request for clarification; the requested party's officers of a
 * clarification or a closure. A step marked stricter than its request keeps the request's subject off the mail too.
 * `restarted`: the step restarted the reply clock (a clarification asked for): only then does the mail say when the
 * answer is now due — a clarification that crossed an answer, or came when no clock was stopped, restarts nothing.
 */
export async function mailArrivedStep(tx: Db, ctx: Ctx, r: repo.Row, s: repo.StepRow, restarted: boolean): Promise<number> {
  const kind = STEP_MAILS.find((k) => k === s.kind);
  if (!kind) return 0;
  const toRequester = !MAILED_TO_REQUESTED.has(kind);
  if ((toRequester ? r.originParty : r.toParty) !== ctx.config.party) return 0;
  const handling = stricter((s.handling ?? r.handling) as Handling, r.handling as Handling);
  const to: Audience = { roles: ['officer'], agencyId: toRequester ? r.agencyId : null };
  const told = { ...r, handling, dueAt: restarted ? r.dueAt : null };
  return mailParty(tx, { config: ctx.config, now: ctx.clock.now() }, told, kind, to, `request-step:${s.id}`);
}
