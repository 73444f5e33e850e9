// HTTP to peer nodes: one connection pool with the configured TLS trust (CA bundle, optional client certificate),
// hard timeouts, and JSON in and out. Every failure becomes a PeerUnreachable with a reason worth showing an admin.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import type { Config } from '../../config.js';

export class PeerUnreachable extends Error {}

export type PeerResponse = { status: number; body: unknown };
export type PeerHttp = {
  send: (method: 'GET' | 'POST', url: string, opts?: { body?: unknown; headers?: Record<string, string> }) => Promise<PeerResponse>;
  close: () => Promise<void>;
};

export function peerHttp(config: Config): PeerHttp {
  const x = config.exchange;
  const agent = new Agent({
    connect: {
      ca: x.caFile ? readFileSync(x.caFile) : undefined,
      cert: x.certFile ? readFileSync(x.certFile) : undefined,
      key: x.keyFile ? readFileSync(x.keyFile) : undefined,
      timeout: x.timeoutMs,
    },
    headersTimeout: x.timeoutMs,
    bodyTimeout: x.timeoutMs,
  });
  return {
    async send(method, url, opts = {}) {
      try {
        const res = await request(url, {
          method,
          dispatcher: agent,
          headers: { accept: 'application/json', ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }), ...opts.headers },
          body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
          signal: AbortSignal.timeout(x.timeoutMs),
        });
        const text = await res.body.text();
        let body: unknown = text;
        try {
          body = text ? (JSON.parse(text) as unknown) : null;
        } catch {
          // Not JSON (a proxy's error page): kept as text for the reason shown to the admin.
        }
        return { status: res.statusCode, body };
      } catch (err) {
        const e = err as Error & { code?: string };
        throw new PeerUnreachable(`${method} ${url}: ${e.code ?? e.name}: ${e.message}`);
      }
    },
    close: () => agent.close(),
  };
}
