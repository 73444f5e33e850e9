// The audit log's words in both languages: every action code written anywhere (`recordAudit` accepts only these, so
// a new code cannot be written without a label) and every subject type. The web catalogs hold the same labels under
// `audit.actions.*` and `audit.subjects.*`; vocabulary.unit.test.ts keeps the three in step.
import type { Locale } from '../context.js';

type Label = Record<Locale, string>;

export const AUDIT_ACTIONS = {
  'agency.created': { en: 'Agency created', 'zh-CN': '新建机构' },
  'agency.updated': { en: 'Agency updated', 'zh-CN': '修改机构' },
  'audit.exported': { en: 'Audit log exported', 'zh-CN': '导出审计日志' },
  'contact.created': { en: 'Contact created', 'zh-CN': '新建联络人' },
  'contact.updated': { en: 'Contact updated', 'zh-CN': '修改联络人' },
  'contact.verified': { en: 'Contact verified', 'zh-CN': '核实联络人' },
  'contact.deactivated': { en: 'Contact deactivated', 'zh-CN': '停用联络人' },
  'contact.reactivated': { en: 'Contact reactivated', 'zh-CN': '重新启用联络人' },
  'contact.withdrawn': { en: 'Contact withdrawn from sharing', 'zh-CN': '撤回共享的联络人' },
  'contact.read': { en: 'Contact read (restricted handling)', 'zh-CN': '查阅联络人（受限处理）' },
  'exchange.key-rotated': { en: 'Node key rotated', 'zh-CN': '轮换节点密钥' },
  'exchange.received': { en: 'Records received from a peer', 'zh-CN': '收到对方节点的记录' },
  'exchange.recovered': { en: 'Own records recovered from a peer after a restore', 'zh-CN': '从备份恢复后向对方节点取回本方记录' },
  'incident.created': { en: 'Incident recorded', 'zh-CN': '登记事件' },
  'incident.updated': { en: 'Incident updated', 'zh-CN': '修改事件' },
  'incident.withdrawn': { en: 'Incident withdrawn', 'zh-CN': '撤回事件' },
  'incident.read': { en: 'Incident read (restricted handling)', 'zh-CN': '查阅事件（受限处理）' },
  'incident.follow-up-added': { en: 'Follow-up added', 'zh-CN': '添加后续反馈' },
  'incident.follow-up-withdrawn': { en: 'Follow-up withdrawn', 'zh-CN': '撤回后续反馈' },
  'incident.exported': { en: 'Incidents exported (STIX)', 'zh-CN': '导出事件（STIX）' },
  'incident.imported': { en: 'Incidents imported', 'zh-CN': '导入事件' },
  'notification.read': { en: 'Notification read (restricted handling)', 'zh-CN': '查阅通知（受限处理）' },
  'notification.clearance-downloaded': { en: 'Clearance downloaded', 'zh-CN': '下载放行文件' },
  'notification.reply-period-set': { en: 'Reply period set', 'zh-CN': '设置答复期限' },
  'notification.signing-rule-set': { en: 'Signing rule set', 'zh-CN': '设置签署规则' },
  'notification.attachment-added': { en: 'Attachment added', 'zh-CN': '添加附件' },
  'notification.attachment-removed': { en: 'Attachment removed', 'zh-CN': '删除附件' },
  'notification.drafted': { en: 'Notification drafted', 'zh-CN': '起草通知' },
  'notification.edited': { en: 'Draft edited', 'zh-CN': '修改草稿' },
  'notification.reviewed': { en: 'Draft reviewed', 'zh-CN': '审核草稿' },
  'notification.sent': { en: 'Notification sent', 'zh-CN': '发送通知' },
  'notification.withdrawn': { en: 'Notification withdrawn', 'zh-CN': '撤回通知' },
  'notification.info-provided': { en: 'Information provided', 'zh-CN': '提供补充信息' },
  'notification.decision-authorised': { en: 'Export authorised', 'zh-CN': '批准出口' },
  'notification.decision-suspended': { en: 'Export suspended', 'zh-CN': '暂停出口' },
  'notification.decision-refused': { en: 'Export refused', 'zh-CN': '拒绝出口' },
  'notification.decision-shipped': { en: 'Shipment sent', 'zh-CN': '货物已发运' },
  'notification.decision-seized': { en: 'Shipment seized', 'zh-CN': '货物被查扣' },
  'notification.acknowledged': { en: 'Receipt acknowledged', 'zh-CN': '确认收到' },
  'notification.info-requested': { en: 'Information requested', 'zh-CN': '要求补充信息' },
  'notification.cleared': { en: 'Notification cleared', 'zh-CN': '准予放行' },
  'notification.objected': { en: 'Objection raised', 'zh-CN': '提出异议' },
  'notification.clearance-prepared': { en: 'Clearance prepared for signature', 'zh-CN': '拟定放行答复待签署' },
  'notification.objection-prepared': { en: 'Objection prepared for signature', 'zh-CN': '拟定异议答复待签署' },
  'notification.preparation-returned': { en: 'Prepared reply returned', 'zh-CN': '退回拟定的答复' },
  'party.created': { en: 'Party created', 'zh-CN': '新建参与方' },
  'party.updated': { en: 'Party updated', 'zh-CN': '修改参与方' },
  'peer.added': { en: 'Peer node added', 'zh-CN': '添加对方节点' },
  'peer.updated': { en: 'Peer node updated', 'zh-CN': '修改对方节点' },
  'peer.key-added': { en: 'Peer key added', 'zh-CN': '添加对方节点密钥' },
  'screening.created': { en: 'Bulk screening started', 'zh-CN': '开始批量筛查' },
  'security.exchange-rejected': { en: 'Exchange request refused', 'zh-CN': '拒绝交换请求' },
  'session.created': { en: 'Signed in', 'zh-CN': '登录' },
  'session.ended': { en: 'Signed out', 'zh-CN': '退出登录' },
  'session.login-failed': { en: 'Sign-in failed', 'zh-CN': '登录失败' },
  'substance.created': { en: 'Substance added', 'zh-CN': '新增物质' },
  'substance.control-added': { en: 'Control added', 'zh-CN': '新增管制' },
  'substance.control-amended': { en: 'Control amended', 'zh-CN': '修改管制' },
  'token.created': { en: 'API token created', 'zh-CN': '创建 API 令牌' },
  'token.revoked': { en: 'API token revoked', 'zh-CN': '吊销 API 令牌' },
  'translation.added': { en: 'Translation added', 'zh-CN': '添加译文' },
  'translation.corrected': { en: 'Translation corrected', 'zh-CN': '修改译文' },
  'translation.machine-requested': { en: 'Machine translation requested', 'zh-CN': '申请机器翻译' },
  'translation.machine-added': { en: 'Machine translation stored', 'zh-CN': '保存机器译文' },
  'user.created': { en: 'User created', 'zh-CN': '新建用户' },
  'user.updated': { en: 'User updated', 'zh-CN': '修改用户' },
  'user.locked': { en: 'Account locked', 'zh-CN': '账户被锁定' },
  'user.password-changed': { en: 'Password changed', 'zh-CN': '修改密码' },
  'user.password-check-failed': { en: 'Wrong current password', 'zh-CN': '当前密码错误' },
  'user.password-reset': { en: 'Password reset', 'zh-CN': '重置密码' },
  'user.profile-updated': { en: 'Profile updated', 'zh-CN': '修改个人资料' },
  'user.totp-enrolment-started': { en: 'Authenticator set-up started', 'zh-CN': '开始设置身份验证器' },
  'user.totp-enabled': { en: 'Two-step sign-in turned on', 'zh-CN': '启用两步登录' },
  'user.totp-disabled': { en: 'Two-step sign-in turned off', 'zh-CN': '停用两步登录' },
} as const satisfies Record<string, Label>;

export const AUDIT_SUBJECTS = {
  agency: { en: 'Agency', 'zh-CN': '机构' },
  'api-token': { en: 'API token', 'zh-CN': 'API 令牌' },
  audit: { en: 'Audit log', 'zh-CN': '审计日志' },
  contact: { en: 'Contact', 'zh-CN': '联络人' },
  incident: { en: 'Incident', 'zh-CN': '事件' },
  'node-key': { en: 'Node key', 'zh-CN': '节点密钥' },
  notification: { en: 'Notification', 'zh-CN': '通知' },
  party: { en: 'Party', 'zh-CN': '参与方' },
  peer: { en: 'Peer node', 'zh-CN': '对方节点' },
  screening: { en: 'Bulk screening', 'zh-CN': '批量筛查' },
  substance: { en: 'Substance', 'zh-CN': '物质' },
  user: { en: 'User', 'zh-CN': '用户' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditSubjectType = keyof typeof AUDIT_SUBJECTS;
/** The part after `<prefix>.` of the action codes under one prefix, for modules that compose their codes. */
export type AuditVerb<P extends string> = AuditAction extends infer A ? (A extends `${P}.${infer V}` ? V : never) : never;

/** A code written before this table knew it (an older version's) reads as itself. */
export const actionLabel = (code: string, lang: Locale): string => (AUDIT_ACTIONS as Record<string, Label | undefined>)[code]?.[lang] ?? code;
export const subjectLabel = (type: string, lang: Locale): string => (AUDIT_SUBJECTS as Record<string, Label | undefined>)[type]?.[lang] ?? type;
