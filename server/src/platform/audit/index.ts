// Audit: an append-only, hash-chained record of every change. Rows are written inside the change's own
// transaction; the database refuses updates and deletes; `verifyAuditChain` proves nothing was altered.
export { recordAudit, type AuditEntry } from './audit.js';
export { verifyAuditChain, type ChainReport } from './verify.js';
export { auditLog } from './tables.js';
export { auditRoutes } from './routes.js';
