// A real SMTP server on loopback for tests: plain SMTP (no TLS, no auth) on an ephemeral port. Every message is
// parsed with mailparser before the server answers 250, so once `send` resolves the message is in `messages`.
// `rejectRcpt` answers RCPT TO with a chosen reply code, to test permanent (5xx) and transient (4xx) failures.
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export type ReceivedMail = {
  /** SMTP envelope: MAIL FROM and the accepted RCPT TO addresses. */
  envelope: { from: string; to: string[] };
  /** Addresses in the To header. */
  to: string[];
  /** The From header's name and address, decoded, e.g. `对口平台 <counterpart@localhost>`. */
  from: string;
  subject: string;
  text: string;
  html: string | null;
  /** Parsed headers, keys lower case. */
  headers: ParsedMail['headers'];
  /** The message as it crossed the wire, to check how it was encoded. */
  raw: string;
};

export type SmtpServerOptions = {
  /** Reply code for RCPT TO of this address (e.g. 550, 451), or null to accept it. */
  rejectRcpt?: (address: string) => number | null;
};

export type TestSmtpServer = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

const formatted = (field: AddressObject | undefined): string => {
  const first = field?.value[0];
  if (!first) return '';
  return first.name ? `${first.name} <${first.address ?? ''}>` : (first.address ?? '');
};

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  [field ?? []].flat().flatMap((a) => a.value.flatMap((v) => (v.address ? [v.address] : [])));

async function readMail(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<ReceivedMail> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const parsed = await simpleParser(raw);
  return {
    envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
    to: addresses(parsed.to),
    from: formatted(parsed.from),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    headers: parsed.headers,
    raw: raw.toString('utf8'),
  };
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<(m: ReceivedMail) => void>();
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const code = options.rejectRcpt?.(address.address) ?? null;
      if (code === null) return callback();
      const reply = code >= 500 ? 'mailbox unavailable' : 'mailbox busy, try again later';
      callback(Object.assign(new Error(reply), { responseCode: code }));
    },
    onData(stream, session, callback) {
      readMail(stream, session).then(
        (mail) => {
          messages.push(mail);
          for (const notify of waiters) notify(mail);
          callback();
        },
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  function waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs = 5_000): Promise<ReceivedMail> {
    const found = messages.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const notify = (m: ReceivedMail) => {
        if (!pred(m)) return;
        waiters.delete(notify);
        clearTimeout(timer);
        resolve(m);
      };
      const timer = setTimeout(() => {
        waiters.delete(notify);
        reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      waiters.add(notify);
    });
  }

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
