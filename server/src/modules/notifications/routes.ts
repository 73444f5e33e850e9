// HTTP for pre-export notifications: schema, guard, call the use case, pick the status code.
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { idempotencyKeyOf } from '../../platform/idempotency/hooks.js';
import type { Ctx } from '../../platform/context.js';
import { attachmentDisposition } from '../../platform/http/download.js';
import { LIST_EXPORT_MAX_ROWS, sendListCsv } from '../../platform/list-export.js';
import { zId, zPartyCode, zQueryBool } from '../../platform/validation.js';
import { ExchangeState } from '../exchange/index.js';
import { ClearanceBundle } from './clearance.js';
import { clearancePdfOf, verifyClearance, VerifyInput, VerifyResult } from './clearance-service.js';
import { addAttachment, ATTACHMENT_MAX_BYTES, removeAttachment } from './attachments.js';
import { IMPORT_MAX_ROWS, ImportReport, importNotifications } from './csv-import.js';
import * as drafting from './drafting.js';
import { FigureRow, figuresCsv, FiguresQuery, notificationFigures } from './figures.js';
import { exportNotificationsCsv, NotificationExportQuery } from './list-export.js';
import { notificationPdfOf } from './notification-pdf-service.js';
import { phraseLists, PhraseLists } from './phrases.js';
import * as queries from './queries.js';
import { replyTo, returnReply, signReply } from './replies.js';
import * as S from './schemas.js';
import { ATTACHMENT_TYPES } from './schemas.js';

const tags = ['notifications'];
const IdParams = z.strictObject({ id: zId });
const AttachmentParams = z.strictObject({ id: zId, attachmentId: zId });
const Empty = z.strictObject({}).nullish();
// Who may call what (platform/http/access.ts); which agency's notification and four eyes are policy.ts's to decide.
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;
const WORKERS = ['officer', 'supervisor'] as const;
const ADMIN = ['admin'] as const;
const IMPORT_LIMIT_BYTES = 1024 * 1024;
const IMPORT_TYPES = ['text/csv', 'application/octet-stream'];
// An answer's documents in base64 (4/3 of their size), and room for the note.
const INFORMATION_LIMIT_BYTES = S.DOCUMENTS_PER_ANSWER * Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 1024 * 1024;

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/notifications', { config: { roles: READERS }, schema: { tags, summary: 'Inbox and outbox of pre-export notifications', querystring: S.NotificationQuery, response: { 200: S.NotificationPage } } }, async (req) =>
    queries.listNotifications(req.ctx(), req.query),
  );
  app.get(
    '/notifications.csv',
    { config: { roles: READERS }, schema: { tags, operationId: 'exportNotificationsCsv', summary: `The notifications the list gives this reader with these filters (every page, newest first, at most ${LIST_EXPORT_MAX_ROWS.toLocaleString('en')}; X-Truncated says whether rows were left out) as CSV with its header row in the reader's language; audited`, querystring: NotificationExportQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const { csv, bounds, fileName } = await exportNotificationsCsv(req.ctx(), req.query);
      return sendListCsv(reply, fileName, csv, bounds);
    },
  );
  app.get('/notifications/boxes', { config: { roles: READERS }, schema: { tags, summary: "How many notifications wait on this party in each box: the list opens where the reader's work is", response: { 200: S.NotificationBoxes } } }, async (req) =>
    queries.waitingByBox(req.ctx()),
  );

  app.post(
    '/notifications',
    {
      // The Idempotency-Key is kept in the notification's own row, in the drafting transaction.
      config: { roles: WORKERS, ownIdempotency: true },
      schema: {
        tags,
        summary: 'Draft a notification; every line is screened. With Idempotency-Key, a repeated request returns the first draft (200).',
        headers: z.object({ 'idempotency-key': z.string().optional() }).loose(),
        body: S.DraftInput,
        response: { 200: S.Notification, 201: S.Notification },
      },
    },
    async (req, reply) => {
      const key = idempotencyKeyOf(req);
      const ctx = req.ctx();
      const created = await drafting.createDraft(ctx, req.body, key);
      return reply.status(created.replayed ? 200 : 201).send(await queries.getNotification(ctx, created.id));
    },
  );

  // The CSV is the request body itself; its parser is registered for this route's scope only.
  await app.register(async (csv) => {
    csv.addContentTypeParser(IMPORT_TYPES, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT_BYTES }, (_req, body, done) => done(null, body));
    csv.withTypeProvider<ZodTypeProvider>().post(
      '/notifications/import',
      { config: { roles: WORKERS }, bodyLimit: IMPORT_LIMIT_BYTES, schema: { tags, operationId: 'importNotifications', consumes: IMPORT_TYPES, summary: `Import notifications as drafts from CSV (one row per chemical line, grouped by ref; at most ${IMPORT_MAX_ROWS} rows, 1 MiB); a row-by-row report`, querystring: z.strictObject({ dryRun: zQueryBool.default(false) }), response: { 200: ImportReport } } },
      async (req) => importNotifications(req.ctx(), Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), { dryRun: req.query.dryRun }),
    );
  });

  // Documents: the file is the request body, PDF, PNG or JPEG, checked by its content.
  await app.register(async (files) => {
    files.addContentTypeParser([...ATTACHMENT_TYPES], { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_req, body, done) => done(null, body));
    files.withTypeProvider<ZodTypeProvider>().post(
      '/notifications/:id/attachments',
      { config: { roles: WORKERS }, bodyLimit: ATTACHMENT_MAX_BYTES, schema: { tags, consumes: [...ATTACHMENT_TYPES], summary: 'File a document (PDF, PNG or JPEG, at most 4 MiB, 5 per draft) with a draft; the body is the file. Documents given with requested information go with the answer (POST …/information)', params: IdParams, querystring: S.AttachmentQuery, response: { 201: S.AttachmentView } } },
      async (req, reply) => {
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        return reply.status(201).send(await addAttachment(req.ctx(), req.params.id, { filename: req.query.filename, mediaType, bytes }));
      },
    );
  });
  app.get('/notifications/:id/attachments/:attachmentId', { config: { roles: READERS }, schema: { tags, summary: 'A document filed with the notification', params: AttachmentParams, produces: [...ATTACHMENT_TYPES] } }, async (req, reply) => {
    const file = await queries.attachmentContent(req.ctx(), req.params.id, req.params.attachmentId);
    return reply.type(file.mediaType).header('content-disposition', attachmentDisposition(file.filename)).send(file.content);
  });
  app.delete('/notifications/:id/attachments/:attachmentId', { config: { roles: WORKERS }, schema: { tags, summary: 'Remove a document from a draft', params: AttachmentParams, response: { 204: z.null() } } }, async (req, reply) => {
    await removeAttachment(req.ctx(), req.params.id, req.params.attachmentId);
    return reply.status(204).send(null);
  });

  app.get('/notifications/:id', { config: { roles: READERS }, schema: { tags, summary: 'One notification with its lines, both screenings and the timeline (reads of AMBER and RED ones are audited)', params: IdParams, response: { 200: S.Notification } } }, async (req) => queries.readNotification(req.ctx(), req.params.id));

  app.put('/notifications/:id', { config: { roles: WORKERS }, schema: { tags, summary: 'Replace a draft (screened again)', params: IdParams, body: S.DraftInput, response: { 200: S.Notification } } }, async (req) => {
    await drafting.updateDraft(req.ctx(), req.params.id, req.body);
    return queries.getNotification(req.ctx(), req.params.id);
  });

  const action = <B extends z.ZodType>(path: string, summary: string, body: B, run: (ctx: Ctx, id: string, body: z.infer<B>) => Promise<void>) =>
    app.post(`/notifications/:id/${path}`, { config: { roles: WORKERS }, schema: { tags, summary, params: IdParams, body, response: { 200: S.Notification } } }, async (req) => {
      const ctx = req.ctx();
      await run(ctx, req.params.id, req.body as z.infer<B>);
      return queries.getNotification(ctx, req.params.id);
    });

  action('review', 'A supervisor other than the drafter reviews lines screening flagged (four eyes)', S.ReviewInput, (ctx, id, b) => drafting.reviewDraft(ctx, id, b.note));
  action('send', 'Screen again and send to the importing party', Empty, (ctx, id) => drafting.sendNotification(ctx, id));
  action('withdraw', 'Withdraw a sent notification (the importer keeps it as withdrawn)', S.WithdrawInput, (ctx, id, b) => drafting.withdrawNotification(ctx, id, b));
  // 202: the clearance or objection was prepared and waits for a second person's signature (`sign`).
  app.post(
    '/notifications/:id/replies',
    {
      config: { roles: WORKERS },
      schema: {
        tags,
        summary: "The importer's reply: acknowledge, request-info, clear or object (clear and object are signed). Where the party requires a second person and a line is controlled here, clear and object are prepared (202) for a supervisor to sign",
        params: IdParams,
        body: S.ReplyInput,
        response: { 200: S.Notification, 202: S.Notification },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx();
      const outcome = await replyTo(ctx, req.params.id, req.body);
      return reply.status(outcome === 'prepared' ? 202 : 200).send(await queries.getNotification(ctx, req.params.id));
    },
  );
  action('sign', 'A supervisor who did not prepare it signs the prepared clearance or objection; it is then signed by the node and sent', Empty, (ctx, id) => signReply(ctx, id));
  action('return', 'A supervisor sends a prepared clearance or objection back, saying why', S.ReturnInput, (ctx, id, b) => returnReply(ctx, id, b.note));
  // The documents travel in the answer itself (base64), so the answer and its documents are kept together or not at all.
  app.post(
    '/notifications/:id/information',
    {
      config: { roles: WORKERS },
      bodyLimit: INFORMATION_LIMIT_BYTES,
      schema: {
        tags,
        summary: `The exporter gives the information the importer asked for, with up to ${S.DOCUMENTS_PER_ANSWER} documents (PDF, PNG or JPEG, at most 4 MiB each) tied to this answer; a refused file refuses the answer (415 or 413 naming it). The importer’s clock starts again`,
        params: IdParams,
        body: S.ProvideInfoInput,
        response: { 200: S.Notification },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      await drafting.provideInformation(ctx, req.params.id, req.body.note, req.body.documents);
      return queries.getNotification(ctx, req.params.id);
    },
  );
  action('decision', 'The export decision: authorised, suspended, refused, shipped or seized', S.DecisionInput, (ctx, id, b) => drafting.recordDecision(ctx, id, b));

  app.get('/notifications/:id/delivery', { config: { roles: READERS }, schema: { tags, summary: "This node's record of the notification at the other party: queued, delivered (with the receipt) or failed", params: IdParams, response: { 200: ExchangeState } } }, async (req) =>
    queries.deliveryOf(req.ctx(), req.params.id),
  );

  app.get('/notifications/:id/clearance', { config: { roles: READERS }, schema: { tags, summary: 'The signed clearance or objection, with the key that verifies it offline', params: IdParams, response: { 200: ClearanceBundle } } }, async (req, reply) => {
    const { bundle } = await queries.clearanceOf(req.ctx(), req.params.id);
    return reply.header('content-disposition', `attachment; filename="clearance-${bundle.document.reference}.json"`).send(bundle);
  });

  app.get('/notifications/:id/clearance.pdf', { config: { roles: READERS }, schema: { tags, summary: 'The signed clearance or objection as a printable PDF with its QR code', params: IdParams, produces: ['application/pdf'] } }, async (req, reply) => {
    const { pdf, reference } = await clearancePdfOf(req.ctx(), req.params.id);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="clearance-${reference}.pdf"`).send(pdf);
  });
  app.get('/notifications/:id/notification.pdf', { config: { roles: READERS }, schema: { tags, summary: 'The notification as a printable bilingual PDF: its parties, lines, reply and timeline (read as GET /notifications/:id is; the download is audited)', params: IdParams, produces: ['application/pdf'] } }, async (req, reply) => {
    const { pdf, reference } = await notificationPdfOf(req.ctx(), req.params.id);
    return reply.type('application/pdf').header('content-disposition', attachmentDisposition(`${reference}.pdf`)).send(pdf);
  });

  app.get('/notification-phrases', { config: { roles: READERS }, schema: { tags, summary: "The standard phrases (by code, in English and Chinese) that requests for information, objections, conditions, withdrawals and export decisions are chosen from: this node's copy", response: { 200: PhraseLists } } }, async () => phraseLists);

  app.get('/notification-reply-periods', { config: { roles: READERS }, schema: { tags, summary: 'Each party’s reply period as an importer', response: { 200: z.object({ items: z.array(S.ReplyPeriod) }) } } }, async (req) => ({ items: await queries.listReplyPeriods(req.ctx()) }));
  app.put('/notification-reply-periods/:party', { config: { roles: ADMIN }, schema: { tags, summary: "Set this party's reply period as an importer (administrators, in person)", params: z.strictObject({ party: zPartyCode }), body: S.SetReplyPeriod, response: { 200: S.ReplyPeriod } } }, async (req) =>
    queries.setReplyPeriod(req.ctx(), req.params.party, req.body),
  );

  app.get('/notification-signing-rules', { config: { roles: READERS }, schema: { tags, summary: "Whether each party requires a second person for its clearances and objections of controlled lines (on unless set)", response: { 200: z.object({ items: z.array(S.SigningRule) }) } } }, async (req) => ({
    items: await queries.listSigningRules(req.ctx()),
  }));
  app.put(
    '/notification-signing-rules/:party',
    { config: { roles: ADMIN }, schema: { tags, summary: "Set whether a supervisor who did not prepare it signs each of this party's clearances and objections of controlled lines (administrators, in person)", params: z.strictObject({ party: zPartyCode }), body: S.SetSigningRule, response: { 200: S.SigningRule } } },
    async (req) => queries.setSigningRule(req.ctx(), req.params.party, req.body),
  );

  app.get(
    '/notification-figures',
    { config: { roles: READERS }, schema: { tags, summary: 'Monthly figures per direction: sent, received, answered on time, median time to answer, objections, stopped shipments', querystring: FiguresQuery, response: { 200: z.object({ items: z.array(FigureRow) }) } } },
    async (req) => ({ items: await notificationFigures(req.ctx(), req.query) }),
  );
  app.get('/notification-figures.csv', { config: { roles: READERS }, schema: { tags, summary: 'The same figures as CSV', querystring: FiguresQuery, produces: ['text/csv'] } }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="notification-figures-${req.query.from}-${req.query.to}.csv"`)
      .send(figuresCsv(await notificationFigures(req.ctx(), req.query))),
  );

  app.post('/clearances/verify', { schema: { tags, security: PUBLIC, summary: 'Check a clearance or its QR code against the keys this node knows; no sign-in needed', body: VerifyInput, response: { 200: VerifyResult } } }, async (req) =>
    verifyClearance(req.ctx({ anonymous: true }), req.body),
  );
};
