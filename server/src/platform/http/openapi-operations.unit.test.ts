import { describe, expect, it } from 'vitest';
import { problemStatusesOf } from './openapi-operations.js';

describe('problemStatusesOf', () => {
  it('gives a signed-in write on a record every problem it can meet', () => {
    expect(problemStatusesOf({ method: 'POST', url: '/api/v1/notifications/:id/send', schema: { params: {}, body: {} } })).toEqual([400, 401, 403, 404, 409, 413, 415, 422]);
  });

  it('gives a public read without input none, and adds what the route declares', () => {
    expect(problemStatusesOf({ method: 'GET', url: '/api/v1/health', schema: { security: [] } })).toEqual([]);
    expect(problemStatusesOf({ method: 'POST', url: '/api/v1/session', schema: { security: [], body: {} }, problems: [429, 401] })).toEqual([400, 401, 413, 415, 429]);
  });

  it('treats a raw upload (schema.consumes) as a body', () => {
    expect(problemStatusesOf({ method: 'POST', url: '/api/v1/screenings', schema: { consumes: ['text/csv'] } })).toContain(415);
  });
});
