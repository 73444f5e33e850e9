// The coded values of a notification in both languages, for the printed notification: the same words as the web
// app's catalogs (notifications.status, notifications.scheme, notificationForm.mode, notification.event.kind), so
// a printout reads as the screen does. A code without words here is printed as it is.
import type { Label } from '../../platform/pdf-fonts.js';

type Words = Record<string, Label>;

export const STATUS_WORDS: Words = {
  draft: { en: 'Draft', zh: '草稿' },
  sent: { en: 'Sent', zh: '已发送' },
  delivered: { en: 'Delivered', zh: '已送达' },
  acknowledged: { en: 'Acknowledged', zh: '已确认收到' },
  'info-requested': { en: 'Information requested', zh: '已要求补充信息' },
  'info-provided': { en: 'Information provided', zh: '已补充信息' },
  cleared: { en: 'Cleared', zh: '已准予' },
  objected: { en: 'Objected', zh: '已反对' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
};

export const SCHEME_WORDS: Words = {
  pen: { en: 'PEN', zh: '出口前通知（PEN）' },
  'pen-light': { en: 'PEN Light', zh: '简易出口前通知（PEN Light）' },
};

export const MODE_WORDS: Words = {
  sea: { en: 'Sea', zh: '海运' },
  air: { en: 'Air', zh: '空运' },
  road: { en: 'Road', zh: '公路' },
  rail: { en: 'Rail', zh: '铁路' },
  post: { en: 'Post', zh: '邮政' },
  courier: { en: 'Courier', zh: '快递' },
  other: { en: 'Other', zh: '其他' },
};

export const DECISION_WORDS: Words = {
  authorised: { en: 'Export authorised', zh: '已批准出口' },
  suspended: { en: 'Export suspended', zh: '已暂停出口' },
  refused: { en: 'Export refused', zh: '已拒绝出口' },
  shipped: { en: 'Shipped', zh: '已发运' },
  seized: { en: 'Seized', zh: '已查扣' },
};

export const EVENT_WORDS: Words = {
  drafted: { en: 'Drafted', zh: '起草' },
  edited: { en: 'Draft edited', zh: '修改草稿' },
  reviewed: { en: 'Reviewed by a supervisor', zh: '主管复核' },
  sent: { en: 'Sent', zh: '发送' },
  received: { en: 'Received', zh: '接收' },
  'screened-differently': { en: "Importer's screening differs", zh: '进口方筛查结论不同' },
  acknowledged: { en: 'Receipt acknowledged', zh: '确认收到' },
  'info-requested': { en: 'Information requested', zh: '要求补充信息' },
  'info-provided': { en: 'Information provided', zh: '提供补充信息' },
  'clock-restarted': { en: 'Reply clock restarted', zh: '答复期限重新计算' },
  'clearance-prepared': { en: 'Clearance prepared, awaiting signature', zh: '拟定准予（待签署）' },
  'objection-prepared': { en: 'Objection prepared, awaiting signature', zh: '拟定反对（待签署）' },
  'preparation-returned': { en: 'Sent back by a supervisor', zh: '主管退回' },
  cleared: { en: 'Cleared', zh: '准予' },
  objected: { en: 'Objected', zh: '反对' },
  withdrawn: { en: 'Withdrawn', zh: '撤回' },
  'decision-authorised': { en: 'Export authorised', zh: '批准出口' },
  'decision-suspended': { en: 'Export suspended', zh: '暂停出口' },
  'decision-refused': { en: 'Export refused', zh: '拒绝出口' },
  'decision-shipped': { en: 'Shipped', zh: '已发运' },
  'decision-seized': { en: 'Seized', zh: '已查扣' },
  'reminder-sent': { en: 'Reminder sent', zh: '发送到期提醒' },
  escalated: { en: 'Escalated to supervisors', zh: '上报主管' },
  'attachment-added': { en: 'Document added', zh: '添加随附文件' },
  'attachment-removed': { en: 'Document removed', zh: '移除随附文件' },
  renumbered: { en: 'Renumbered after a restore', zh: '恢复备份后重新编号' },
  'made-pen-here': { en: "Treated as a PEN under the importer's controls", zh: '进口方管制，按出口前通知（PEN）处理' },
};

/** The words for `code`, or the code itself in both languages. */
export const wordsFor = (words: Words, code: string): Label => words[code] ?? { en: code, zh: code };
