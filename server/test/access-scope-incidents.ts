// The incident fixture of the scope matrix. Own and other agency: incidents the US node files for agency A or B,
// through the API by that agency's officer, releasable to CN. Other party: an incident CN files, releasable to the
// US, received through the exchange.
import { incidentInput } from './incidents.js';
import type { Fixture, Rec } from './access-scope-fixtures.js';
import type { Headers, Scope, World } from './access-scope-world.js';
import type { PairNode } from './pair.js';

async function filed(node: PairNode, headers: Headers, agencyId: string, releasableTo: string[]): Promise<string> {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/incidents', headers, payload: incidentInput(agencyId, { releasableTo, place: { country: node.party } }) });
  if (res.statusCode !== 201) throw new Error(`incident not filed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A follow-up to the incident by the caller whose headers these are; its id. */
async function followedUp(node: PairNode, headers: Headers, incidentId: string): Promise<string> {
  const res = await node.app.inject({ method: 'POST', url: `/api/v1/incidents/${incidentId}/follow-ups`, headers, payload: { note: 'Consignee searched', language: 'en' } });
  if (res.statusCode !== 201) throw new Error(`follow-up not added: ${res.statusCode} ${res.body}`);
  return res.json<{ followUps: { id: string }[] }>().followUps.at(-1)?.id ?? '';
}

export function incidentFixture(w: World): Fixture {
  const read = { state: 'active' };
  const change = (rec: Rec) => ({ ...incidentInput(rec.agencyId ?? '', { title: 'Changed title' }), version: 1 });
  return {
    resource: 'incident',
    prefix: '/api/v1/incidents/:id',
    absent: {},
    operations: {
      'GET /api/v1/incidents/:id': read,
      'GET /api/v1/incidents/:id/delivery': read,
      'GET /api/v1/incidents/:id/export.stix': read,
      'PUT /api/v1/incidents/:id': { state: 'active', consumes: true, body: change },
      'POST /api/v1/incidents/:id/withdraw': { state: 'active', consumes: true, body: () => ({ note: 'Filed in error' }) },
      'POST /api/v1/incidents/:id/follow-ups': { state: 'active', body: () => ({ note: 'Consignee searched; nothing further found', language: 'en' }) },
      // The scope is the follow-up's: written by agency A's or B's officer here, or by CN's on its own incident.
      'POST /api/v1/incidents/:id/follow-ups/:followUpId/withdraw': { state: 'followed-up', consumes: true, body: () => ({ note: 'Wrong consignee' }) },
    },
    async make(scope: Scope, state: string) {
      if (scope === 'other party') {
        const id = await filed(w.cn, w.staff.cn.headers, w.agencies.cn.id, ['US']);
        const followUpId = state === 'followed-up' ? await followedUp(w.cn, w.staff.cn.headers, id) : '';
        await w.cn.deliver();
        return { id, agencyId: w.agencies.a.id, followUpId };
      }
      const agencyId = scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id;
      const headers = (scope === 'own agency' ? w.staff.a : w.staff.b).headers;
      const id = await filed(w.us, headers, agencyId, ['CN']);
      return { id, agencyId, followUpId: state === 'followed-up' ? await followedUp(w.us, headers, id) : '' };
    },
  };
}
