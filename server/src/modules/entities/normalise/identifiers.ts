// Account numbers and transport identifiers: upper-cased, separators removed, check digits verified where the
// format has one. A wrong check digit is refused rather than keyed: a typo would correlate with nothing, or with
// an unrelated record that happens to carry the mistyped number.
import { IBAN_SHAPE, isValidContainerNumber, isValidIban, isValidImo, isValidS10, S10_SHAPE } from './check-digits.js';
import { normaliseEmail, normalisePhone } from './contact.js';
import { foldVesselName } from './names.js';
import { fail, ok, type Normalised } from './result.js';
import { countryCode, foldCase } from './text.js';

const compact = (s: string): string => s.replace(/[\s\-–—_./]+/g, '').toUpperCase();

/**
 * Key `iban:<IBAN>` when the value is shaped like an IBAN (mod 97 must hold), else `acct:[<bank code>:]<number>`.
 * The bank code separates equal account numbers at different banks; without it they share a key.
 */
export function normaliseBankAccount(text: string, bankCode: string | undefined): Normalised {
  const number = compact(text.replace(/^IBAN:?/i, ''));
  if (IBAN_SHAPE.test(number)) {
    return isValidIban(number) ? ok(`iban:${number}`, number.replace(/(.{4})(?=.)/g, '$1 '), { format: 'iban' }) : fail('iban-invalid');
  }
  if (!/^[A-Z0-9]{6,34}$/.test(number)) return fail('account-invalid');
  const bank = bankCode === undefined ? '' : compact(bankCode);
  if (bank !== '' && !/^[A-Z0-9]{3,20}$/.test(bank)) return fail('account-invalid');
  return bank === '' ? ok(`acct:${number}`, number) : ok(`acct:${bank}:${number}`, `${bank} ${number}`, { bankCode: bank });
}

// Spellings of the payment providers that come up, to one slug each. An unlisted provider keeps its own slug.
const PAYMENT_PROVIDERS: Readonly<Record<string, string>> = {
  alipay: 'alipay', 支付宝: 'alipay', wechat: 'wechat-pay', wechatpay: 'wechat-pay', weixin: 'wechat-pay',
  weixinpay: 'wechat-pay', 微信: 'wechat-pay', 微信支付: 'wechat-pay', paypal: 'paypal', venmo: 'venmo',
  cashapp: 'cash-app', zelle: 'zelle', unionpay: 'unionpay', 银联: 'unionpay', payoneer: 'payoneer', wise: 'wise',
  stripe: 'stripe', applepay: 'apple-pay', googlepay: 'google-pay',
};

// Alipay and WeChat Pay accounts are mostly mainland mobile numbers written without "+86".
const PROVIDER_COUNTRY: Readonly<Record<string, string>> = { alipay: 'CN', 'wechat-pay': 'CN', unionpay: 'CN' };

function paymentIdentifier(identifier: string, provider: string, country: string | undefined): string {
  if (identifier.includes('@')) {
    const email = normaliseEmail(identifier);
    if (email.ok) return email.key;
  }
  if (/^\+?[\d\s().-]{7,20}$/.test(identifier)) {
    const phone = normalisePhone(identifier, country ?? PROVIDER_COUNTRY[provider]);
    if (phone.ok) return phone.key;
  }
  return foldCase(identifier).replace(/\s+/g, ''); // a user name or merchant id, matched case-insensitively
}

/** Key `<provider>:<identifier>`, the identifier as a phone or e-mail key when it is one ("alipay:+8613800138000"). */
export function normalisePaymentAccount(text: string, country: string | undefined): Normalised {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return fail('payment-invalid');
  const spelled = foldCase(text.slice(0, colon)).replace(/[\s_.-]+/g, '');
  const provider = PAYMENT_PROVIDERS[spelled] ?? spelled;
  const identifier = text.slice(colon + 1).trim();
  if (!/^[\p{L}\p{N}-]{2,32}$/u.test(provider) || identifier === '') return fail('payment-invalid');
  const id = paymentIdentifier(identifier, provider, country);
  return ok(`${provider}:${id}`, `${provider}:${identifier}`, { provider });
}

/** Key `imo:<7 digits>` (check digit verified), else `mmsi:<9 digits>`, else `name:<folded name>`. */
export function normaliseVessel(text: string): Normalised {
  const imo = /^IMO[\s:.#-]*(\d[\d\s]*)$/i.exec(text)?.[1]?.replace(/\s/g, '') ?? (/^\d{7}$/.test(text) ? text : undefined);
  if (imo !== undefined) {
    return imo.length === 7 && isValidImo(imo) ? ok(`imo:${imo}`, `IMO ${imo}`, { scheme: 'imo' }) : fail('imo-invalid');
  }
  const mmsi = /^(?:MMSI[\s:.#-]*)?(\d{9})$/i.exec(text.replace(/(?<=\d)\s+(?=\d)/g, ''))?.[1];
  if (mmsi !== undefined) return ok(`mmsi:${mmsi}`, `MMSI ${mmsi}`, { scheme: 'mmsi' });
  const name = foldVesselName(text);
  return name === '' ? fail('empty') : ok(`name:${name}`, text, { scheme: 'name' });
}

/** ISO 6346, check digit verified: "csqu 305438-3" → "CSQU3054383". */
export function normaliseContainer(text: string): Normalised {
  const id = compact(text);
  return isValidContainerNumber(id) ? ok(id, `${id.slice(0, 4)} ${id.slice(4, 10)} ${id.slice(10)}`) : fail('container-invalid');
}

/** Upper case without spaces or dashes; a UPU S10 number (RR123456785CN) must have a right check digit. */
export function normaliseTrackingNumber(text: string): Normalised {
  const id = text.replace(/[\s-]+/g, '').toUpperCase();
  if (S10_SHAPE.test(id)) return isValidS10(id) ? ok(id, id, { format: 'upu-s10', country: id.slice(11) }) : fail('tracking-invalid');
  return /^[A-Z0-9]{6,40}$/.test(id) ? ok(id, id) : fail('tracking-invalid');
}

/** Key `<issuer country>:<number>`, from the `country` option or a "CN:" prefix in the value. */
export function normaliseLicence(text: string, country: string | undefined): Normalised {
  const prefixed = /^([A-Za-z]{2})\s*[:：]\s*(.+)$/.exec(text);
  const cc = countryCode(country ?? prefixed?.[1]);
  if (cc === undefined) return fail(country === undefined && prefixed === null ? 'licence-needs-country' : 'country-invalid');
  const samePrefix = prefixed?.[1]?.toUpperCase() === cc;
  const number = (samePrefix ? (prefixed?.[2] ?? '') : text).replace(/\s+/g, '').toUpperCase();
  return number === '' ? fail('empty') : ok(`${cc}:${number}`, `${cc} ${number}`, { country: cc });
}
