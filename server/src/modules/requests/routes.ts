// HTTP for cases and requests on the requesting side and for reading both: the code lists, the agreement profile,
// the inbox and outbox with their counts, drafting, submitting, approving, returning and withdrawing a request, its
// documents, and opening, changing, closing and withdrawing a case. Roles are the first gate; the use cases decide
// (policy.ts, platform/handling). A write answers with the record as its writer now sees it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { idempotencyKeyOf } from '../../platform/idempotency/hooks.js';
import { attachmentDisposition } from '../../platform/http/download.js';
import { zId, zQueryBool, zText } from '../../platform/validation.js';
import { closeCase, createCase, updateCase, withdrawCase } from './cases.js';
import { addRequestDocument, DOCUMENTS_PER_REQUEST, removeRequestDocument, requestDocumentFile } from './drafting-documents.js';
import { approveRequest, createRequest, returnRequest, submitRequest, updateRequest, withdrawRequest } from './drafting.js';
import { boxCounts, BoxCounts, CasePage, CaseQuery, caseView, getCase, getRequest, listCases, listRequests, RequestPage, RequestQuery, requestView } from './queries.js';
import { Case, CaseInput, DocumentInput, DocumentView, Request, RequestInput, requestLists, ReturnInput, SettingsInput } from './schemas.js';
import { getRequestSettings, putRequestSettings, SettingsView } from './settings.js';

const tags = ['requests'];
const READERS = ['viewer', 'officer', 'supervisor', 'admin', 'auditor'] as const;
const WORKERS = ['officer', 'supervisor'] as const;
const ADMIN = ['admin'] as const;
const IdParams = z.strictObject({ id: zId });
const DocumentParams = z.strictObject({ id: zId, documentId: zId });
const Empty = z.strictObject({}).nullish();
const WithdrawInput = z.strictObject({ note: zText(2000).nullish().transform((v) => v || null) }).nullish();
const CreateQuery = z.strictObject({ submit: zQueryBool.default(false).describe('true: submit it as POST …/submit would, in the same transaction (sent at once, or held for a second person)') });
const Version = { version: z.number().int().min(1).describe('the version being replaced (a stale one is refused)') };
const Entry = z.object({ code: z.string(), en: z.string(), 'zh-CN': z.string() });
const ListsView = z.object(Object.fromEntries(Object.keys(requestLists).map((k) => [k, z.array(Entry)])) as Record<keyof typeof requestLists, z.ZodArray<typeof Entry>>);
/** A document of the largest size (4 MiB) in base64, and room for its name. */
const DOCUMENT_BODY_LIMIT = Math.ceil((4 * 1024 * 1024 * 4) / 3) + 64 * 1024;
const ENTITY_BODY_LIMIT = 4 * 1024 * 1024;
const TYPES = DocumentInput.shape.mediaType.options;

const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/cases', { config: { roles: READERS }, schema: { tags, summary: 'Cases this reader may see, with filters', querystring: CaseQuery, response: { 200: CasePage } } }, async (req) => listCases(req.ctx(), req.query));
  app.post(
    '/cases',
    { config: { roles: WORKERS }, bodyLimit: ENTITY_BODY_LIMIT, schema: { tags, summary: 'Open a case (entities keyed and linked) and share it with the parties it names', body: CaseInput, response: { 201: Case, 200: Case } } },
    async (req, reply) => {
      // A retry with the same Idempotency-Key gets the first answer replayed by the platform (platform/idempotency).
      const saved = await createCase(req.ctx(), req.body, { idempotencyKey: idempotencyKeyOf(req) });
      return reply.status(saved.created ? 201 : 200).send(await caseView(req.ctx(), saved.id));
    },
  );
  app.get('/cases/:id', { config: { roles: READERS }, schema: { tags, summary: 'One case with its requests (reads of AMBER and RED ones are audited)', params: IdParams, response: { 200: Case } } }, async (req) => getCase(req.ctx(), req.params.id));
  app.put('/cases/:id', { config: { roles: WORKERS }, bodyLimit: ENTITY_BODY_LIMIT, schema: { tags, summary: "A new version of one of this party's open cases (shared again)", params: IdParams, body: CaseInput.extend(Version), response: { 200: Case } } }, async (req) => {
    const { version, ...input } = req.body;
    await updateCase(req.ctx(), req.params.id, input, version);
    return caseView(req.ctx(), req.params.id);
  });
  app.post('/cases/:id/close', { config: { roles: WORKERS }, schema: { tags, summary: 'Close a case (shared as closed; its requests run their own course)', params: IdParams, body: Empty, response: { 200: Case } } }, async (req) => {
    await closeCase(req.ctx(), req.params.id);
    return caseView(req.ctx(), req.params.id);
  });
  app.post('/cases/:id/withdraw', { config: { roles: WORKERS }, schema: { tags, summary: 'Withdraw a case from every party holding it (their copies are purged)', params: IdParams, body: WithdrawInput, response: { 200: Case } } }, async (req) => {
    await withdrawCase(req.ctx(), req.params.id, req.body?.note ?? null);
    return caseView(req.ctx(), req.params.id);
  });
};

const readRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/requests/lists', { config: { roles: READERS }, schema: { tags, summary: 'The code lists of requests and cases in both languages: legal bases, types, priorities, asked items, delay and refusal reasons, case topics', response: { 200: ListsView } } }, async () => requestLists);
  app.get('/requests/settings', { config: { roles: READERS }, schema: { tags, summary: "This party's agreement profile: the reply period per type and priority, and its four-eyes rule", response: { 200: SettingsView } } }, async (req) => getRequestSettings(req.ctx()));
  app.put('/requests/settings', { config: { roles: ADMIN }, schema: { tags, summary: 'Replace the agreement profile (periods not given go back to the defaults); audited', body: SettingsInput, response: { 200: SettingsView } } }, async (req) => putRequestSettings(req.ctx(), req.body));
  app.get('/requests', { config: { roles: READERS }, schema: { tags, summary: 'Inbox (asked of this party) and outbox (asked by it), with filters', querystring: RequestQuery, response: { 200: RequestPage } } }, async (req) => listRequests(req.ctx(), req.query));
  app.get('/requests/boxes', { config: { roles: READERS }, schema: { tags, summary: 'What waits in each box: open, overdue and due within 8 hours in the inbox; open, drafts and awaiting approval in the outbox', response: { 200: BoxCounts } } }, async (req) => boxCounts(req.ctx()));
  app.get('/requests/:id', { config: { roles: READERS }, schema: { tags, summary: 'One request with its timeline, documents, deadlines in both zones and, on the requested side, what this party holds on its entities (reads of AMBER and RED ones are audited)', params: IdParams, response: { 200: Request } } }, async (req) => getRequest(req.ctx(), req.params.id));
  app.get('/requests/:id/documents/:documentId', { config: { roles: READERS }, schema: { tags, summary: 'A document of the request or of one of its steps', params: DocumentParams, produces: [...TYPES] } }, async (req, reply) => {
    const file = await requestDocumentFile(req.ctx(), req.params.id, req.params.documentId);
    return reply.type(file.mediaType).header('content-disposition', attachmentDisposition(file.filename)).header('x-content-type-options', 'nosniff').send(file.content);
  });
};

const draftRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/requests',
    {
      config: { roles: WORKERS },
      bodyLimit: ENTITY_BODY_LIMIT,
      schema: { tags, summary: 'Draft a request (its reference is assigned at once; nothing leaves until it is submitted), or with submit=true draft and submit it in one step', querystring: CreateQuery, body: RequestInput, response: { 201: Request, 200: Request } },
    },
    async (req, reply) => {
      const saved = await createRequest(req.ctx(), req.body, { idempotencyKey: idempotencyKeyOf(req), submit: req.query.submit });
      return reply.status(saved.created ? 201 : 200).send(await requestView(req.ctx(), saved.id));
    },
  );
  app.put('/requests/:id', { config: { roles: WORKERS }, bodyLimit: ENTITY_BODY_LIMIT, schema: { tags, summary: 'Replace a draft', params: IdParams, body: RequestInput.extend(Version), response: { 200: Request } } }, async (req) => {
    const { version, ...input } = req.body;
    await updateRequest(req.ctx(), req.params.id, input, version);
    return requestView(req.ctx(), req.params.id);
  });
  const action = <B extends z.ZodType>(path: string, summary: string, body: B, run: (ctx: Ctx, id: string, body: z.infer<B>) => Promise<unknown>) =>
    app.post(`/requests/:id/${path}`, { config: { roles: WORKERS }, schema: { tags, summary, params: IdParams, body, response: { 200: Request } } }, async (req) => {
      await run(req.ctx(), req.params.id, req.body as z.infer<B>);
      return requestView(req.ctx(), req.params.id);
    });
  action('submit', 'Submit a draft: sent at once, or first to a supervisor who did not draft it when it is AMBER or RED, restricted, or the party asks four eyes for all', Empty, (ctx, id) => submitRequest(ctx, id));
  action('approve', 'A supervisor who neither drafted nor edited it approves the request: it is sent with its documents', Empty, (ctx, id) => approveRequest(ctx, id));
  action('return', 'A supervisor who neither drafted nor edited it returns the request to a draft, saying why', ReturnInput, (ctx, id, body) => returnRequest(ctx, id, body.note));
  action('withdraw', 'Withdraw a request: a draft here; a sent one also from the requested party, which purges its copy', WithdrawInput, (ctx, id, body) => withdrawRequest(ctx, id, body?.note ?? null));
  app.post(
    '/requests/:id/documents',
    { config: { roles: WORKERS }, bodyLimit: DOCUMENT_BODY_LIMIT, schema: { tags, summary: `File a document with a draft (PDF, PNG or JPEG checked by its content, at most REQUEST_DOCUMENT_MAX_MB, ${DOCUMENTS_PER_REQUEST} per request); it leaves with the request`, params: IdParams, body: DocumentInput, response: { 201: DocumentView } } },
    async (req, reply) => reply.status(201).send(await addRequestDocument(req.ctx(), req.params.id, req.body)),
  );
  app.delete('/requests/:id/documents/:documentId', { config: { roles: WORKERS }, schema: { tags, summary: 'Remove a document from a draft', params: DocumentParams, response: { 204: z.null() } } }, async (req, reply) => {
    await removeRequestDocument(req.ctx(), req.params.id, req.params.documentId);
    return reply.status(204).send(null);
  });
};

export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(caseRoutes);
  await app.register(readRoutes);
  await app.register(draftRoutes);
};
