// The only file that reads process.env. Parsed once, frozen; a bad value fails boot listing every problem.
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const isSmtpUrl = (v: string): boolean => {
  const url = URL.canParse(v) ? new URL(v) : undefined;
  return url !== undefined && /^smtps?:$/.test(url.protocol) && url.hostname !== '';
};

const isServiceUrl = (v: string): boolean => {
  const url = URL.canParse(v) ? new URL(v) : undefined;
  return url !== undefined && /^https?:$/.test(url.protocol) && url.hostname !== '' && url.username === '' && url.password === '';
};

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  // Loopback by default: a node with demo users and their published password must not face a network by accident.
  HOST: z.string().min(1).default('127.0.0.1'),
  // Behind a load balancer: how many proxy hops to trust for the client address (X-Forwarded-For). 0 = none.
  COUNTERPART_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  DATABASE_URL: z.string().url().optional(),
  COUNTERPART_DATA_DIR: z.string().min(1).default('.counterpart'),
  COUNTERPART_PARTY: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as US or CN').default('US'),
  COUNTERPART_PUBLIC_URL: z.string().url().optional(),
  COUNTERPART_REQUIRE_MFA: bool.default(false),
  COUNTERPART_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  COUNTERPART_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COUNTERPART_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  COUNTERPART_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  COUNTERPART_COOKIE_SECURE: bool.optional(),
  COUNTERPART_SEED_DEMO: bool.default(true),
  COUNTERPART_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, '32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  // Exchange with peer nodes (DESIGN §5). TLS: a CA bundle for peers with a private CA, and a client certificate
  // when a peer requires mutual TLS. Files are read once at start.
  COUNTERPART_EXCHANGE_CA_FILE: z.string().min(1).optional(),
  COUNTERPART_EXCHANGE_CERT_FILE: z.string().min(1).optional(),
  COUNTERPART_EXCHANGE_KEY_FILE: z.string().min(1).optional(),
  COUNTERPART_EXCHANGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  COUNTERPART_EXCHANGE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  COUNTERPART_EXCHANGE_BATCH: z.coerce.number().int().min(1).max(1000).default(500),
  COUNTERPART_EXCHANGE_RETRY_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  COUNTERPART_EXCHANGE_SYNC_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // How long a process's right to deliver to a peer lasts unless its delivery pass renews it (every third of it).
  COUNTERPART_EXCHANGE_LEASE_MS: z.coerce.number().int().min(300).max(60_000).default(3000),
  // false: this process serves requests but leaves delivery to the node's other processes.
  COUNTERPART_EXCHANGE_WORKER: bool.default(true),
  // Refused node-to-node requests one client address may cause in a minute (per process) before the node answers
  // its further ones 429 at once, until the minute is over. Accepted requests never count.
  COUNTERPART_EXCHANGE_MAX_REFUSALS: z.coerce.number().int().min(1).max(100_000).default(30),
  // Set: /metrics needs `Authorization: Bearer <this>`. Unset: /metrics answers only loopback clients.
  COUNTERPART_METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7E]{16,}$/, 'at least 16 printable ASCII characters without spaces (openssl rand -hex 32)')
    .optional(),
  // Outgoing mail (reminders, escalations). Without an SMTP URL the node logs what it would send and sends nothing.
  COUNTERPART_SMTP_URL: z
    .string()
    .refine(isSmtpUrl, 'an smtp:// or smtps:// URL with a host, such as smtps://user:pass@mail.example.org:465')
    .optional(),
  COUNTERPART_MAIL_FROM: z.string().regex(/@/, 'a sender such as Counterpart <counterpart@example.org>').default('Counterpart <counterpart@localhost>'),
  COUNTERPART_SMTP_TLS_REJECT_UNAUTHORIZED: bool.default(true),
  // Optional machine translation by a LibreTranslate server the node's own government runs. Unset: nothing is ever
  // sent anywhere for translation, and only people translate.
  COUNTERPART_TRANSLATE_URL: z
    .string()
    .refine(isServiceUrl, 'an http:// or https:// URL without user or password, such as http://libretranslate.internal:5000')
    .optional(),
  COUNTERPART_TRANSLATE_API_KEY: z.string().regex(/^[\x21-\x7E]{1,200}$/, 'printable ASCII without spaces').optional(),
  COUNTERPART_TRANSLATE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  // What readers are told made a machine translation; the service's address stays in the log and the audit.
  COUNTERPART_TRANSLATE_NAME: z.string().trim().min(1).max(60).default('LibreTranslate'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The largest document filed with a request or an answer, in MiB. At most 4: a document travels base64 inside a
  // base64url-signed envelope (8/3 of its size), and an envelope is at most 8,000,000 characters.
  REQUEST_DOCUMENT_MAX_MB: z.coerce.number().positive().max(4, 'at most 4 (a document must fit one exchange envelope)').default(4),
});

export type Config = Readonly<{
  port: number;
  host: string;
  trustProxyHops: number;
  databaseUrl: string | undefined;
  dataDir: string;
  party: string;
  publicUrl: string | undefined;
  requireMfa: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  loginMaxFailures: number;
  lockoutMs: number;
  /** The node is served over HTTPS (COUNTERPART_COOKIE_SECURE, else an https:// public URL): secure cookies, HSTS. */
  cookieSecure: boolean;
  seedDemo: boolean;
  secretKey: string | undefined;
  logLevel: string;
  exchange: Readonly<{
    caFile: string | undefined;
    certFile: string | undefined;
    keyFile: string | undefined;
    timeoutMs: number;
    pollMs: number;
    batchSize: number;
    retryMaxMs: number;
    syncMs: number;
    leaseMs: number;
    worker: boolean;
    maxRefusalsPerMinute: number;
  }>;
  metricsToken: string | undefined;
  mail: Readonly<{
    smtpUrl: string | undefined;
    from: string;
    rejectUnauthorized: boolean;
  }>;
  /** The largest document filed with a request or one of its answers (REQUEST_DOCUMENT_MAX_MB). */
  requestDocumentMaxBytes: number;
  /** A LibreTranslate server for machine translation; `url` undefined: none, and nothing is sent. */
  translate: Readonly<{
    url: string | undefined;
    apiKey: string | undefined;
    timeoutMs: number;
    /** The service as readers see it named (never its address). */
    name: string;
  }>;
}>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (Boolean(e.COUNTERPART_EXCHANGE_CERT_FILE) !== Boolean(e.COUNTERPART_EXCHANGE_KEY_FILE)) {
    throw new ConfigError(['COUNTERPART_EXCHANGE_CERT_FILE and COUNTERPART_EXCHANGE_KEY_FILE: give both or neither']);
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    trustProxyHops: e.COUNTERPART_TRUST_PROXY,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.COUNTERPART_DATA_DIR),
    party: e.COUNTERPART_PARTY,
    publicUrl: e.COUNTERPART_PUBLIC_URL,
    requireMfa: e.COUNTERPART_REQUIRE_MFA,
    sessionIdleMs: e.COUNTERPART_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.COUNTERPART_SESSION_MAX_HOURS * 3_600_000,
    loginMaxFailures: e.COUNTERPART_LOGIN_MAX_FAILURES,
    lockoutMs: e.COUNTERPART_LOCKOUT_MINUTES * 60_000,
    cookieSecure: e.COUNTERPART_COOKIE_SECURE ?? (e.COUNTERPART_PUBLIC_URL?.startsWith('https://') ?? false),
    seedDemo: e.COUNTERPART_SEED_DEMO,
    secretKey: e.COUNTERPART_SECRET_KEY,
    logLevel: e.LOG_LEVEL,
    exchange: Object.freeze({
      caFile: e.COUNTERPART_EXCHANGE_CA_FILE,
      certFile: e.COUNTERPART_EXCHANGE_CERT_FILE,
      keyFile: e.COUNTERPART_EXCHANGE_KEY_FILE,
      timeoutMs: e.COUNTERPART_EXCHANGE_TIMEOUT_MS,
      pollMs: e.COUNTERPART_EXCHANGE_POLL_MS,
      batchSize: e.COUNTERPART_EXCHANGE_BATCH,
      retryMaxMs: e.COUNTERPART_EXCHANGE_RETRY_MAX_SECONDS * 1000,
      syncMs: e.COUNTERPART_EXCHANGE_SYNC_SECONDS * 1000,
      leaseMs: e.COUNTERPART_EXCHANGE_LEASE_MS,
      worker: e.COUNTERPART_EXCHANGE_WORKER,
      maxRefusalsPerMinute: e.COUNTERPART_EXCHANGE_MAX_REFUSALS,
    }),
    metricsToken: e.COUNTERPART_METRICS_TOKEN,
    mail: Object.freeze({
      smtpUrl: e.COUNTERPART_SMTP_URL,
      from: e.COUNTERPART_MAIL_FROM,
      rejectUnauthorized: e.COUNTERPART_SMTP_TLS_REJECT_UNAUTHORIZED,
    }),
    requestDocumentMaxBytes: Math.floor(e.REQUEST_DOCUMENT_MAX_MB * 1024 * 1024),
    translate: Object.freeze({
      url: e.COUNTERPART_TRANSLATE_URL,
      apiKey: e.COUNTERPART_TRANSLATE_API_KEY,
      timeoutMs: e.COUNTERPART_TRANSLATE_TIMEOUT_MS,
      name: e.COUNTERPART_TRANSLATE_NAME,
    }),
  });
}
