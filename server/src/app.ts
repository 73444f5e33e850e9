// Composes the node: platform plugins, module routes, the web app. No business logic here.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import { auditRoutes } from './platform/audit/index.js';
import type { Clock } from './platform/clock.js';
import type { Database } from './platform/db.js';
import { registerAccess, type AccessEntry } from './platform/http/access.js';
import { clientErrorHandler, frameworkErrors } from './platform/http/framework-errors.js';
import { PUBLIC, registerOpenApi } from './platform/http/openapi.js';
import { registerTextGuard } from './platform/http/text-guard.js';
import { registerIdempotency } from './platform/idempotency/hooks.js';
import { registerNotFound, registerProblemHandlers } from './platform/http/problem.js';
import { isApiPath, registerWeb } from './platform/http/web.js';
import { loggerOptions } from './platform/log.js';
import { createMetrics } from './platform/metrics.js';
import { schemaVersion } from './platform/schema-version.js';
import type { SecretBox } from './platform/secret-box.js';
import { createVault, vaultJobHandlers, type Vault } from './platform/vault/index.js';
import { accountAuditSubjects, accountRoutes } from './modules/accounts/index.js';
import { registerRequestContext } from './request-context.js';
import { directoryAuditSubjects, directoryRepo, directoryRoutes } from './modules/directory/index.js';
import { createExchangeRuntime, exchangeAuditSubjects, exchangeRoutes, type ExchangeRuntime } from './modules/exchange/index.js';
import { exchangeHandlers } from './exchange-kinds.js';
import { textSources } from './text-sources.js';
import { shippedRegistry, substanceAuditSubjects, substanceRoutes } from './modules/substances/index.js';
import { clockHandlers, notificationAuditSubjects, notificationRoutes } from './modules/notifications/index.js';
import { entityRoutes } from './modules/entities/index.js';
import { incidentAuditSubjects, incidentFigureRoutes, incidentReferenceRoutes, incidentRoutes, incidentTransferRoutes } from './modules/incidents/index.js';
import { requestAuditSubjects, requestClockHandlers, requestFigureRoutes, requestRoutes, requestStepRoutes } from './modules/requests/index.js';
import { commitmentClockHandlers, commitmentRoutes, meetingAuditSubjects, meetingFigureRoutes, meetingRoutes, publicReadoutRoutes, readoutRoutes } from './modules/meetings/index.js';
import { createJobRunner, type JobRunner } from './platform/jobs/index.js';
import { createMailer, MAIL_QUEUE, mailJobHandler } from './platform/mail/index.js';
import { machineTranslationHandlers, translationRoutes, type TranslationDeps } from './platform/translation/index.js';
import { APP_VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Delivery, catch-up and peer checks; `serveNode` starts its loop, tests drive it directly. */
    exchange: ExchangeRuntime;
    /** Reminders, escalations and email; `serveNode` starts its loop, tests call `runDue()` with a moved clock. */
    jobs: JobRunner;
    /** Every API operation with the roles it admits (platform/http/access.ts); the authorisation matrix test walks it. */
    accessTable: AccessEntry[];
    /** The personal-data vault, one per process (its keys are cached in memory); modules register re-sealers on it. */
    vault: Vault;
  }
}

/** `vault`: the process's vault when the caller made it (node.ts); otherwise buildApp makes one. */
export type AppDeps = { config: Config; database: Database; clock: Clock; box: SecretBox; vault?: Vault | undefined; logger?: boolean };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

// Each module's free text, for translation: modules name their records' texts (TextSource, text-sources.ts), as they
// describe their audit subjects; a person's translation carries their display name from the directory.
const translationDeps: TranslationDeps = {
  sources: textSources,
  personName: async (db, userId) => (await directoryRepo.getUser(db, userId))?.displayName ?? null,
};

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  // RDKit and the shipped substance data load once per process; bad data stops the node here, naming each problem.
  await shippedRegistry();
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: 1024 * 1024,
    // The client address feeds the sign-in rate limit and the audit trail, so it is taken from X-Forwarded-For
    // only across the configured number of proxy hops.
    trustProxy: config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < config.trustProxyHops : false,
    // Refusals by the router and the HTTP parser are problem+json too (platform/http/framework-errors.ts).
    frameworkErrors,
    clientErrorHandler,
    requestIdHeader: false, // genReqId decides, so a caller's id is validated before it reaches logs
    // A caller's own request id is kept when it is well-formed, so logs join up across nodes.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  await app.register(helmet, {
    // Strict-Transport-Security only from a node served over HTTPS: never over plain HTTP (RFC 6797 §7.2), as from
    // a LAN test install.
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        // On a plain-HTTP node (a LAN test install) this directive would send the app's own scripts to https.
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await registerOpenApi(app, APP_VERSION);
  const metrics = createMetrics(database);
  metrics.register(app, { token: config.metricsToken });

  // The node makes both vault keys before it serves (node.ts openNode: a key made inside a request's transaction
  // would outlive its rollback in memory); the app itself needs no database to be built (openapi-document.ts).
  const vault = deps.vault ?? createVault({ db: database.db, box: deps.box, clock: deps.clock });
  app.decorate('vault', vault);
  registerRequestContext(app, { ...deps, vault });
  app.decorate('accessTable', registerAccess(app));
  registerTextGuard(app);
  registerIdempotency(app, { db: database.db, clock: deps.clock, box: deps.box });
  const exchange = createExchangeRuntime({ db: database.db, clock: deps.clock, config, box: deps.box, vault, handlers: exchangeHandlers }, app.log, database.listen);
  app.decorate('exchange', exchange);
  app.addHook('onClose', () => exchange.stop());
  const mailer = createMailer(config.mail, app.log);
  const jobs = createJobRunner({ db: database.db, clock: deps.clock, log: app.log, handlers: { [MAIL_QUEUE]: mailJobHandler(mailer), ...clockHandlers({ db: database.db, clock: deps.clock, config }), ...requestClockHandlers({ db: database.db, clock: deps.clock, config, box: deps.box, vault }), ...commitmentClockHandlers({ db: database.db, clock: deps.clock, config, box: deps.box }), ...machineTranslationHandlers({ db: database.db, clock: deps.clock, config, box: deps.box, vault, sources: translationDeps.sources }), ...vaultJobHandlers({ db: database.db, clock: deps.clock, vault }) } });
  app.decorate('jobs', jobs);
  app.addHook('onClose', async () => {
    await jobs.stop();
    mailer.close();
  });

  app.get(
    '/api/v1/health',
    { schema: { tags: ['node'], security: PUBLIC, summary: 'Whether the node and its database are up, with their versions', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), schemaVersion: z.string(), version: z.string() }) } } },
    async () => ({ status: 'ok' as const, database: database.kind, schemaVersion: await schemaVersion(database.db), version: APP_VERSION }),
  );
  await app.register(
    async (api) => {
      await api.register(accountRoutes);
      await api.register(directoryRoutes);
      // The audit log names each module's subjects through the module's own describer.
      await api.register(auditRoutes, { subjects: { ...directoryAuditSubjects, ...accountAuditSubjects, ...exchangeAuditSubjects, ...notificationAuditSubjects, ...substanceAuditSubjects, ...incidentAuditSubjects, ...requestAuditSubjects, ...meetingAuditSubjects } });
      await api.register(exchangeRoutes, { runtime: exchange });
      await api.register(substanceRoutes);
      await api.register(notificationRoutes);
      await api.register(incidentReferenceRoutes);
      await api.register(incidentRoutes);
      await api.register(incidentTransferRoutes);
      await api.register(incidentFigureRoutes);
      await api.register(requestRoutes);
      await api.register(requestFigureRoutes);
      await api.register(requestStepRoutes);
      await api.register(meetingRoutes);
      await api.register(commitmentRoutes);
      await api.register(meetingFigureRoutes);
      await api.register(readoutRoutes);
      await api.register(entityRoutes);
      await api.register(translationRoutes, translationDeps);
    },
    { prefix: '/api/v1' },
  );
  // The working group's released readouts, for anyone: no sign-in, no JavaScript (modules/meetings/public-routes.ts).
  await app.register(publicReadoutRoutes);
  const hasWeb = await registerWeb(app);
  registerNotFound(app, hasWeb ? (req, reply) => (req.method === 'GET' && !isApiPath(req.url) ? reply.type('text/html').sendFile('index.html') : null) : undefined);
  return app;
}
