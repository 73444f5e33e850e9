// HTTPS to peers: a private CA bundle is trusted only when configured, and a client certificate is presented to a
// peer that requires mutual TLS. Certificates are made with the system's openssl for each run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { peerHttp, PeerUnreachable } from './peer-http.js';

const dir = mkdtempSync(join(tmpdir(), 'counterpart-tls-'));
const f = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

function issue(name: string, subject: string, extensions: string): void {
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', subject);
  writeFileSync(f(`${name}.ext`), extensions);
  openssl('x509', '-req', '-in', f(`${name}.csr`), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-days', '2', '-out', f(`${name}.pem`), '-extfile', f(`${name}.ext`));
}

let server: Server;
let url = '';
beforeAll(async () => {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Test government CA');
  issue('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  issue('client', '/CN=us-node', 'extendedKeyUsage=clientAuth\n');
  // Mutual TLS: the peer asks for a client certificate signed by the same CA and refuses connections without one.
  server = createServer({ key: readFileSync(f('server.key')), cert: readFileSync(f('server.pem')), ca: readFileSync(f('ca.pem')), requestCert: true, rejectUnauthorized: true }, (req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ hello: 'peer' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as { port: number }).port}/`;
}, 60_000);
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const clientWith = (env: Record<string, string>) => peerHttp(loadConfig({ COUNTERPART_EXCHANGE_TIMEOUT_MS: '3000', ...env }));

describe('peer HTTPS', () => {
  it('talks to a peer with a private CA and mutual TLS when both are configured', async () => {
    const http = clientWith({ COUNTERPART_EXCHANGE_CA_FILE: f('ca.pem'), COUNTERPART_EXCHANGE_CERT_FILE: f('client.pem'), COUNTERPART_EXCHANGE_KEY_FILE: f('client.key') });
    await expect(http.send('GET', url)).resolves.toEqual({ status: 200, body: { hello: 'peer' } });
    await http.close();
  });

  it('refuses a peer whose certificate no configured CA vouches for', async () => {
    const http = clientWith({});
    await expect(http.send('GET', url)).rejects.toThrow(PeerUnreachable);
    await expect(http.send('GET', url)).rejects.toThrow(/certificate/i);
    await http.close();
  });

  it('is refused by a peer that requires a client certificate when none is configured', async () => {
    const http = clientWith({ COUNTERPART_EXCHANGE_CA_FILE: f('ca.pem') });
    await expect(http.send('GET', url)).rejects.toThrow(PeerUnreachable);
    await http.close();
  });

  it('needs the client certificate and its key together', () => {
    expect(() => loadConfig({ COUNTERPART_EXCHANGE_CERT_FILE: f('client.pem') })).toThrow(/give both or neither/);
  });
});
