// Serves the built single-page app from web/dist; any non-API path falls back to index.html (client routing).
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { fromRoot } from '../paths.js';

export const webDist = fromRoot('web', 'dist');

export async function registerWeb(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(`${webDist}/index.html`)) return false;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, schemaHide: true });
  // Not part of the API: hidden from the OpenAPI document, which must not depend on whether the app is built.
  app.get('/assets/*', { schema: { hide: true } }, (req, reply) => reply.sendFile(req.url.split('?')[0]?.slice(1) ?? '', { maxAge: '365d', immutable: true }));
  return true;
}

export const isApiPath = (url: string): boolean => url.startsWith('/api/') || url === '/api' || url.startsWith('/metrics');
