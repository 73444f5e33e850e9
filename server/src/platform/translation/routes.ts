// HTTP for translations of any record's free text, by record kind and id: read them, add or correct a person's, ask
// for machine translations. Who may read is the record's own module's rule (its TextSource); who may translate too.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANY_ROLE } from '../http/access.js';
import { readTranslations } from './read.js';
import { FieldView, MachineQueued, MachineRequest, PutTranslation, RecordParams, RecordTranslations } from './schemas.js';
import { TRANSLATORS, type TranslationDeps } from './sources.js';
import { putTranslation, requestMachine } from './write.js';

export type TranslationRouteOptions = TranslationDeps;

export const translationRoutes: FastifyPluginAsyncZod<TranslationRouteOptions> = async (app, deps) => {
  const tags = ['translations'];
  app.get(
    '/translations/:kind/:id',
    { config: { roles: ANY_ROLE }, schema: { tags, summary: "A record's free text: each field's original (language, hash) and its translations, with who made them, when, of which version (stale or not), and machine translations in flight", params: RecordParams, response: { 200: RecordTranslations } } },
    async (req) => readTranslations(req.ctx(), deps, req.params),
  );
  app.put(
    '/translations/:kind/:id',
    { config: { roles: TRANSLATORS }, schema: { tags, summary: "Add or correct a person's translation of one field, of the version of the original given by sourceHash (409 translation-stale when it changed since)", params: RecordParams, body: PutTranslation, response: { 200: FieldView } } },
    async (req) => putTranslation(req.ctx(), deps, { ...req.params, ...req.body }),
  );
  app.post(
    '/translations/:kind/:id/machine',
    { config: { roles: TRANSLATORS }, schema: { tags, operationId: 'requestMachineTranslation', summary: "Machine-translate fields with the node's own translation service, as background jobs (202); 409 translation-unavailable when none is configured", params: RecordParams, body: MachineRequest, response: { 202: MachineQueued } } },
    async (req, reply) => reply.status(202).send(await requestMachine(req.ctx(), deps, { ...req.params, ...req.body })),
  );
};
