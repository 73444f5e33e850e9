// HTTP for readouts: list and read them with their version history; the secretariat drafts, edits and translates;
// a supervisor who wrote none of it clears a version; the secretariat or a supervisor releases it to the public page
// or withdraws it. Roles are the first gate; the use cases decide (the drafting party only, four eyes, the checks). A
// write answers with the readout as its writer now sees it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { zId } from '../../platform/validation.js';
import { clearReadout } from './readout-clearance.js';
import { getReadout, listReadouts, readoutHistory } from './readout-queries.js';
import { releaseReadout } from './readout-release.js';
import { draftReadout, editReadout, setTranslation, withdrawReadout } from './readouts.js';
import { ClearInput, Readout, ReadoutEdit, ReadoutInput, ReadoutPage, ReadoutQuery, ReadoutVersions, TranslationInput, WithdrawReadoutInput } from './schemas-readouts.js';

const tags = ['readouts'];
const READERS = ['viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'] as const;
const DRAFTERS = ['secretariat'] as const;
const CLEARERS = ['supervisor'] as const;
const KEEPERS = ['secretariat', 'supervisor'] as const;
const IdParams = z.strictObject({ id: zId });
const Empty = z.strictObject({}).nullish();

export const readoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/readouts', { config: { roles: READERS }, schema: { tags, summary: 'Readouts held here (this party’s and the joint texts received), by meeting and status', querystring: ReadoutQuery, response: { 200: ReadoutPage } } }, async (req) => listReadouts(req.ctx(), req.query));
  app.get(
    '/readouts/:id',
    { config: { roles: READERS }, schema: { tags, summary: 'One readout: its texts, whether the translation is stale, the clearances of each party, the joint partners’ texts, the public release and the actions open to the reader', params: IdParams, response: { 200: Readout } } },
    async (req) => getReadout(req.ctx(), req.params.id),
  );
  app.get('/readouts/:id/versions', { config: { roles: READERS }, schema: { tags, summary: 'Every version of a readout, newest first, for showing what changed', params: IdParams, response: { 200: ReadoutVersions } } }, async (req) => readoutHistory(req.ctx(), req.params.id));
  app.post(
    '/readouts',
    { config: { roles: DRAFTERS }, schema: { tags, summary: 'Draft a readout of a meeting held here (own, or this party’s text of a joint readout); a joint text goes to the meeting’s other parties', body: ReadoutInput, response: { 201: Readout } } },
    async (req, reply) => {
      const saved = await draftReadout(req.ctx(), req.body);
      return reply.status(201).send(await getReadout(req.ctx(), saved.id));
    },
  );
  app.put('/readouts/:id', { config: { roles: DRAFTERS }, schema: { tags, summary: 'A new version of the title, body and links (back to draft: it needs clearing again)', params: IdParams, body: ReadoutEdit, response: { 200: Readout } } }, async (req) => {
    const { version, ...input } = req.body;
    await editReadout(req.ctx(), req.params.id, input, version);
    return getReadout(req.ctx(), req.params.id);
  });
  app.put('/readouts/:id/translation', { config: { roles: DRAFTERS }, schema: { tags, summary: 'Set the translation into the other language, by a person or a machine (a new version: it needs clearing again)', params: IdParams, body: TranslationInput, response: { 200: Readout } } }, async (req) => {
    const { version, ...input } = req.body;
    await setTranslation(req.ctx(), req.params.id, input, version);
    return getReadout(req.ctx(), req.params.id);
  });
  const action = <B extends z.ZodType>(path: string, roles: readonly ('secretariat' | 'supervisor')[], summary: string, body: B, run: (ctx: Ctx, id: string, body: z.infer<B>) => Promise<unknown>) =>
    app.post(`/readouts/:id/${path}`, { config: { roles }, schema: { tags, summary, params: IdParams, body, response: { 200: Readout } } }, async (req) => {
      await run(req.ctx(), req.params.id, req.body as z.infer<B>);
      return getReadout(req.ctx(), req.params.id);
    });
  action('clear', CLEARERS, 'A supervisor who wrote none of it clears the current version, once no linked or quoted record is stricter than TLP:CLEAR, no one but a principal is named and the translation is current', ClearInput, (ctx, id, body) => clearReadout(ctx, id, body.version));
  action('release', KEEPERS, 'Release the cleared current version to this node’s public page (a joint readout: once every party cleared its own text)', Empty, (ctx, id) => releaseReadout(ctx, id));
  action('withdraw', KEEPERS, 'Withdraw a readout: off the public page, and a joint text purged by the parties holding it', WithdrawReadoutInput, (ctx, id, body) => withdrawReadout(ctx, id, body?.note ?? null));
};
