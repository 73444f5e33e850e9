// The outcome of normalising one entity value. Failure reasons are stable slugs: the web app translates them and
// the API returns them as-is, so renaming one is a breaking change.

export const NORMALISE_FAILURES = [
  'empty',
  'too-long',
  'country-invalid',
  'phone-needs-country',
  'phone-invalid',
  'email-invalid',
  'website-invalid',
  'uscc-invalid',
  'address-needs-country',
  'iban-invalid',
  'account-invalid',
  'payment-invalid',
  'crypto-invalid',
  'crypto-checksum',
  'imo-invalid',
  'container-invalid',
  'tracking-invalid',
  'licence-needs-country',
] as const;
export type NormaliseFailure = (typeof NORMALISE_FAILURES)[number];

/** What the normaliser learned on the way (the country of a phone, the chain of an address…); strings only. */
export type EntityDetails = Readonly<Record<string, string>>;

export type Normalised =
  | { ok: true; key: string; display: string; details?: EntityDetails }
  | { ok: false; reason: NormaliseFailure };

export type NormaliseOptions = {
  /** ISO 3166-1 alpha-2: the country a phone number without "+" is dialled in, an address is in, a licence is issued by. */
  country?: string;
  /** A company's unified social credit code when it is recorded apart from its name. */
  uscc?: string;
  /** A bank code (SWIFT BIC, CNAPS, ABA routing number) prefixed to a domestic account number. */
  bankCode?: string;
};

export const fail = (reason: NormaliseFailure): Normalised => ({ ok: false, reason });

export function ok(key: string, display: string, details?: EntityDetails): Normalised {
  return details === undefined ? { ok: true, key, display } : { ok: true, key, display, details };
}
