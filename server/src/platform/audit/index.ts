// Audit: an append-only, hash-chained record of every change. Rows are written inside the change's own
// transaction; the database refuses updates and deletes; `verifyAuditChain` proves nothing was altered. Every action
// code and subject type is labelled in both languages (vocabulary.ts); modules name their subjects (SubjectDescriber).
export { recordAudit, recordAuditMany, type AuditEntry } from './audit.js';
export { verifyAuditChain, type ChainReport } from './verify.js';
export { auditLog } from './tables.js';
export { auditRoutes, type AuditRouteOptions } from './routes.js';
export { uuidsOnly, type SubjectDescriber, type SubjectDescribers, type SubjectRef } from './subjects.js';
export { AUDIT_ACTIONS, AUDIT_SUBJECTS, type AuditAction, type AuditSubjectType, type AuditVerb } from './vocabulary.js';
