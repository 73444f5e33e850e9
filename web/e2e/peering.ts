// Peering the two test nodes through their administrators' API, for the tests of what crosses between them.
// exchange.spec.ts points the US node's CN peer at a dead address for its own tests; a file that peers the nodes
// points it at the CN node first and puts the old address back after.
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { Api, test } from './fixtures';
import { CN_PEER_URL, CN_URL, US_PEER_URL, US_URL } from './nodes';

export type NodeIdentity = { party: string; current: { publicKey: string }; keys: { publicKey: string }[] };
type Peer = { partyCode: string; baseUrl: string; keys: { publicKey: string }[] };

/** Makes `api`'s node a peer of `other` at `baseUrl`, knowing every key `other` ever signed with. Returns the old address. */
export async function peer(api: Api, other: NodeIdentity, baseUrl: string): Promise<string | null> {
  const found = (await api.get<{ items: Peer[] }>('/api/v1/peers')).items.find((p) => p.partyCode === other.party);
  if (!found) await api.post('/api/v1/peers', { partyCode: other.party, baseUrl, publicKey: other.current.publicKey });
  else await api.patch(`/api/v1/peers/${other.party}`, { baseUrl, isEnabled: true });
  const known = new Set(found ? found.keys.map((k) => k.publicKey) : [other.current.publicKey]);
  for (const key of other.keys) if (!known.has(key.publicKey)) await api.post(`/api/v1/peers/${other.party}/keys`, { publicKey: key.publicKey });
  return found ? found.baseUrl : null;
}

export type PeeredNodes = {
  /** admin.us on the US node and admin.cn on the CN node, signed in for the whole file. */
  readonly usAdmin: Api;
  readonly cnAdmin: Api;
  /** `username` signed in on the node at `baseURL`, in its own cookie jar, disposed after the file. */
  signIn(baseURL: string, username: string): Promise<Api>;
  /** Both nodes push what they hold now instead of waiting for the exchange's timer. */
  sync(): Promise<void>;
};

/** Peers the US and CN nodes before the file's tests, and puts the US node's former CN address back after them. */
export function peerTheNodes(): PeeredNodes {
  const contexts: APIRequestContext[] = [];
  let request: PlaywrightWorkerArgs['playwright']['request'] | undefined;
  let admins: { us: Api; cn: Api } | undefined;
  let formerCnAddress: string | null = null;
  const signedIn = () => {
    if (!admins) throw new Error('the nodes are peered in beforeAll: use them inside a test');
    return admins;
  };
  const nodes: PeeredNodes = {
    get usAdmin() {
      return signedIn().us;
    },
    get cnAdmin() {
      return signedIn().cn;
    },
    async signIn(baseURL, username) {
      if (!request) throw new Error('the nodes are peered in beforeAll: sign in inside a test');
      const http = await request.newContext({ baseURL });
      contexts.push(http);
      return Api.signIn(http, username);
    },
    async sync() {
      await nodes.usAdmin.post('/api/v1/peers/CN/sync', {});
      await nodes.cnAdmin.post('/api/v1/peers/US/sync', {});
    },
  };

  test.beforeAll(async ({ playwright }) => {
    request = playwright.request;
    const [us, cn] = await Promise.all([nodes.signIn(US_URL, 'admin.us'), nodes.signIn(CN_URL, 'admin.cn')]);
    admins = { us, cn };
    const [usNode, cnNode] = await Promise.all([us.get<NodeIdentity>('/api/v1/exchange/node'), cn.get<NodeIdentity>('/api/v1/exchange/node')]);
    // The receiving side first, so the US node's first delivery finds itself known.
    await peer(cn, usNode, US_PEER_URL);
    formerCnAddress = await peer(us, cnNode, CN_PEER_URL);
    await nodes.sync();
  });

  test.afterAll(async () => {
    if (admins && formerCnAddress && formerCnAddress !== CN_PEER_URL) await admins.us.patch('/api/v1/peers/CN', { baseUrl: formerCnAddress });
    for (const http of contexts.splice(0)) await http.dispose();
  });

  return nodes;
}
