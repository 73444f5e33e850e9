import * as OpenCC from 'opencc-js';

// Chemical names as exporters write them: case, spacing, hyphens, brackets, Greek letters, full-width characters
// and salt or hydrate words vary between documents for the same substance. `normaliseName` reduces a name to a key
// that only the substance decides, and reports the salt words it took off so the screening result can show them.

export type NormalisedName = {
  /** Compact comparison key: lower case, no spaces, hyphens, brackets or punctuation. */
  key: string;
  /** The name as read (full-width folded, Greek spelled out, salt words removed), for display. */
  text: string;
  /** Salt and hydrate words removed, in a canonical spelling (`hydrochloride`, `盐酸盐`…). */
  salts: string[];
};

// Traditional characters (Hong Kong, Taiwan documents: 麻黃鹼) are read as simplified (麻黄碱), the registry's form.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN = /[\u3400-\u9fff]/;

const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ω: 'omega' };

// English salt and hydrate words, as whole words at the end of a name ("fentanyl citrate", "X HCl monohydrate").
// Acetate is not here: "ethyl acetate" is a substance, not a salt.
const EN_SALT_WORDS: [RegExp, string][] = [
  [/\b(?:mono|di|tri)?hydrochlorides?\b/, 'hydrochloride'],
  [/\bhcl\b/, 'hydrochloride'],
  [/\b(?:mono|di)?hydrobromides?\b/, 'hydrobromide'],
  [/\bhbr\b/, 'hydrobromide'],
  [/\b(?:hemi|bi)?(?:sulfate|sulphate)s?\b/, 'sulfate'],
  [/\b(?:di)?hydrogen ?citrates?\b|\bcitrates?\b/, 'citrate'],
  [/\b(?:bi)?tartrates?\b/, 'tartrate'],
  [/\bmaleates?\b/, 'maleate'],
  [/\bfumarates?\b/, 'fumarate'],
  [/\boxalates?\b/, 'oxalate'],
  [/\bphosphates?\b/, 'phosphate'],
  [/\b(?:mesylate|methanesulfonate)s?\b/, 'mesylate'],
  [/\b(?:mono|di|tri|hemi|sesqui)?hydrates?\b/, 'hydrate'],
  [/\banhydrous\b/, 'anhydrous'],
  [/\bfree base\b|\bbase\b|\bsalts?\b/, 'base'],
];
/** Each salt word anchored at the end of a name, after optional separators; compiled once. */
const EN_SALTS: [RegExp, string][] = EN_SALT_WORDS.map(([re, word]) => [new RegExp(`[\\s,;]*(?:${re.source})\\s*$`), word]);

// Chinese: salts come as a suffix (…盐酸盐) or as a prefix (盐酸麻黄碱 is ephedrine hydrochloride). A prefix is only
// a salt word when something follows it: 盐酸 alone is hydrochloric acid, 硫酸 alone sulphuric acid.
const ZH_SUFFIXES: [string, string][] = [
  ['二盐酸盐', '盐酸盐'], ['盐酸盐', '盐酸盐'], ['氢溴酸盐', '氢溴酸盐'], ['硫酸盐', '硫酸盐'], ['枸橼酸盐', '枸橼酸盐'],
  ['柠檬酸盐', '枸橼酸盐'], ['酒石酸盐', '酒石酸盐'], ['草酸盐', '草酸盐'], ['磷酸盐', '磷酸盐'], ['一水合物', '水合物'],
  ['二水合物', '水合物'], ['水合物', '水合物'], ['无水', '无水'],
];
const ZH_PREFIXES: [string, string][] = [
  ['盐酸', '盐酸盐'], ['氢溴酸', '氢溴酸盐'], ['硫酸', '硫酸盐'], ['枸橼酸', '枸橼酸盐'], ['柠檬酸', '枸橼酸盐'], ['酒石酸', '酒石酸盐'], ['草酸', '草酸盐'], ['磷酸', '磷酸盐'],
];
const ZH_STOP = /[酸酐醚酮]$/; // after a prefix, a bare acid/anhydride/ether/ketone word means the prefix was the name

function foldCharacters(raw: string): string {
  const text: string = HAN.test(raw) ? toSimplified(raw) : raw;
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[αβγδω]/g, (c: string) => GREEK[c] ?? c)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[·•∙⋅]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Grades and concentrations say how pure, not what: "Hydrochloric acid 37%", "toluene, technical grade", "丙酮（分析纯）".
const GRADES =
  /[\s,;]*(?:stabili[sz]ed(?:\s+with\s+[\w-]+)?|\d+(?:\.\d+)?\s*%(?:\s*(?:w\/w|v\/v|w\/v))?|(?:technical|tech|reagent|analytical|industrial|pharmaceutical|food|electronic|acs|usp|bp|ep|ar|cp|gr)\.?(?:\s+grade)?|grade|purity|pure|solution|工业级|分析纯|化学纯|试剂级|医药级|优级纯|含量|溶液)\s*$/;

function stripGrades(text: string): string {
  let out = text;
  for (let m = GRADES.exec(out); m && m.index > 0; m = GRADES.exec(out)) out = out.slice(0, m.index).trim();
  return out.replace(/[\s,;]+$/, '');
}

// "sodium phenylacetate" is a salt of phenylacetic acid; "BMK glycidic acid sodium salt" one of BMK glycidic acid.
const METALS = '(?:sodium|potassium|calcium|lithium|magnesium|ammonium|di ?sodium|di ?potassium)';
const METAL_PREFIX = new RegExp(`^${METALS}\\s+(.+?)ate$`);
const METAL_SUFFIX = new RegExp(`[\\s,;]+${METALS}(?:\\s+salt)?$`);

function stripMetalSalts(text: string, salts: string[]): string {
  const suffix = METAL_SUFFIX.exec(text);
  if (suffix && suffix.index > 0) {
    salts.push('metal salt');
    return text.slice(0, suffix.index).trim();
  }
  const prefix = METAL_PREFIX.exec(text);
  if (prefix?.[1]) {
    salts.push('metal salt');
    return `${prefix[1]}ic acid`;
  }
  return text;
}

function stripEnglishSalts(text: string, salts: string[]): string {
  let out = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, word] of EN_SALTS) {
      const m = re.exec(out);
      if (m && m.index > 0) {
        out = out.slice(0, m.index).trim();
        salts.push(word);
        changed = true;
      }
    }
  }
  return out;
}

function stripChineseSalts(text: string, salts: string[]): string {
  let out = text;
  for (const [suffix, word] of ZH_SUFFIXES) {
    if (out.length > suffix.length && out.endsWith(suffix)) {
      out = out.slice(0, -suffix.length);
      salts.push(word);
    }
  }
  for (const [prefix, word] of ZH_PREFIXES) {
    const rest = out.slice(prefix.length);
    if (out.startsWith(prefix) && rest.length >= 2 && !ZH_STOP.test(rest) && !rest.startsWith('酐')) {
      out = rest;
      salts.push(word);
      break;
    }
  }
  return out;
}

export function compactKey(text: string): string {
  return text.replace(/[\s\-_–—,.;:'"`´′″()[\]{}（）【】「」〔〕《》<>、，。；：！？!?/\\|+*&]/g, '');
}

/** The name as written, only folded (case, width, Greek, spacing): how registry names are keyed. */
export function literalName(raw: string): NormalisedName {
  const text = foldCharacters(raw);
  return { key: compactKey(text), text, salts: [] };
}

export function normaliseName(raw: string): NormalisedName {
  const salts: string[] = [];
  let text = stripGrades(foldCharacters(raw));
  text = stripEnglishSalts(text, salts);
  text = stripMetalSalts(text, salts);
  text = stripChineseSalts(stripGrades(text), salts);
  return { key: compactKey(text), text, salts: [...new Set(salts)] };
}

const TRAILING_ASIDE = /^(.+?)\s*[(（]([^()（）]+)[)）]$/;

/**
 * The readings of a declared name, most literal first: "Acetone (dimethyl ketone)" is tried whole, then as
 * "Acetone", then as "dimethyl ketone". A bracket inside a systematic name ("1-(2-phenylethyl)…") is not an aside.
 */
export function nameReadings(raw: string): NormalisedName[] {
  const whole = normaliseName(raw);
  // The literal name first: "potassium permanganate" is a substance, not a potassium salt of permanganic acid.
  const readings = [literalName(raw), whole];
  const aside = TRAILING_ASIDE.exec(whole.text);
  if (aside?.[1] && aside[2]) readings.push(normaliseName(aside[1]), normaliseName(aside[2]));
  // Chemical Abstracts index names put the parent first: "2-Propanone, 1-phenyl-" is 1-phenyl-2-propanone.
  const inverted = CA_INDEX.exec(whole.text);
  if (inverted?.[1] && inverted[2]) readings.push(normaliseName(`${inverted[2]}${inverted[1]}`));
  return readings.filter((n) => n.key);
}

const CA_INDEX = /^([^,]+),\s*(.+?)-?$/;

/** How an ester is named: "ethyl phenylacetate" is an ester of phenylacetic acid, 苯乙酸乙酯 one of 苯乙酸. */
const EN_ESTER = /^(?:methyl|ethyl|n-?propyl|propyl|isopropyl|n-?butyl|butyl|isobutyl|tert-?butyl|benzyl|phenyl|menthyl)\s+(.+?)ate$/;
const ZH_ESTER = /^(.+酸)(?:甲|乙|丙|异丙|正丙|丁|异丁|叔丁|苄|苯)酯$/;

/** The acid a name says it is an ester of, if it reads as an ester name at all. */
export function esterParent(raw: string): NormalisedName | null {
  const text = normaliseName(raw).text;
  const en = EN_ESTER.exec(text);
  if (en?.[1]) return normaliseName(`${en[1]}ic acid`);
  const zh = ZH_ESTER.exec(text.replace(/\s/g, ''));
  return zh?.[1] ? normaliseName(zh[1]) : null;
}

/** Spelling variants that carry no meaning between languages and pharmacopoeias: ph/f, y/i, ae/e… */
export function phoneticFold(key: string): string {
  return key.replace(/ph/g, 'f').replace(/y/g, 'i').replace(/ae|oe/g, 'e').replace(/k/g, 'c').replace(/th/g, 't').replace(/(.)\1+/g, '$1');
}
