// Notifications: pre-export notifications for precursor chemicals (INCB PEN Online between two nodes). The
// exporting agency drafts (every line screened), a second person reviews flagged lines, and sends; the importing
// node screens again with its own registry, runs a reply clock on its own calendar and time zone, and acknowledges,
// asks for information, clears or objects — clearances and objections signed by its node key, and for lines
// controlled there prepared by one officer and signed by a supervisor who did not prepare them (a party's rule).
// Invariants: each side edits only its own record (exporter: `notification`; importer: `notification-response`);
// only the exporting agency's officers act for it (an administrator's override is audited as one; policy.ts
// decides, every use case enforces); every transition is audited and shared in the same transaction; reminders and
// escalations are jobs enqueued with the deadline; an unidentified chemical is never sent as clear.
export { notificationRoutes } from './routes.js';
export { notificationHandler, responseHandler } from './receive.js';
export { NOTIFICATION_KIND, RESPONSE_KIND } from './wire.js';
export { ATTACHMENT_KIND, attachmentHandler } from './attachments.js';
export { clockHandlers } from './clock-handlers.js';
export { createDraft, updateDraft, sendNotification, reviewDraft, withdrawNotification, provideInformation, recordDecision } from './drafting.js';
export { replyTo, returnReply, signReply } from './replies.js';
export { getNotification, listNotifications, clearanceOf, setSigningRule } from './queries.js';
export { checkClearance, ClearanceBundle } from './clearance.js';
export { verifyClearanceBundle } from './clearance-offline.js';
export type { DraftInput, Notification } from './schemas.js';
export { notificationAuditSubjects } from './audit-subjects.js';
export { notificationTexts } from './texts.js';
export { notificationByReference, notificationsByReference, type NotificationRef } from './lookup.js';
export { indexUnindexedNotifications } from './entities.js';
