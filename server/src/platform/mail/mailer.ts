// The SMTP mailer and its stand-in for nodes without a mail server. Failures become `MailError` with `transient`
// set when sending the same message again later can succeed, so a job runner knows whether to retry.
import nodemailer from 'nodemailer';
import { pino } from 'pino';
import type { Config } from '../../config.js';

export type MailMessage = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

export type Mailer = {
  /** false: no SMTP server is configured; messages are logged (how many recipients, and the subject) and dropped. */
  readonly configured: boolean;
  send(msg: MailMessage): Promise<{ messageId: string | null }>;
  close(): void;
};

/** The part of a pino logger the mailer uses. */
export type MailLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
};

export class MailError extends Error {
  override readonly name = 'MailError';
  constructor(
    message: string,
    /** true: a later attempt may succeed (no connection, timeout, 4xx reply); false: it would be refused again. */
    readonly transient: boolean,
    /** The SMTP reply code, when the server answered. */
    readonly responseCode: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// Nodemailer's codes for a connection that failed or broke before the server answered.
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY']);

type SmtpFailure = { code?: unknown; responseCode?: unknown; command?: unknown };

/** Maps a nodemailer failure to a MailError. The server's reply text stays in `cause`: it may name a recipient. */
export function toMailError(err: unknown): MailError {
  const e: SmtpFailure = typeof err === 'object' && err !== null ? err : {};
  const code = typeof e.code === 'string' ? e.code : undefined;
  const command = typeof e.command === 'string' ? ` to ${e.command}` : '';
  if (typeof e.responseCode === 'number') {
    // RFC 5321 §4.2.1: 4yz is a transient negative reply, 5yz a permanent one.
    const transient = e.responseCode >= 400 && e.responseCode < 500;
    return new MailError(`SMTP server replied ${e.responseCode}${command}`, transient, e.responseCode, { cause: err });
  }
  if (code !== undefined && CONNECTION_CODES.has(code)) {
    return new MailError(`SMTP server unreachable (${code})`, true, undefined, { cause: err });
  }
  return new MailError(`mail not sent (${code ?? 'unknown error'})`, false, undefined, { cause: err });
}

export function createMailer(config: Config['mail'], log: MailLog = pino()): Mailer {
  return config.smtpUrl === undefined ? loggingMailer(log) : smtpMailer(config.smtpUrl, config, log);
}

function loggingMailer(log: MailLog): Mailer {
  return {
    configured: false,
    async send(msg) {
      // A person's address is theirs: the log names how many were to have it, and what it was (a subject names the
      // kind of mail and the record's reference, never its content).
      const recipients = Array.isArray(msg.to) ? msg.to.length : 1;
      log.info({ recipients, subject: msg.subject }, 'mail not sent: no SMTP server configured (COUNTERPART_SMTP_URL)');
      return { messageId: null };
    },
    close() {},
  };
}

function smtpMailer(url: string, config: Config['mail'], log: MailLog): Mailer {
  const transport = nodemailer.createTransport(
    {
      url,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dnsTimeout: 10_000,
      tls: { rejectUnauthorized: config.rejectUnauthorized },
      // Messages are built from strings; nothing in one may make the node read a file or fetch a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from: config.from },
  );
  return {
    configured: true,
    async send(msg) {
      const { to, subject, text, html, headers } = msg; // only these: no attachments or paths slip through
      const info = await transport.sendMail({ to, subject, text, html, headers }).catch((err: unknown) => {
        throw toMailError(err);
      });
      if (info.rejected.length > 0) {
        // Some recipients were refused and the rest accepted: retrying would send the others a second copy.
        log.warn({ messageId: info.messageId, rejected: info.rejected }, 'mail sent, but the SMTP server refused some recipients');
      }
      return { messageId: info.messageId };
    },
    close() {
      transport.close();
    },
  };
}
