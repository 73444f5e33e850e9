// The emails of the reply clock, in the recipient's language: a reminder before a request's deadline to the requested
// party's officers and supervisors, an escalation to its supervisors once it has passed. Parties are named from the
// directory in the reader's language, the priority from data/requests.json; the subject is quoted as the requester
// wrote it, except for an AMBER+STRICT or RED request (subject null), whose mail carries its reference only. `due` is the deadline as a sentence ("by the end of 12 Oct 2026, Beijing time" for days, "13 Mar 2026,
// 04:00 Beijing time" for hours); `dueShort` is the same for subjects.
import type { Locale } from '../../platform/context.js';

export type MailVars = { reference: string; requesting: string; requested: string; priority: string; subject: string | null; due: string; dueShort: string; link: string | null };
export type MailKind = keyof typeof TEXTS;

const linkLine = (v: MailVars, label: string) => (v.link ? `\n\n${label} ${v.link}` : '');
/** The quoted subject, or nothing at all when it stays off the mail. */
const quoted = (v: MailVars, lead: string) => (v.subject === null ? '' : `${lead}“${v.subject}”`);

const TEXTS = {
  reminder: {
    en: (v: MailVars) => ({
      subject: `Reminder: request ${v.reference} from ${v.requesting} is due ${v.dueShort}`,
      text: `${v.requesting} asked ${v.requested} (${v.priority})${quoted(v, ': ')} (${v.reference}).\n\nThe answer is due ${v.due}. Answer it, give a partial answer, notify a delay, ask for clarification or refuse it with a reason.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `提醒：${v.requesting}的请求 ${v.reference} 须于${v.dueShort}答复`,
      text: `${v.requesting}向${v.requested}提出请求（${v.priority}）${quoted(v, '：')}（${v.reference}）。\n\n请于${v.due}答复：予以答复、部分答复、通知延期、要求澄清或说明理由拒绝。${linkLine(v, '查看：')}`,
    }),
  },
  escalation: {
    en: (v: MailVars) => ({
      subject: `Overdue: request ${v.reference} from ${v.requesting} was not answered ${v.dueShort}`,
      text: `The answer to ${v.requesting}'s request ${v.reference} (${v.priority}${quoted(v, ': ')}) was due ${v.due} and has not been given.\n\nAs a supervisor, please see that it is answered, or that a delay is notified.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `已逾期：${v.requesting}的请求 ${v.reference} 未在${v.dueShort}答复`,
      text: `${v.requesting}的请求 ${v.reference}（${v.priority}${quoted(v, '：')}）应于${v.due}答复，目前尚未答复。\n\n请作为主管督促答复或通知延期。${linkLine(v, '查看：')}`,
    }),
  },
} as const;

export function requestMail(kind: MailKind, locale: Locale, vars: MailVars): { subject: string; text: string } {
  return TEXTS[kind][locale](vars);
}
