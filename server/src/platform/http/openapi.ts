// OpenAPI 3.1 generated from the route schemas: JSON at /api/openapi.json, browsable docs at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { describeDocument, describeOperation } from './openapi-operations.js';

export { needsCaller } from './openapi-operations.js';

/** `schema.security` of an operation anyone may call: the node answers it without a session (request-context.ts
 * refuses every other API operation with 401 before it validates anything). */
export const PUBLIC: Record<string, string[]>[] = [];
/** `schema.security` of a node-to-node operation: signed by the calling peer's node key, not a user. */
export const NODE_SIGNED: Record<string, string[]>[] = [{ nodeSignature: [] }];

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Counterpart node API',
        version,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
        description:
          'One party’s node. Browser clients sign in with POST /api/v1/session (cookie + x-csrf-token on writes); machine clients send `Authorization: Bearer cpt_…`. Every write (POST, PUT, PATCH, DELETE) takes an optional `Idempotency-Key` header (8–100 of A–Z a–z 0–9 . _ : -): a retry with the same key and the same request within a day gets the first answer again, marked `Idempotent-Replayed: true`; the same key on another request is a 422. An operation that needs a caller answers 401 to a stranger before it validates anything. Errors are RFC 9457 application/problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cp_session' },
          bearer: { type: 'http', scheme: 'bearer' },
          nodeSignature: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`Counterpart <JWS>`: the calling node’s party, method, path, time and nonce, signed with its node key' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    // Each operation gets its operationId, its 4xx problems and its upload body there (openapi-operations.ts).
    transform: describeOperation,
    transformObject: describeDocument,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
