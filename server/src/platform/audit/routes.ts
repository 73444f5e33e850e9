// Read access to the audit trail for auditors (and administrators): browse with filters, verify the chain.
import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasRole } from '../context.js';
import { Forbidden } from '../errors.js';
import { pageOf } from '../sql.js';
import { zId, zPage } from '../validation.js';
import { auditLog } from './tables.js';
import { verifyAuditChain } from './verify.js';

const AuditQuery = z.strictObject({
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  actorId: zId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...zPage,
});

const AuditRow = z.object({
  seq: z.number(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  requestId: z.string().nullable(),
  change: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

const ChainReport = z.union([
  z.object({ ok: z.literal(true), checked: z.number(), headHash: z.string() }),
  z.object({ ok: z.literal(false), checked: z.number(), brokenAt: z.number(), reason: z.string() }),
]);

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['audit'];
  app.get('/audit', { schema: { tags, querystring: AuditQuery, response: { 200: z.object({ items: z.array(AuditRow), total: z.number(), page: z.number(), pageSize: z.number() }) } } }, async (req) => {
    const ctx = req.ctx();
    if (!hasRole(ctx.actor, 'auditor', 'admin')) throw new Forbidden('only auditors and administrators read the audit log');
    const q = req.query;
    const where: SQL[] = [];
    if (q.action) where.push(eq(auditLog.action, q.action));
    if (q.subjectType) where.push(eq(auditLog.subjectType, q.subjectType));
    if (q.subjectId) where.push(eq(auditLog.subjectId, q.subjectId));
    if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
    if (q.from) where.push(gte(auditLog.at, new Date(q.from)));
    if (q.to) where.push(lte(auditLog.at, new Date(q.to)));
    const { limit, offset } = pageOf(q);
    const items = await ctx.db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.seq)).limit(limit).offset(offset);
    const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(and(...where));
    return { items, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
  });

  app.get('/audit/verification', { schema: { tags, summary: 'Walk the hash chain and report the first broken row', response: { 200: ChainReport } } }, async (req) => {
    const ctx = req.ctx();
    if (!hasRole(ctx.actor, 'auditor', 'admin')) throw new Forbidden('only auditors and administrators verify the audit log');
    return verifyAuditChain(ctx.db);
  });
};
