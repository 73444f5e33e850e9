// The emails about notifications, in the recipient's language. Coded values (parties) come from the directory's
// bilingual names; free text (chemical names as declared) is quoted as written, with what the registry identifies
// each chemical as in the reader's language beside it (mail-out.ts). `due` is the whole deadline phrase ("by the end of
// 22 Dec 2026, Beijing time …" / "北京时间2026年12月22日24时前…"); `dueShort` leaves out the reader's clock, for subjects.
import type { Locale } from '../../platform/context.js';

export type MailVars = { reference: string; exporting: string; importing: string; chemicals: string; due: string; dueShort: string; link: string | null };
export type MailKind = keyof typeof TEXTS;

const linkLine = (v: MailVars, label: string) => (v.link ? `\n\n${label} ${v.link}` : '');

const TEXTS = {
  received: {
    en: (v: MailVars) => ({
      subject: `New pre-export notification ${v.reference} from ${v.exporting}`,
      text: `${v.exporting} notified ${v.importing} of an export of ${v.chemicals} (${v.reference}).\n\nThe reply is due ${v.due}.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `新的出口前通知 ${v.reference}（来自${v.exporting}）`,
      text: `${v.exporting}已向${v.importing}发出出口前通知（${v.reference}），涉及：${v.chemicals}。\n\n答复期限：${v.due}。${linkLine(v, '查看：')}`,
    }),
  },
  cleared: {
    en: (v: MailVars) => ({ subject: `${v.importing} cleared pre-export notification ${v.reference}`, text: `${v.importing} cleared the export of ${v.chemicals} (${v.reference}). The signed clearance can be downloaded.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.importing}已准予出口前通知 ${v.reference}`, text: `${v.importing}已准予出口${v.chemicals}（${v.reference}），可下载签名的准予决定书。${linkLine(v, '查看：')}` }),
  },
  objected: {
    en: (v: MailVars) => ({ subject: `${v.importing} objected to pre-export notification ${v.reference}: stop the shipment`, text: `${v.importing} objected to the export of ${v.chemicals} (${v.reference}). The shipment must not proceed; record the export decision.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.importing}反对出口前通知 ${v.reference}：请停止装运`, text: `${v.importing}反对出口${v.chemicals}（${v.reference}），该批货物不得装运，请记录出口决定。${linkLine(v, '查看：')}` }),
  },
  'info-requested': {
    en: (v: MailVars) => ({ subject: `${v.importing} asks for information on pre-export notification ${v.reference}`, text: `${v.importing} asked for more information about the export of ${v.chemicals} (${v.reference}). Its reply clock stops until you provide it.${linkLine(v, 'Open:')}` }),
    'zh-CN': (v: MailVars) => ({ subject: `${v.importing}要求补充出口前通知 ${v.reference} 的信息`, text: `${v.importing}要求补充关于出口${v.chemicals}（${v.reference}）的信息。在您提供信息之前，其答复期限暂停计算。${linkLine(v, '查看：')}` }),
  },
  // To the exporter: its PEN Light names a chemical the importing party controls, so the importer handles it as a PEN.
  'made-pen-by-importer': {
    en: (v: MailVars) => ({
      subject: `${v.importing} treats pre-export notification ${v.reference} as a PEN`,
      text: `${v.importing}'s own screening finds a chemical of ${v.reference} (${v.chemicals}) controlled under its law. Sent as a PEN Light, the notification is a PEN for ${v.importing}, which handles it under its rules for controlled chemicals. The line concerned is marked on the notification.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `${v.importing}将出口前通知 ${v.reference} 按 PEN 处理`,
      text: `${v.importing}经自行筛查，认定出口前通知 ${v.reference}（${v.chemicals}）所列化学品中有受其法律管制的品种。该通知以简易出口前通知（PEN Light）发出，但${v.importing}将其作为出口前通知（PEN），按其管制化学品的规定处理。相关行已在通知中标明。${linkLine(v, '查看：')}`,
    }),
  },
  reminder: {
    en: (v: MailVars) => ({
      subject: `Reminder: pre-export notification ${v.reference} is due ${v.dueShort}`,
      text: `${v.exporting} notified ${v.importing} of an export of ${v.chemicals} (${v.reference}).\n\nThe reply is due ${v.due}. Acknowledge it, ask for information, clear it or object.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `提醒：出口前通知 ${v.reference} 须于${v.dueShort}答复`,
      text: `${v.exporting}已向${v.importing}发出出口前通知（${v.reference}），涉及：${v.chemicals}。\n\n请于${v.due}答复：确认收悉、要求补充信息、准予或提出反对。${linkLine(v, '查看：')}`,
    }),
  },
  escalation: {
    en: (v: MailVars) => ({
      subject: `Overdue: pre-export notification ${v.reference} was not answered ${v.dueShort}`,
      text: `The reply to ${v.exporting}'s pre-export notification ${v.reference} (${v.chemicals}) was due ${v.due} and has not been given.\n\nAs a supervisor, please see that it is answered.${linkLine(v, 'Open:')}`,
    }),
    'zh-CN': (v: MailVars) => ({
      subject: `已逾期：出口前通知 ${v.reference} 未在${v.dueShort}答复`,
      text: `${v.exporting}的出口前通知 ${v.reference}（${v.chemicals}）应于${v.due}答复，目前尚未答复。\n\n请作为主管督促答复。${linkLine(v, '查看：')}`,
    }),
  },
} as const;

export function notificationMail(kind: MailKind, locale: Locale, vars: MailVars): { subject: string; text: string } {
  return TEXTS[kind][locale](vars);
}
