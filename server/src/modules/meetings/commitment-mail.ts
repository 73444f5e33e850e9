// Email about a commitment to the owning agency's people, each in their own language, written as mail jobs in the
// caller's transaction (one per person, keyed by the clock job and the person, so a job run twice mails nobody twice):
// a reminder before the due date to the agency's officers and supervisors, and an escalation once it has passed to
// its supervisors. The text is quoted as written, except for an AMBER+STRICT or RED commitment, whose mail carries
// its reference only; the topic is labelled from data/meetings.json and the due date written as the web app writes it.
import { and, arrayOverlaps, eq, isNotNull } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Locale } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { dayText } from '../../platform/day-text.js';
import { enqueueMail } from '../../platform/mail/index.js';
import { agencyTable, userTable } from '../directory/index.js';
import { meetingLists } from './kit.js';
import type { CommitmentRow } from './wire-commitments.js';

export type CommitmentMailKind = 'reminder' | 'escalation';
export type CommitmentMailVars = { reference: string; agency: string; topic: string; text: string | null; due: string; meetingReference: string | null; link: string | null };

/** A commitment marked so carries its reference only in mail: its text stays on the node. */
const REFERENCE_ONLY: ReadonlySet<string> = new Set(['TLP:AMBER+STRICT', 'TLP:RED']);
/** Who hears of each: the reminder goes to those who do the work, the escalation to those who answer for it. */
export const AUDIENCE: Record<CommitmentMailKind, readonly string[]> = { reminder: ['officer', 'supervisor'], escalation: ['supervisor'] };

const quoted = (v: CommitmentMailVars, lead: string) => (v.text === null ? '' : `${lead}“${v.text}”`);
const linkLine = (v: CommitmentMailVars, label: string) => (v.link ? `\n\n${label} ${v.link}` : '');
const madeAt = (v: CommitmentMailVars) => (v.meetingReference ? `, made at meeting ${v.meetingReference}` : '');
const madeAtZh = (v: CommitmentMailVars) => (v.meetingReference ? `，于会议 ${v.meetingReference} 作出` : '');

const TEXTS: Record<CommitmentMailKind, Record<Locale, (v: CommitmentMailVars) => { subject: string; text: string }>> = {
  reminder: {
    en: (v) => ({
      subject: `Reminder: commitment ${v.reference} is due on ${v.due}`,
      text: `${v.agency}'s commitment ${v.reference} (${v.topic}${madeAt(v)})${quoted(v, ': ')} is due on ${v.due}.\n\nReport its progress, or mark it done or dropped.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v) => ({
      subject: `提醒：承诺事项 ${v.reference} 须于${v.due}前完成`,
      text: `${v.agency}的承诺事项 ${v.reference}（${v.topic}${madeAtZh(v)}）${quoted(v, '：')}应于${v.due}前完成。\n\n请报告进展，或标记为已完成或已放弃。${linkLine(v, '查看：')}`,
    }),
  },
  escalation: {
    en: (v) => ({
      subject: `Overdue: commitment ${v.reference} was due on ${v.due}`,
      text: `${v.agency}'s commitment ${v.reference} (${v.topic}${madeAt(v)})${quoted(v, ': ')} was due on ${v.due} and is not done.\n\nAs a supervisor, please see that it is done, re-dated or dropped, and its progress reported.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v) => ({
      subject: `已逾期：承诺事项 ${v.reference} 应于${v.due}前完成`,
      text: `${v.agency}的承诺事项 ${v.reference}（${v.topic}${madeAtZh(v)}）${quoted(v, '：')}应于${v.due}前完成，目前尚未完成。\n\n请作为主管督促完成、调整期限或放弃，并报告进展。${linkLine(v, '查看：')}`,
    }),
  },
};

export const commitmentMail = (kind: CommitmentMailKind, locale: Locale, vars: CommitmentMailVars): { subject: string; text: string } => TEXTS[kind][locale](vars);

/** This party's active people of `agencyId` with any of `roles` and an address. */
function recipients(tx: Db, party: string, agencyId: string, roles: readonly string[]) {
  return tx
    .select({ id: userTable.id, email: userTable.email, locale: userTable.locale })
    .from(userTable)
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .where(and(eq(agencyTable.partyCode, party), eq(userTable.agencyId, agencyId), eq(userTable.isActive, true), isNotNull(userTable.email), arrayOverlaps(userTable.roles, [...roles])));
}

/** Mails `kind` about commitment `c` to its agency's people; returns how many were mailed. */
export async function mailCommitment(tx: Db, deps: { config: Config; now: Date }, c: CommitmentRow, kind: CommitmentMailKind, key: string): Promise<number> {
  if (!c.agencyId) return 0;
  const people = await recipients(tx, deps.config.party, c.agencyId, AUDIENCE[kind]);
  const topic = meetingLists.topics.find((t) => t.code === c.topic);
  const base = deps.config.publicUrl ? deps.config.publicUrl.replace(/\/$/, '') : null;
  const link = base ? (c.meetingId ? `${base}/meetings/${c.meetingId}` : `${base}/commitments`) : null;
  let mailed = 0;
  for (const person of people) {
    if (!person.email) continue;
    const locale: Locale = person.locale === 'zh-CN' ? 'zh-CN' : 'en';
    const zh = locale === 'zh-CN';
    const vars: CommitmentMailVars = {
      reference: c.reference, agency: c.agency.acronym, topic: topic?.[locale] ?? c.topic, text: REFERENCE_ONLY.has(c.handling) ? null : c.text,
      due: zh ? dayText(c.dueOn).zh : dayText(c.dueOn).en, meetingReference: c.meetingReference, link,
    };
    await enqueueMail(tx, deps.now, { to: person.email, ...commitmentMail(kind, locale, vars) }, `${key}:${person.id}`);
    mailed++;
  }
  return mailed;
}
