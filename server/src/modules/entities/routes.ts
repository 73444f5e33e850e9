// HTTP for entities: an entity's page (every record it appears in that the reader may read), found by its key or by
// a value as written. Records' own routes return their entities and links; this is the way across records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BadRequest, Forbidden } from '../../platform/errors.js';
import { ANY_ROLE } from '../../platform/http/access.js';
import { pageOf } from '../../platform/sql.js';
import { entityPage } from './links.js';
import { normaliseEntity } from './normalise/index.js';
import { EntityPageView, EntityQuery } from './schemas.js';

const tags = ['entities'];

export const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/entities', { config: { roles: ANY_ROLE }, schema: { tags, summary: "An entity's page: every record it appears in", querystring: EntityQuery, response: { 200: EntityPageView } } }, async (req) => {
    // Records are this party's users' to read (their own and what other parties shared with it), as each module says.
    const { actor } = req.ctx();
    if (actor.kind !== 'system' && actor.partyCode !== req.ctx().config.party) throw new Forbidden("entities are read by this party's own users");
    const q = req.query;
    let key = q.key;
    if (key === undefined) {
      if (q.value === undefined) throw new BadRequest('give the entity key or a value', [{ path: 'key', message: 'give key or value', code: 'required' }]);
      const n = normaliseEntity(q.kind, q.value, q.country ? { country: q.country } : {});
      if (!n.ok) throw new BadRequest(`cannot read the value as a ${q.kind}: ${n.reason}`, [{ path: 'value', message: n.reason, code: `entity-${n.reason}` }]);
      key = n.key;
    }
    const found = await entityPage(req.ctx().db, req.ctx().actor, q.kind, key, pageOf(q));
    return { ...found, kind: q.kind, page: q.page, pageSize: q.pageSize };
  });
};
