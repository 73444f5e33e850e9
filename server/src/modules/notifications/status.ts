// The status a notification shows is computed from both sides' facts: the exporter's state (draft, sent,
// withdrawn) and the importer's receipt and reply. Pure, so both nodes derive the same status from the same facts.
import { DECISIONS, type Decision, type Status } from './schemas.js';

export type StatusFacts = {
  state: string;
  reply: string | null;
  receivedAt: Date | null;
  infoRequestedAt: Date | null;
  infoProvidedAt: Date | null;
};

export function statusOf(n: StatusFacts): Status {
  if (n.state === 'draft') return 'draft';
  if (n.state === 'withdrawn') return 'withdrawn';
  if (n.reply === 'cleared' || n.reply === 'objected') return n.reply;
  if (n.reply === 'info-requested') {
    const provided = n.infoProvidedAt && n.infoRequestedAt && n.infoProvidedAt > n.infoRequestedAt;
    return provided ? 'info-provided' : 'info-requested';
  }
  if (n.reply === 'acknowledged') return 'acknowledged';
  return n.receivedAt ? 'delivered' : 'sent';
}

/** Statuses in which the importer's clock runs: it stops while the importer waits for information, and at a reply. */
export const CLOCK_RUNNING: readonly Status[] = ['sent', 'delivered', 'acknowledged', 'info-provided'];

export const isOverdue = (n: { status: string; dueAt: Date | null }, now: Date): boolean =>
  n.dueAt !== null && (CLOCK_RUNNING as readonly string[]).includes(n.status) && n.dueAt.getTime() <= now.getTime();

/** Which replies the importer may give in each status. */
export function repliesAllowed(status: Status): ('acknowledge' | 'request-info' | 'clear' | 'object')[] {
  switch (status) {
    case 'delivered':
      return ['acknowledge', 'request-info', 'clear', 'object'];
    case 'acknowledged':
    case 'info-provided':
      return ['request-info', 'clear', 'object'];
    default:
      return [];
  }
}

/**
 * Which export decisions may follow which: an objection stands against authorisation; a shipment needs an
 * authorisation first; a seizure follows an authorisation or a shipment.
 */
export function decisionAllowed(status: Status, current: string | null, next: string): string | null {
  if (status === 'draft') return 'the notification has not been sent';
  if (status === 'withdrawn') return 'the notification was withdrawn';
  if (next === 'authorised' && status === 'objected') return 'the importing authority objected; the shipment may not be authorised';
  if (next === 'shipped' && current !== 'authorised') return 'a shipment needs an authorisation first';
  if (next === 'seized' && current !== 'authorised' && current !== 'shipped') return 'only an authorised or shipped consignment can be seized';
  if (current === 'shipped' && next !== 'seized') return 'the consignment has shipped; only a seizure can follow';
  if (current === 'seized' || current === 'refused') return `the decision is final: ${current}`;
  return null;
}

/** The export decisions that may be recorded now, in the order they are offered. */
export const decisionsAllowed = (status: Status, current: string | null): Decision[] => DECISIONS.filter((d) => decisionAllowed(status, current, d) === null);
