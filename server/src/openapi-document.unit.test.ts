import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';

type Operation = { operationId?: string; summary?: string; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>; requestBody?: { content: Record<string, unknown> } };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
let operations: [string, Operation][] = [];
let doc: Doc;

beforeAll(async () => {
  doc = (await buildOpenApiDocument()) as Doc;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([m]) => METHODS.includes(m)).map(([m, op]): [string, Operation] => [`${m.toUpperCase()} ${path}`, op]));
});

describe('the OpenAPI document', () => {
  it('gives every operation an operationId, no two the same', () => {
    const ids = operations.map(([, op]) => op.operationId);
    expect(operations.length).toBeGreaterThan(90);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('documents 4xx problems as problem+json of the one shared Problem schema', () => {
    expect(doc.components.schemas.Problem).toBeDefined();
    const problems = operations.flatMap(([, op]) => Object.entries(op.responses).filter(([status]) => status.startsWith('4')).map(([, r]) => r));
    expect(problems.length).toBeGreaterThan(300);
    for (const r of problems) expect(r.content?.['application/problem+json']?.schema?.$ref).toBe('#/components/schemas/Problem');
    const send = doc.paths['/api/v1/notifications/{id}/send']?.post;
    expect(Object.keys(send?.responses ?? {})).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '422']));
  });

  it('describes upload bodies by their media types', () => {
    expect(Object.keys(doc.paths['/api/v1/notifications/import']?.post?.requestBody?.content ?? {})).toContain('text/csv');
    expect(Object.keys(doc.paths['/api/v1/notifications/{id}/attachments']?.post?.requestBody?.content ?? {})).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    expect(Object.keys(doc.paths['/api/v1/screenings']?.post?.requestBody?.content ?? {})).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('documents an answer with no body as 204, not as a default 200', () => {
    const noContent = [
      doc.paths['/api/v1/session']?.delete,
      doc.paths['/api/v1/me/password']?.put,
      doc.paths['/api/v1/me/totp']?.delete,
      doc.paths['/api/v1/users/{id}/password']?.put,
      doc.paths['/api/v1/tokens/{id}']?.delete,
      doc.paths['/api/v1/notifications/{id}/attachments/{attachmentId}']?.delete,
    ];
    for (const op of noContent) {
      expect(op?.responses['204'], op?.operationId).toBeDefined();
      expect(op?.responses['200'], op?.operationId).toBeUndefined();
    }
  });
});
