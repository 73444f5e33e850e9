import { describe, expect, it } from 'vitest';
import { newIdempotencyKey, retryingFetch } from './retry';

const ok = () => new Response('{}', { status: 201 });

describe('retryingFetch', () => {
  it('sends a failed write once more with the same Idempotency-Key and body', async () => {
    const seen: { key: string | null; body: string }[] = [];
    let calls = 0;
    const send = retryingFetch(async (r) => {
      seen.push({ key: r.headers.get('idempotency-key'), body: await r.text() });
      calls += 1;
      if (calls === 1) throw new TypeError('network error');
      return ok();
    }, 1);
    const res = await send(new Request('http://node.example/api/v1/agencies', { method: 'POST', body: '{"a":1}' }));
    expect(res.status).toBe(201);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.key).toMatch(/^[0-9a-f]{32}$/);
    expect(seen[1]).toEqual(seen[0]);
  });

  it('does not retry an HTTP error answer, nor add a key to a read', async () => {
    let calls = 0;
    let readKey: string | null = 'unset';
    const send = retryingFetch(async (r) => {
      calls += 1;
      if (r.method === 'GET') readKey = r.headers.get('idempotency-key');
      return new Response('{}', { status: 500 });
    }, 1);
    expect((await send(new Request('http://node.example/x', { method: 'POST', body: '{}' }))).status).toBe(500);
    await send(new Request('http://node.example/x'));
    expect(calls).toBe(2);
    expect(readKey).toBeNull();
  });

  it('makes a different key every time', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('asks again while the node says the first attempt with the key is still running', async () => {
    const answers = [new Response('{}', { status: 409, headers: { 'retry-after': '1' } }), new Response('{}', { status: 201 })];
    let calls = 0;
    const send = retryingFetch(async () => answers[calls++] ?? ok(), 1);
    expect((await send(new Request('http://node.example/x', { method: 'POST', body: '{}' }))).status).toBe(201);
    expect(calls).toBe(2);
  });
});
