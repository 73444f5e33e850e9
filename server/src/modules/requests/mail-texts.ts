// The emails about requests, in the recipient's language. On the requested party's node: a new request (or
// spontaneous information) as it arrives, to its officers and supervisors; a clarification or a closure of the
// requesting party, to its officers; the reply clock's reminder before the deadline, to its officers and supervisors,
// and its escalation once it has passed, to its supervisors. On the requesting party's node: an answer, a partial
// answer, a refusal, a delay notice or a request for clarification of the requested party, to the officers of the
// requesting agency. Parties are named from the directory in the reader's language, the priority from
// data/requests.json; the subject is quoted as the requester wrote it, except for an AMBER+STRICT or RED request or
// step (subject null), whose mail carries its reference only; a step's own content never goes by mail. `due` is the
// deadline as a sentence ("by the end of 12 Oct 2026, Beijing time" for days, "13 Mar 2026, 04:00 Beijing time" for
// hours, and for days restarted overdue), empty when none runs — and in a clarification's mail, empty unless that
// clarification restarted the clock; `dueShort` is the same for subjects; `expected` is a delay notice's new date
// ("by the end of 20 Oct 2026, Beijing time").
import type { Locale } from '../../platform/context.js';

export type MailVars = {
  reference: string;
  requesting: string;
  requested: string;
  priority: string;
  subject: string | null;
  isSpontaneous: boolean;
  due: string;
  dueShort: string;
  expected: string;
  link: string | null;
};
export type MailKind = keyof typeof TEXTS;

const linkLine = (v: MailVars, label: string) => (v.link ? `\n\n${label} ${v.link}` : '');
/** The quoted subject, or nothing at all when it stays off the mail. */
const quoted = (v: MailVars, lead: string) => (v.subject === null ? '' : `${lead}“${v.subject}”`);
/** "(Normal: “subject”)" / "（一般：“subject”）" after a reference. */
const about = (v: MailVars) => `(${v.priority}${quoted(v, ': ')})`;
const aboutZh = (v: MailVars) => `（${v.priority}${quoted(v, '：')}）`;

const TEXTS = {
  received: {
    en: (v: MailVars) =>
      v.isSpontaneous
        ? { subject: `Spontaneous information ${v.reference} from ${v.requesting}`, text: `${v.requesting} sent ${v.requested} spontaneous information${quoted(v, ': ')} (${v.reference}). No answer is expected.${linkLine(v, 'Open:')}` }
        : { subject: `New request ${v.reference} from ${v.requesting}`, text: `${v.requesting} asked ${v.requested} (${v.priority})${quoted(v, ': ')} (${v.reference}).${v.due ? `\n\nThe answer is due ${v.due}.` : ''}${linkLine(v, 'Open:')}` },
    'zh-CN': (v: MailVars) =>
      v.isSpontaneous
        ? { subject: `${v.requesting}主动提供情报 ${v.reference}`, text: `${v.requesting}向${v.requested}主动提供情报${quoted(v, '：')}（${v.reference}），无需答复。${linkLine(v, '查看：')}` }
        : { subject: `新请求 ${v.reference}（来自${v.requesting}）`, text: `${v.requesting}向${v.requested}提出请求（${v.priority}）${quoted(v, '：')}（${v.reference}）。${v.due ? `\n\n请于${v.due}答复。` : ''}${linkLine(v, '查看：')}` },
  },
  answer: {
    en: (v: MailVars) => ({ subject: `${v.requested} answered request ${v.reference}`, text: `${v.requested} answered ${v.requesting}'s request ${v.reference} ${about(v)}.\n\nRead the answer, and close the request when nothing more is needed.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requested}已答复请求 ${v.reference}`, text: `${v.requested}已答复${v.requesting}的请求 ${v.reference}${aboutZh(v)}。\n\n请查阅答复；如无其他需要，可关闭该请求。${linkLine(v, '查看：')}` }),
  },
  'partial-answer': {
    en: (v: MailVars) => ({ subject: `${v.requested} partly answered request ${v.reference}`, text: `${v.requested} gave a partial answer to ${v.requesting}'s request ${v.reference} ${about(v)}. The rest of the answer is still to come.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requested}已部分答复请求 ${v.reference}`, text: `${v.requested}已对${v.requesting}的请求 ${v.reference}${aboutZh(v)}作出部分答复，其余部分尚待答复。${linkLine(v, '查看：')}` }),
  },
  refusal: {
    en: (v: MailVars) => ({ subject: `${v.requested} refused request ${v.reference}`, text: `${v.requested} refused ${v.requesting}'s request ${v.reference} ${about(v)} and gave its reason.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requested}拒绝了请求 ${v.reference}`, text: `${v.requested}已拒绝${v.requesting}的请求 ${v.reference}${aboutZh(v)}，并说明了理由。${linkLine(v, '查看：')}` }),
  },
  delay: {
    en: (v: MailVars) => ({ subject: `${v.requested} will answer request ${v.reference} later`, text: `${v.requested} notified a delay in answering ${v.requesting}'s request ${v.reference} ${about(v)}: it now expects to answer ${v.expected}.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requested}将延期答复请求 ${v.reference}`, text: `${v.requested}通知延期答复${v.requesting}的请求 ${v.reference}${aboutZh(v)}，现预计于${v.expected}答复。${linkLine(v, '查看：')}` }),
  },
  'clarification-requested': {
    en: (v: MailVars) => ({ subject: `${v.requested} asks for clarification of request ${v.reference}`, text: `${v.requested} asked for clarification of ${v.requesting}'s request ${v.reference} ${about(v)}.\n\nIts reply clock is stopped until the clarification is given.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requested}要求澄清请求 ${v.reference}`, text: `${v.requested}要求就${v.requesting}的请求 ${v.reference}${aboutZh(v)}作出澄清。\n\n在作出澄清之前，对方的答复期限暂停计算。${linkLine(v, '查看：')}` }),
  },
  clarification: {
    en: (v: MailVars) => ({ subject: `${v.requesting} clarified request ${v.reference}`, text: `${v.requesting} gave the clarification asked for on its request ${v.reference} ${about(v)}.${v.due ? `\n\nThe reply clock runs again: the answer is due ${v.due}.` : ''}${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requesting}已就请求 ${v.reference} 作出澄清`, text: `${v.requesting}已就其请求 ${v.reference}${aboutZh(v)}作出所要求的澄清。${v.due ? `\n\n答复期限恢复计算，请于${v.due}答复。` : ''}${linkLine(v, '查看：')}` }),
  },
  closure: {
    en: (v: MailVars) => ({ subject: `${v.requesting} closed request ${v.reference}`, text: `${v.requesting} closed its request ${v.reference} ${about(v)}. Nothing more is expected on it.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.requesting}已关闭请求 ${v.reference}`, text: `${v.requesting}已关闭其请求 ${v.reference}${aboutZh(v)}，无需再作答复。${linkLine(v, '查看：')}` }),
  },
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

/** The kinds mailed when a step of the other party arrives. */
export const STEP_MAILS = ['answer', 'partial-answer', 'refusal', 'delay', 'clarification-requested', 'clarification', 'closure'] as const satisfies readonly MailKind[];

export function requestMail(kind: MailKind, locale: Locale, vars: MailVars): { subject: string; text: string } {
  return TEXTS[kind][locale](vars);
}
