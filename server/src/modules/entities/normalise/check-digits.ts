// Check digits of the identifiers entities carry. Each function takes the identifier already upper-cased with
// spaces removed and says whether its check character is right; shape checks are the caller's.

// GB 32100-2015 (unified social credit code, 统一社会信用代码): 31 characters, the digits and the Latin capitals
// without I, O, S, V and Z, valued 0–30 in this order. Position i (1-based) of the first 17 is weighted
// 3^(i-1) mod 31; the 18th character has the value 31 − (Σ value×weight mod 31), where 31 means 0.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authority and kind (2), administrative division (6 digits), organisation code (9), check (1). */
export const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARS.indexOf(first17.charAt(i));
    const weight = USCC_WEIGHTS[i];
    if (value < 0 || weight === undefined) return undefined;
    sum += value * weight;
  }
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}

export function isValidUscc(code: string): boolean {
  return USCC_SHAPE.test(code) && usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

// ISO 6346 (freight containers): letters are valued from A = 10 upwards, skipping 11, 22 and 33 (multiples of 11),
// so A=10, B=12 … K=21, L=23 … U=32, V=34 … Z=38. Character i (0-based) of the first ten is weighted 2^i; the
// check digit is the sum mod 11, where 10 becomes 0.
const ISO6346_LETTER_VALUES = new Map<string, number>();
for (let i = 0, value = 10; i < 26; i++, value++) {
  if (value % 11 === 0) value++;
  ISO6346_LETTER_VALUES.set(String.fromCharCode(65 + i), value);
}

/** Owner code (3 letters), category (U freight, J detachable equipment, Z trailer/chassis), serial (6), check (1). */
export const CONTAINER_SHAPE = /^[A-Z]{3}[UJZ]\d{7}$/;

export function isValidContainerNumber(id: string): boolean {
  if (!CONTAINER_SHAPE.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = id.charAt(i);
    sum += (i < 4 ? (ISO6346_LETTER_VALUES.get(ch) ?? 0) : Number(ch)) * 2 ** i;
  }
  return (sum % 11) % 10 === Number(id.charAt(10));
}

// UPU S10 (postal item identifiers): service indicator (2 letters), serial (8 digits), check digit, ISO country
// (2 letters). The serial's digits are weighted 8, 6, 4, 2, 3, 5, 9, 7; check = 11 − (sum mod 11), with 10 → 0
// and 11 → 5.
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
export const S10_SHAPE = /^[A-Z]{2}\d{9}[A-Z]{2}$/;

export function s10CheckDigit(serial8: string): number {
  let sum = 0;
  S10_WEIGHTS.forEach((w, i) => (sum += Number(serial8.charAt(i)) * w));
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

export function isValidS10(id: string): boolean {
  return S10_SHAPE.test(id) && s10CheckDigit(id.slice(2, 10)) === Number(id.charAt(10));
}

// IMO ship identification number (IMO Resolution A.1078(28), formerly A.600(15)): seven digits; the first six weighted 7, 6, 5, 4, 3, 2
// from the left, summed; the last digit of the sum is the seventh digit.
export function isValidImo(digits7: string): boolean {
  if (!/^\d{7}$/.test(digits7)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits7.charAt(i)) * (7 - i);
  return sum % 10 === Number(digits7.charAt(6));
}

// IBAN (ISO 13616): country (2 letters), check digits (2), BBAN (up to 30 alphanumerics). Move the first four
// characters to the end, letters become 10–35, and the number mod 97 must be 1. Computed piecewise so no big
// integers are needed. Per-country lengths are not checked: mod 97 already catches typos and transpositions.
export const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

export function isValidIban(iban: string): boolean {
  if (!IBAN_SHAPE.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}
