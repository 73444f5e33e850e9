import { describe, expect, it } from 'vitest';
import { isApiTypesFresh } from './api-types.js';

describe('generated web API types', () => {
  it('match the server’s current OpenAPI document (run npm run api:generate if not)', async () => {
    expect(await isApiTypesFresh()).toBe(true);
  });
});
