// The emails of the reply clock, in the recipient's language. Coded values (parties, statuses) come from the
// directory's bilingual names; free text (chemical names as declared) is quoted as written.
import type { Locale } from '../../platform/context.js';

export type ClockMailVars = { reference: string; exporting: string; importing: string; chemicals: string; dueLocal: string; link: string | null };

const linkLine = (v: ClockMailVars, label: string) => (v.link ? `\n\n${label} ${v.link}` : '');

const TEXTS = {
  reminder: {
    en: (v: ClockMailVars) => ({
      subject: `Reminder: pre-export notification ${v.reference} is due ${v.dueLocal}`,
      text: `${v.exporting} notified ${v.importing} of an export of ${v.chemicals} (${v.reference}).\n\nThe reply is due by ${v.dueLocal}. Acknowledge it, ask for information, clear it or object.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: ClockMailVars) => ({
      subject: `提醒：出口前通知 ${v.reference} 将于 ${v.dueLocal} 到期`,
      text: `${v.exporting}已向${v.importing}发出出口前通知（${v.reference}），涉及：${v.chemicals}。\n\n请在 ${v.dueLocal} 前答复：确认收悉、要求补充信息、准予或提出反对。${linkLine(v, '查看：')}`,
    }),
  },
  escalation: {
    en: (v: ClockMailVars) => ({
      subject: `Overdue: pre-export notification ${v.reference} was not answered by ${v.dueLocal}`,
      text: `The reply to ${v.exporting}'s pre-export notification ${v.reference} (${v.chemicals}) was due by ${v.dueLocal} and has not been given.\n\nAs a supervisor, please see that it is answered.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: ClockMailVars) => ({
      subject: `已逾期：出口前通知 ${v.reference} 未在 ${v.dueLocal} 前答复`,
      text: `${v.exporting}的出口前通知 ${v.reference}（${v.chemicals}）应于 ${v.dueLocal} 前答复，目前尚未答复。\n\n请作为主管督促答复。${linkLine(v, '查看：')}`,
    }),
  },
} as const;

export function clockMail(kind: keyof typeof TEXTS, locale: Locale, vars: ClockMailVars): { subject: string; text: string } {
  return TEXTS[kind][locale](vars);
}
