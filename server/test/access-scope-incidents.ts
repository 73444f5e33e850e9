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
    },
    async make(scope: Scope) {
      if (scope === 'other party') {
        const id = await filed(w.cn, w.staff.cn.headers, w.agencies.cn.id, ['US']);
        await w.cn.deliver();
        return { id, agencyId: w.agencies.a.id };
      }
      const agencyId = scope === 'own agency' ? w.agencies.a.id : w.agencies.b.id;
      const id = await filed(w.us, (scope === 'own agency' ? w.staff.a : w.staff.b).headers, agencyId, ['CN']);
      return { id, agencyId };
    },
  };
}
