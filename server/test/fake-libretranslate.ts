// A small LibreTranslate on loopback for tests: real HTTP, the same API (POST /translate with JSON
// {q, source, target, format, api_key?} → {translatedText}). Deterministic: the translation of `q` into `target` is
// `[target] q`. `mode` makes it misbehave the ways a real service can: down (the port refuses connections), slow
// (answers after the client gave up), garbage (no translatedText), html (an error page), oversize (a translation
// too long), huge (an answer over the client's byte cap), error (500), forbidden (403, as for a bad API key), or
// redirect (307 to a path that records whatever reaches it in `redirected`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeMode = 'ok' | 'down' | 'slow' | 'garbage' | 'html' | 'oversize' | 'huge' | 'error' | 'forbidden' | 'redirect';
export type FakeRequest = { q: string; source: string; target: string; format: string; apiKey: string | null };

export type FakeLibreTranslate = {
  url: string;
  /** Every /translate request the fake answered (or, when slow, received). */
  requests: FakeRequest[];
  /** Requests that followed a redirect (none should). */
  redirected: string[];
  setMode(mode: FakeMode): void;
  close(): Promise<void>;
};

const SLOW_MS = 3_000;

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function parse(raw: string): FakeRequest | null {
  try {
    const b = JSON.parse(raw) as Record<string, unknown>;
    if (typeof b.q !== 'string' || typeof b.source !== 'string' || typeof b.target !== 'string') return null;
    return { q: b.q, source: b.source, target: b.target, format: typeof b.format === 'string' ? b.format : '', apiKey: typeof b.api_key === 'string' ? b.api_key : null };
  } catch {
    return null;
  }
}

function answer(mode: FakeMode, r: FakeRequest, res: ServerResponse): void {
  if (mode === 'garbage') return send(res, 200, 'application/json', JSON.stringify({ translated: r.q }));
  if (mode === 'html') return send(res, 200, 'text/html', '<!doctype html><html><body>Bad gateway</body></html>');
  if (mode === 'oversize') return send(res, 200, 'application/json', JSON.stringify({ translatedText: 'x'.repeat(25_000) }));
  if (mode === 'huge') return send(res, 200, 'application/json', JSON.stringify({ translatedText: 'x'.repeat(600 * 1024) }));
  if (mode === 'forbidden') return send(res, 403, 'application/json', JSON.stringify({ error: 'Invalid API key' }));
  if (mode === 'redirect') {
    res.writeHead(307, { location: '/elsewhere' });
    return void res.end();
  }
  if (mode === 'error') return send(res, 500, 'application/json', JSON.stringify({ error: 'model crashed' }));
  send(res, 200, 'application/json', JSON.stringify({ translatedText: `[${r.target}] ${r.q}` }));
}

export async function startFakeLibreTranslate(): Promise<FakeLibreTranslate> {
  let mode: FakeMode = 'ok';
  const requests: FakeRequest[] = [];
  const redirected: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (mode === 'down') return void req.socket.destroy();
      if (req.url === '/elsewhere') {
        redirected.push(await bodyOf(req));
        return send(res, 200, 'application/json', JSON.stringify({ translatedText: 'followed' }));
      }
      if (req.method !== 'POST' || req.url !== '/translate') return send(res, 404, 'application/json', JSON.stringify({ error: 'Not Found' }));
      const r = parse(await bodyOf(req));
      if (!r) return send(res, 400, 'application/json', JSON.stringify({ error: 'Invalid request' }));
      requests.push(r);
      if (mode !== 'slow') return answer(mode, r, res);
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer('ok', r, res);
      }, SLOW_MS);
      timers.add(timer);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    redirected,
    setMode: (m) => void (mode = m),
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
