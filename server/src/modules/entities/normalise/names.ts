// Names and addresses: folded so that the spellings one party writes differently from the other (case, width,
// diacritics, word order, legal suffixes) meet on one key. Folding is lossy on purpose; `display` keeps the text.
import { isValidUscc } from './check-digits.js';
import { fail, ok, type Normalised } from './result.js';
import { countryCode, foldedWords } from './text.js';

// English legal-form words dropped from the end of a company name: "Acme Trading Co., Ltd." and "ACME TRADING
// LIMITED" are written for the same company. Dots are removed before matching, so "L.L.C." is "llc".
const LEGAL_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'lp', 'corp', 'corporation', 'company', 'plc',
  'gmbh', 'ag', 'sa', 'sarl', 'srl', 'spa', 'bv', 'nv', 'pte', 'pty', 'kk', 'oy', 'ab', 'as',
]);

// Chinese legal forms, longest first. 集团 ("group") is kept: "XX集团有限公司" is the parent and "XX有限公司" often
// a subsidiary, different legal persons; folding them together would link a group with every subsidiary.
const CHINESE_LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '公司'];

function foldCompanyName(text: string): string {
  const tokens = foldedWords(text.replace(/\./g, '').replace(/&/g, ' and '));
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  let folded = tokens.join('');
  for (const suffix of CHINESE_LEGAL_SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length > suffix.length) {
      folded = folded.slice(0, -suffix.length);
      break;
    }
  }
  return folded;
}

/** An 18-character run shaped like a unified social credit code inside a name ("…有限公司 9144…XG"). */
const USCC_IN_TEXT = /(?<![0-9A-Z])[0-9A-Z]{2}\d{6}[0-9A-Z]{10}(?![0-9A-Z])/i;

/**
 * Key `uscc:<code>` when a unified social credit code is given (in the value or the `uscc` option), else
 * `name:<folded name>`. The prefixes keep a code from ever equalling a name.
 */
export function normaliseCompany(text: string, uscc: string | undefined): Normalised {
  const given = uscc?.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const inText = given ? undefined : USCC_IN_TEXT.exec(text)?.[0];
  const candidate = given || inText?.toUpperCase();
  const name = foldCompanyName(inText === undefined ? text : text.replace(inText, ' '));
  const details: Record<string, string> = name === '' ? {} : { nameKey: `name:${name}` };
  if (candidate) {
    // A code-shaped value that fails its check is a typo, not a name: better refused than keyed as `name:9144…`.
    if (!isValidUscc(candidate)) return fail('uscc-invalid');
    return ok(`uscc:${candidate}`, text, { ...details, uscc: candidate });
  }
  return name === '' ? fail('empty') : ok(`name:${name}`, text, details);
}

/** Words sorted, so "ZHANG Wei", "Wei Zhang" and "Zhang, Wei" are one key; a Han name stays one word as written. */
export function normalisePerson(text: string): Normalised {
  const tokens = foldedWords(text).sort();
  return tokens.length === 0 ? fail('empty') : ok(tokens.join(' '), text);
}

// Ship-type prefixes are not part of the name: "MV EVER GIVEN", "M/V Ever Given" and "Ever Given" are one ship.
const VESSEL_PREFIXES = new Set(['mv', 'ms', 'mt', 'ss', 'fv']);

export function foldVesselName(text: string): string {
  const tokens = foldedWords(text.replace(/\b([MmSsFf])\/([VvSsTt])\b/g, '$1$2'));
  if (tokens.length > 1 && VESSEL_PREFIXES.has(tokens[0] ?? '')) tokens.shift();
  return tokens.join(' ');
}

// A few street-address abbreviations, expanded so both spellings meet. Kept small: each entry must be unambiguous
// enough in addresses ("st" is also "Saint", but both sides expand it the same way, so keys still agree).
const ADDRESS_ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'street', str: 'street', rd: 'road', ave: 'avenue', av: 'avenue', blvd: 'boulevard', dr: 'drive',
  ln: 'lane', hwy: 'highway', bldg: 'building', fl: 'floor', flr: 'floor', ste: 'suite', rm: 'room',
  apt: 'apartment', no: 'number', n: 'north', s: 'south', e: 'east', w: 'west', ne: 'northeast',
  nw: 'northwest', se: 'southeast', sw: 'southwest',
};

/** Key `CC:<folded text>`: the same words in two countries are two places. */
export function normaliseAddress(text: string, country: string | undefined): Normalised {
  if (country === undefined) return fail('address-needs-country');
  const cc = countryCode(country);
  if (cc === undefined) return fail('country-invalid');
  const folded = foldedWords(text).map((w) => ADDRESS_ABBREVIATIONS[w] ?? w);
  return folded.length === 0 ? fail('empty') : ok(`${cc}:${folded.join(' ')}`, text, { country: cc });
}
