// One entry point: an entity's kind and raw value in, its correlation key out. Keys are compared by exact
// equality across records and nodes, so each kind has one canonical spelling; see the per-kind files for why each
// key looks the way it does.
import { normaliseCryptoAddress } from './crypto-address.js';
import { normaliseEmail, normalisePhone } from './contact.js';
import {
  normaliseBankAccount,
  normaliseContainer,
  normaliseLicence,
  normalisePaymentAccount,
  normaliseTrackingNumber,
  normaliseVessel,
} from './identifiers.js';
import type { EntityKind } from './kinds.js';
import { normaliseAddress, normaliseCompany, normalisePerson } from './names.js';
import { fail, type Normalised, type NormaliseOptions } from './result.js';
import { clean, countryCode, MAX_VALUE_CHARS } from './text.js';
import { normaliseWebsite } from './website.js';

export function normaliseEntity(kind: EntityKind, value: string, opts: NormaliseOptions = {}): Normalised {
  // Length first, before NFKC or any regex: refusing a 10 MB value must cost nothing.
  if (value.length > MAX_VALUE_CHARS) return fail('too-long');
  const text = clean(value);
  if (text === '') return fail('empty');
  if (opts.country !== undefined && countryCode(opts.country) === undefined) return fail('country-invalid');
  const country = countryCode(opts.country);
  switch (kind) {
    case 'company':
      return normaliseCompany(text, opts.uscc?.trim() || undefined);
    case 'person':
      return normalisePerson(text);
    case 'address':
      return normaliseAddress(text, country);
    case 'phone':
      return normalisePhone(text, country);
    case 'email':
      return normaliseEmail(text);
    case 'website':
      return normaliseWebsite(text);
    case 'bank-account':
      return normaliseBankAccount(text, opts.bankCode?.trim() || undefined);
    case 'payment-account':
      return normalisePaymentAccount(text, country);
    case 'crypto-address':
      return normaliseCryptoAddress(text);
    case 'vessel':
      return normaliseVessel(text);
    case 'container':
      return normaliseContainer(text);
    case 'tracking-number':
      return normaliseTrackingNumber(text);
    case 'licence':
      return normaliseLicence(text, country);
  }
}
