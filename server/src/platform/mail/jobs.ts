// Mail as jobs: a use case enqueues each message in its own transaction (one job per recipient, so a retry never
// sends a second copy to someone who already has it); the `mail.send` handler sends it, and a permanent
// rejection fails the job at once while a transient one is retried with backoff.
import type { Db } from '../db.js';
import { enqueue, type JobHandler } from '../jobs/index.js';
import type { Mailer, MailMessage } from './mailer.js';

export const MAIL_QUEUE = 'mail.send';

export function enqueueMail(tx: Db, now: Date, message: MailMessage & { to: string }, key: string): Promise<boolean> {
  return enqueue(tx, now, { queue: MAIL_QUEUE, key, data: message, runAt: now, maxAttempts: 10 });
}

export function mailJobHandler(mailer: Mailer): JobHandler {
  return async (data) => {
    await mailer.send(data as MailMessage);
  };
}
