// HTTP for the directory: schema, guard, call the service, pick the status code.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/http/guards.js';
import { zId, zPartyCode } from '../../platform/validation.js';
import { codeLists, CodeListsSchema } from './code-lists.js';
import * as contactsService from './contacts-service.js';
import { contactsCsv } from './csv.js';
import * as S from './schemas.js';
import { EvidenceBundle, evidenceFor, ExchangeState, exchangeStateOf } from '../exchange/index.js';
import * as service from './service.js';
import { ANY_ROLE } from '../../platform/http/access.js';

const ADMIN = ['admin'] as const;
// Supervisors change the contacts of their own agency only (policy.ts decides per contact).
const CONTACT_EDITORS = ['admin', 'supervisor'] as const;

const tags = ['directory'];
const IdParams = z.strictObject({ id: zId });
const CodeParams = z.strictObject({ code: zPartyCode });
// Action endpoints take no body, or an empty JSON object.
const Empty = z.strictObject({}).nullish();
const Verification = z.strictObject({ verifiedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional() }).nullish();

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/code-lists', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Bilingual code lists', response: { 200: CodeListsSchema } } }, async (req) => {
    requireActor(req);
    return codeLists;
  });

  app.get('/parties', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Parties in the directory', response: { 200: z.object({ items: z.array(S.Party) }) } } }, async (req) => ({
    items: await service.listParties(req.ctx()),
  }));
  app.post('/parties', { config: { roles: ADMIN }, schema: { tags, summary: 'Add a party', body: S.CreateParty, response: { 201: S.Party } } }, async (req, reply) =>
    reply.status(201).send(await service.createParty(req.ctx(), req.body)),
  );
  app.patch('/parties/:code', { config: { roles: ADMIN }, schema: { tags, summary: 'Change a party', params: CodeParams, body: S.UpdateParty, response: { 200: S.Party } } }, async (req) =>
    service.updateParty(req.ctx(), req.params.code, req.body),
  );

  app.get('/agencies', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Agencies in the directory', querystring: S.AgencyQuery, response: { 200: z.object({ items: z.array(S.Agency) }) } } }, async (req) => ({
    items: await service.listAgencies(req.ctx(), req.query),
  }));
  app.get('/agencies/:id', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'One agency', params: IdParams, response: { 200: S.Agency } } }, async (req) => service.getAgency(req.ctx(), req.params.id));
  app.post('/agencies', { config: { roles: ADMIN }, schema: { tags, summary: 'Add an agency', body: S.CreateAgency, response: { 201: S.Agency } } }, async (req, reply) =>
    reply.status(201).send(await service.createAgency(req.ctx(), req.body)),
  );
  app.patch('/agencies/:id', { config: { roles: ADMIN }, schema: { tags, summary: 'Change an agency', params: IdParams, body: S.UpdateAgency, response: { 200: S.Agency } } }, async (req) =>
    service.updateAgency(req.ctx(), req.params.id, req.body),
  );

  app.get('/contacts', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Contacts in the directory, a page at a time', querystring: S.ContactQuery, response: { 200: S.ContactPage } } }, async (req) =>
    contactsService.listContacts(req.ctx(), req.query),
  );
  app.get(
    '/contacts/export',
    { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Contacts as CSV, labelled in the chosen language', querystring: S.ContactExportQuery, produces: ['text/csv'] } },
    async (req, reply) => {
      const ctx = req.ctx();
      const { lang, ...filter } = req.query;
      const locale = lang ?? ctx.actor.locale;
      const zones = new Map((await service.listParties(ctx)).map((p) => [p.code, p.timeZone]));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="contacts-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`)
        .send(contactsCsv(contactsService.eachContact(ctx, filter), locale, (party) => zones.get(party) ?? 'UTC'));
    },
  );
  app.get('/contacts/:id', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'One contact (reads of AMBER and RED ones are audited)', params: IdParams, response: { 200: S.Contact } } }, async (req) =>
    contactsService.readContact(req.ctx(), req.params.id),
  );
  app.post('/contacts', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Add a contact', body: S.CreateContact, response: { 201: S.Contact } } }, async (req, reply) =>
    reply.status(201).send(await contactsService.createContact(req.ctx(), req.body)),
  );
  app.patch('/contacts/:id', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Change a contact', params: IdParams, body: S.UpdateContact, response: { 200: S.Contact } } }, async (req) =>
    contactsService.updateContact(req.ctx(), req.params.id, req.body),
  );
  app.post('/contacts/:id/verifications', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Confirm the contact details are current', params: IdParams, body: Verification, response: { 200: S.Contact } } }, async (req) =>
    contactsService.verifyContact(req.ctx(), req.params.id, { verifiedAt: req.body?.verifiedAt ? new Date(req.body.verifiedAt) : undefined }),
  );
  app.post('/contacts/:id/deactivation', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Mark the contact inactive', params: IdParams, body: Empty, response: { 200: S.Contact } } }, async (req) =>
    contactsService.setContactActive(req.ctx(), req.params.id, false),
  );
  app.post('/contacts/:id/withdrawal', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Withdraw the contact from every party it was released to; their nodes purge it', params: IdParams, body: S.Withdrawal, response: { 200: S.Contact } } }, async (req) =>
    contactsService.withdrawContact(req.ctx(), req.params.id, req.body?.note),
  );
  app.get('/contacts/:id/exchange', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Delivery to each party (with receipts), where the contact came from, or its withdrawal', params: IdParams, response: { 200: ExchangeState } } }, async (req) => {
    const ctx = req.ctx();
    await contactsService.requireContactOrTombstone(ctx, req.params.id);
    return exchangeStateOf(ctx, req.params.id);
  });
  app.get('/contacts/:id/evidence', { config: { roles: ANY_ROLE }, schema: { tags, summary: 'Signed envelopes and receipts for the contact (also after its withdrawal), verifiable offline', params: IdParams, response: { 200: EvidenceBundle } } }, async (req, reply) => {
    const ctx = req.ctx();
    await contactsService.requireContactOrTombstone(ctx, req.params.id);
    return reply.header('content-disposition', `attachment; filename="evidence-contact-${req.params.id}.json"`).send(await evidenceFor(ctx, req.params.id));
  });
  app.post('/contacts/:id/reactivation', { config: { roles: CONTACT_EDITORS }, schema: { tags, summary: 'Mark the contact active again', params: IdParams, body: Empty, response: { 200: S.Contact } } }, async (req) =>
    contactsService.setContactActive(req.ctx(), req.params.id, true),
  );
};
