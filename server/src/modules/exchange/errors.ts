// Why an inbound envelope or signed request was refused. Each is a security event as well as a problem+json answer.
import { AppError } from '../../platform/errors.js';
import { storableText } from '../../platform/http/text-guard.js';

export type RejectionType = 'unknown-sender' | 'peer-disabled' | 'bad-signature' | 'wrong-recipient' | 'unsupported-envelope' | 'chain-broken' | 'chain-conflict' | 'stale-request' | 'replayed-request';

const STATUS: Record<RejectionType, number> = {
  'unknown-sender': 403,
  'peer-disabled': 403,
  'bad-signature': 401,
  'wrong-recipient': 422,
  'unsupported-envelope': 422,
  'chain-broken': 409,
  'chain-conflict': 409,
  'stale-request': 401,
  'replayed-request': 401,
};

/** Text a caller chose (a claimed sender, a detail quoting it), cut to `max` characters and made storable. */
export function callerText(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // NUL and lone UTF-16 surrogates: PostgreSQL refuses both in text and jsonb, so they would turn a refusal into a 500.
  return storableText(cut);
}

export const MAX_CLAIM_CHARS = 200;
const MAX_DETAIL_CHARS = 500;

export class ExchangeRejected extends AppError {
  /** The party the refused request or envelope says it comes from, as it said it (bounded); null if it said none. */
  readonly claimedFrom: string | null;
  constructor(
    readonly rejection: RejectionType,
    detail: string,
    claimedFrom: string | null,
  ) {
    // The detail often quotes the caller (a party code, a format version): it is bounded like the claim itself.
    super(STATUS[rejection], rejection, 'Refused by the exchange', callerText(detail, MAX_DETAIL_CHARS));
    this.claimedFrom = claimedFrom === null ? null : callerText(claimedFrom, MAX_CLAIM_CHARS);
  }
}
