// Why an inbound envelope or signed request was refused. Each is a security event as well as a problem+json answer.
import { AppError } from '../../platform/errors.js';

export type RejectionType = 'unknown-sender' | 'peer-disabled' | 'bad-signature' | 'wrong-recipient' | 'unsupported-envelope' | 'chain-broken' | 'chain-conflict' | 'stale-request';

const STATUS: Record<RejectionType, number> = {
  'unknown-sender': 403,
  'peer-disabled': 403,
  'bad-signature': 401,
  'wrong-recipient': 422,
  'unsupported-envelope': 422,
  'chain-broken': 409,
  'chain-conflict': 409,
  'stale-request': 401,
};

export class ExchangeRejected extends AppError {
  constructor(
    readonly rejection: RejectionType,
    detail: string,
    readonly claimedFrom: string | null,
  ) {
    super(STATUS[rejection], rejection, 'Refused by the exchange', detail);
  }
}
