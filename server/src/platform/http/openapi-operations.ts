// Completes every operation of the OpenAPI document in one place, so a route declares only what is its own: a stable
// operationId (operation-ids.ts), the problem+json answers (4xx) that operations of its kind give, and the raw body of
// an upload, named by the media types the route lists in `schema.consumes`.
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { operationIdOf } from './operation-ids.js';
import { PROBLEM_SCHEMA, type ProblemStatus, problemResponse } from './openapi-problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problems the operation answers beyond those its kind implies (problemStatusesOf), e.g. 429 of sign-in. */
    problems?: readonly ProblemStatus[];
  }
}

/** Whether an operation with this `security` needs a signed-in user or an API token. */
export const needsCaller = (security: readonly Record<string, unknown>[] | undefined): boolean => !security || security.some((s) => 'session' in s || 'bearer' in s);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type RouteFacts = { method: string; url: string; schema: FastifySchema | undefined; problems?: readonly ProblemStatus[] | undefined };

/** The 4xx a route can answer, from what it declares: its input, who may call it, its path and its method. */
export function problemStatusesOf({ method, url, schema = {}, problems = [] }: RouteFacts): ProblemStatus[] {
  const statuses = new Set<ProblemStatus>(problems);
  const write = WRITES.has(method.toUpperCase());
  const hasBody = Boolean(schema.body ?? schema.consumes);
  const caller = needsCaller(schema.security);
  // A write's Idempotency-Key is checked too: a malformed one is a 400.
  if (write || hasBody || schema.querystring || schema.params || schema.headers) statuses.add(400);
  // 403 also while a user who must use a second factor has not enrolled one, and for a write without its CSRF token.
  if (caller) for (const s of [401, 403] as const) statuses.add(s);
  if (/\/[:{]/.test(url)) statuses.add(404);
  // The Idempotency-Key of a signed-in caller: 409 while its first request runs, 422 when it was used for another.
  if (write && caller) for (const s of [409, 422] as const) statuses.add(s);
  if (hasBody) for (const s of [413, 415] as const) statuses.add(s);
  return [...statuses].sort((a, b) => a - b);
}

/** An upload's body: the bytes themselves, in one of the media types the route accepts. */
const rawBody = (types: readonly string[]) => ({
  content: Object.fromEntries(types.map((type) => [type, { schema: { contentMediaType: type, description: 'the file itself, as the body' } }])),
});

/** A file download without a response schema: its 200 is the bytes, in one of the media types it produces. */
const rawResponse = (types: readonly string[]) => ({
  description: 'The file',
  content: Object.fromEntries(types.map((type) => [type, { schema: { contentMediaType: type } }])),
});

export const describeOperation: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input);
  if (schema.hide) return { schema, url };
  const method = [input.route.method].flat()[0] ?? 'GET';
  const declared = input.route.schema;
  const response: Record<string, unknown> = { ...(schema.response as Record<string, unknown> | undefined) };
  if (!schema.response) response['200'] = schema.produces?.length ? rawResponse(schema.produces) : { type: 'null', description: 'Default Response' };
  const statuses = problemStatusesOf({ method, url, schema: declared, problems: input.route.config?.problems });
  for (const status of statuses) response[status] ??= problemResponse(status);
  const body = schema.body ?? (schema.consumes?.length ? rawBody(schema.consumes) : undefined);
  return { schema: { ...schema, operationId: schema.operationId ?? operationIdOf(method, url), response, ...(body ? { body } : {}) }, url };
};

export const describeDocument: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input);
  const components = (doc as { components?: { schemas?: Record<string, unknown> } }).components ?? {};
  return { ...doc, servers: [{ url: '/', description: 'This node' }], components: { ...components, schemas: { ...components.schemas, Problem: PROBLEM_SCHEMA } } };
};
