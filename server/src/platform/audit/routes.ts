// Read access to the audit trail for auditors (and administrators): browse with filters chosen from lists, export
// as CSV in either language (itself audited), verify the chain.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { hasRole, type Ctx } from '../context.js';
import { Forbidden } from '../errors.js';
import { pageOf } from '../sql.js';
import { withTx } from '../tx.js';
import { recordAudit } from './audit.js';
import { auditCsv } from './export.js';
import { pageOfAudit, vocabularyOf } from './queries.js';
import { AuditExportQuery, AuditPage, AuditQuery, AuditVocabulary, ChainReport } from './schemas.js';
import { actorOf, describeRows, type SubjectDescribers, type SubjectRef } from './subjects.js';
import { verifyAuditChain } from './verify.js';

const AUDIT_READERS = ['auditor', 'admin'] as const;

export type AuditRouteOptions = { subjects: SubjectDescribers };

function requireReader(ctx: Ctx, what: string): void {
  if (!hasRole(ctx.actor, ...AUDIT_READERS)) throw new Forbidden(`only auditors and administrators ${what}`);
}

/** The actors the filter list offers: users and tokens that acted, this node, its exchange service, its peers. */
async function actorsOf(ctx: Ctx, subjects: SubjectDescribers, found: { actorIds: string[]; peerCodes: string[] }): Promise<z.infer<typeof AuditVocabulary>['actors']> {
  const none = new Map<string, SubjectRef>();
  const users = (await subjects.user?.(ctx.db, found.actorIds, ctx.actor.locale)) ?? none;
  const tokens = (await subjects['api-token']?.(ctx.db, found.actorIds, ctx.actor.locale)) ?? none;
  const byId = found.actorIds.map((id) => {
    const token = tokens.get(id);
    if (token) return { actorId: id, actorLabel: null, actorKind: 'token' as const, actorName: token.label };
    return { actorId: id, actorLabel: null, ...actorOf({ actorId: id, actorLabel: id }, users) };
  });
  const nodeLabels = ['system', 'exchange', ...found.peerCodes.map((p) => `exchange:${p}`)];
  return [...byId, ...nodeLabels.map((label) => ({ actorId: null, actorLabel: label, ...actorOf({ actorId: null, actorLabel: label }, none) }))];
}

export const auditRoutes: FastifyPluginAsyncZod<AuditRouteOptions> = async (app, { subjects }) => {
  const tags = ['audit'];
  const config = { roles: AUDIT_READERS };
  app.get('/audit', { config, schema: { tags, operationId: 'listAuditEntries', summary: 'Read the audit log, newest first, with filters', querystring: AuditQuery, response: { 200: AuditPage } } }, async (req) => {
    const ctx = req.ctx();
    requireReader(ctx, 'read the audit log');
    const { lang, page, pageSize, ...filter } = req.query;
    const { items, total } = await pageOfAudit(ctx.db, filter, pageOf({ page, pageSize }));
    return { items: await describeRows(ctx.db, items, subjects, lang ?? ctx.actor.locale), total, page, pageSize };
  });

  app.get('/audit/vocabulary', { config, schema: { tags, summary: 'The actions, subject types and actors that occur in the log, for filter lists', response: { 200: AuditVocabulary } } }, async (req) => {
    const ctx = req.ctx();
    requireReader(ctx, 'read the audit log');
    const found = await vocabularyOf(ctx.db);
    return { actions: found.actions, subjectTypes: found.subjectTypes, actors: await actorsOf(ctx, subjects, found) };
  });

  app.get(
    '/audit/export',
    { config, schema: { tags, summary: 'The filtered audit log as CSV, labelled in the chosen language (at most 100,000 rows, newest first)', querystring: AuditExportQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const ctx = req.ctx();
      requireReader(ctx, 'export the audit log');
      const { lang, ...filter } = req.query;
      const locale = lang ?? ctx.actor.locale;
      await withTx(ctx, (tx) => recordAudit(tx, ctx, { action: 'audit.exported', subjectType: 'audit', subjectId: 'audit-log', change: { filter, lang: locale } }));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`)
        .send(auditCsv({ db: ctx.db, filter, describers: subjects, lang: locale }));
    },
  );

  app.get('/audit/verification', { config, schema: { tags, summary: 'Walk the hash chain and report the first broken row', response: { 200: ChainReport } } }, async (req) => {
    const ctx = req.ctx();
    requireReader(ctx, 'verify the audit log');
    return verifyAuditChain(ctx.db);
  });
};
