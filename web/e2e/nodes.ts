// The two nodes the browser tests run against: the US node (the default base URL) and a CN node, each started by
// playwright.config.ts on a fresh embedded database with its party's demo users.
export const US_PORT = Number(process.env.E2E_PORT ?? 8181);
export const CN_PORT = Number(process.env.E2E_CN_PORT ?? 8182);
export const US_URL = `http://localhost:${US_PORT}`;
export const CN_URL = `http://localhost:${CN_PORT}`;
/** How each node reaches the other (the exchange connects on loopback). */
export const US_PEER_URL = `http://127.0.0.1:${US_PORT}`;
export const CN_PEER_URL = `http://127.0.0.1:${CN_PORT}`;
