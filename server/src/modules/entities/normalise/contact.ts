// Phones and e-mail addresses: the keys are E.164 numbers and whole lower-cased addresses.
import { domainToASCII } from 'node:url';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Normalised } from './result.js';
import { foldCase } from './text.js';

// libphonenumber's "max" metadata, not "min": "min" checks only lengths and so accepts numbers no Chinese or NANP
// operator can have (+86 12x… mobiles, +1 555 area codes), which would become keys that look real.
export function normalisePhone(text: string, country: string | undefined): Normalised {
  let s = text;
  if (country === undefined) {
    // "00" is the international prefix in China and most of the world: "0086 138…" means "+86 138…".
    if (/^\s*00[1-9]/.test(s)) s = s.replace(/^\s*00/, '+');
    else if (!s.trimStart().startsWith('+')) return fail('phone-needs-country');
  } else if (!isSupportedCountry(country)) {
    return fail('country-invalid');
  }
  const parsed = parsePhoneNumberFromString(s, country === undefined ? undefined : { defaultCountry: country as CountryCode });
  if (!parsed?.isValid()) return fail('phone-invalid');
  const details: Record<string, string> = {};
  if (parsed.country) details.country = parsed.country;
  const type = parsed.getType();
  if (type) details.type = type.toLowerCase();
  return ok(parsed.number, parsed.formatInternational(), details);
}

// Printable ASCII allowed unquoted in a local part (RFC 5322 atext) plus letters and digits of any script (RFC 6531,
// internationalised mail). Quoted local parts are refused: nobody writes them on a waybill.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;

/** A DNS host name in ASCII (punycode): two or more labels, letters/digits/hyphens, an alphabetic or xn-- TLD. */
export function isHostName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return false;
  return labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l));
}

/**
 * The whole address lower-cased: local parts are case-sensitive in theory (RFC 5321) and never in practice, and a
 * key that split "Li.Wei@" from "li.wei@" would miss real links. Provider aliasing (Gmail dots, "+tags") is not
 * undone: it is provider policy, and guessing it wrong would join different people.
 */
export function normaliseEmail(text: string): Normalised {
  const s = foldCase(text.replace(/^mailto:/i, '').trim());
  const at = s.lastIndexOf('@');
  if (at <= 0 || at > 64) return fail('email-invalid');
  const local = s.slice(0, at);
  const domain = domainToASCII(s.slice(at + 1).replace(/\.$/, ''));
  if (!LOCAL_PART.test(local) || !isHostName(domain)) return fail('email-invalid');
  const key = `${local}@${domain}`;
  return ok(key, key, { domain });
}

/** The domain of an e-mail key ("li.wei@qq.com" → "qq.com"); correlating on it alone is for non-free-mail domains. */
export function emailDomain(key: string): string {
  return key.slice(key.lastIndexOf('@') + 1);
}
