// Every hit explains itself in English and Chinese: what matched, by which rule, where and since when. The
// wording lives here so both languages stay side by side; the web app shows whichever the reader chose.
import { dayText } from '../../platform/day-text.js';
import type { ControlList, Entry, Jurisdiction, SubstanceClass } from './registry.js';
import type { ControlView, Text, Verdict } from './screening-schemas.js';
import type { DerivativeType } from './registry.js';

const JURISDICTION: Record<Jurisdiction, Text> = { UN: { en: 'UN', zh: '联合国' }, US: { en: 'US', zh: '美国' }, CN: { en: 'PRC', zh: '中国' } };

export const DERIVATIVE_WORDS: Record<DerivativeType, Text> = {
  amides: { en: 'amide', zh: '酰胺' },
  carbamates: { en: 'carbamate', zh: '氨基甲酸酯' },
  halides: { en: 'halide', zh: '卤化物' },
  acetals: { en: 'acetal', zh: '缩醛（缩酮）' },
  esters: { en: 'ester', zh: '酯' },
};

export const nameOf = (s: Pick<Entry | SubstanceClass, 'names'>): Text => s.names;

export function listLabel(lists: ReadonlyMap<string, ControlList>, code: string): Text {
  const l = lists.get(code);
  return l ? { en: l.en, zh: l.zh } : { en: code, zh: code };
}

function sinceText(c: ControlView): Text {
  const unsure = c.since.length < 10 || c.unconfirmed.includes('since');
  const since = dayText(c.since);
  return unsure ? { en: `since ${since.en} (exact date not confirmed)`, zh: `自${since.zh}起（具体日期待核实）` } : { en: `since ${since.en}`, zh: `自${since.zh}起` };
}

/** An export licence names where to: "(exports to US, MX, CA)". */
function destinationsText(c: ControlView): Text {
  if (c.kind !== 'export-licence' || c.destinations.length === 0) return { en: '', zh: '' };
  return { en: ` (exports to ${c.destinations.join(', ')})`, zh: `（出口至${c.destinations.join('、')}）` };
}

export function controlsSentence(inForce: ControlView[], upcoming: ControlView[], asOf: string): Text {
  const part = (c: ControlView, lang: 'en' | 'zh') => `${JURISDICTION[c.jurisdiction][lang]} ${c.listLabel[lang]}${destinationsText(c)[lang]} ${sinceText(c)[lang]}`;
  if (inForce.length) return { en: `Controlled: ${inForce.map((c) => part(c, 'en')).join('; ')}.`, zh: `管制：${inForce.map((c) => part(c, 'zh')).join('；')}。` };
  const later = upcoming.filter((c) => c.since > asOf);
  const tail = later.length ? { en: ` (${later.map((c) => part(c, 'en')).join('; ')})`, zh: `（${later.map((c) => part(c, 'zh')).join('；')}）` } : { en: '', zh: '' };
  const on = dayText(asOf);
  return { en: `Not controlled on ${on.en}${tail.en}.`, zh: `${on.zh}时不受管制${tail.zh}。` };
}

export const join = (a: Text, b: Text): Text => ({ en: `${a.en} ${b.en}`, zh: `${a.zh}${b.zh}` });

const joinWords = (words: Text[]): Text => ({ en: words.map((w) => w.en).join(' and '), zh: words.map((w) => w.zh).join('和') });

export const texts = {
  cas: (cas: string, n: Text, form?: string): Text => ({
    en: `CAS ${cas} is ${n.en}${form ? ` (${form})` : ''}.`,
    zh: `CAS ${cas} 为${n.zh}${form ? `（${form}）` : ''}。`,
  }),
  hs: (code: string, n: Text): Text => ({ en: `HS subheading ${code} is ${n.en} alone.`, zh: `HS子目${code}专指${n.zh}。` }),
  name: (n: Text): Text => ({ en: `The declared name is ${n.en}.`, zh: `申报名称为${n.zh}。` }),
  synonym: (declared: string, n: Text): Text => ({ en: `“${declared}” is a name of ${n.en}.`, zh: `“${declared}”是${n.zh}的名称之一。` }),
  nameEster: (declared: string, n: Text): Text => ({ en: `“${declared}” names an ester of ${n.en}.`, zh: `“${declared}”是${n.zh}的酯。` }),
  fuzzy: (matched: string, n: Text, score: number): Text => ({
    en: `The declared name resembles “${matched}” (${n.en}), similarity ${score.toFixed(2)}.`,
    zh: `申报名称与“${matched}”（${n.zh}）相近，相似度${score.toFixed(2)}。`,
  }),
  fuzzyOutweighed: (matched: string, n: Text, score: number): Text => ({
    en: `The declared name resembles “${matched}” (${n.en}), similarity ${score.toFixed(2)}, but the CAS number and the structure both identify a substance that is not listed.`,
    zh: `申报名称与“${matched}”（${n.zh}）相近，相似度${score.toFixed(2)}，但CAS号和结构均表明该物质不在名录中。`,
  }),
  structure: (n: Text, counterIons: string[]): Text => ({
    en: `The structure is ${n.en}${counterIons.length ? ` (counter-ions removed: ${counterIons.join(', ')})` : ''}.`,
    zh: `结构为${n.zh}${counterIons.length ? `（已去除反离子：${counterIons.join('、')}）` : ''}。`,
  }),
  stereoisomer: (n: Text, covered: boolean): Text => ({
    en: `The structure is a stereoisomer of ${n.en}${covered ? ', and the control covers optical isomers' : ', which the control does not name'}.`,
    zh: `结构为${n.zh}的立体异构体${covered ? '，管制涵盖其光学异构体' : '，管制未列明该异构体'}。`,
  }),
  derivative: (n: Text, types: DerivativeType[], covered: boolean): Text => {
    const w = joinWords(types.map((t) => DERIVATIVE_WORDS[t]));
    return {
      en: `The structure is a ${w.en} of ${n.en}: undoing the ${w.en} gives ${n.en}${covered ? '' : `, but no control of ${n.en} covers that`}.`,
      zh: `结构为${n.zh}的${w.zh}：还原该${w.zh}即得${n.zh}${covered ? '' : `，但${n.zh}的管制未涵盖此类衍生物`}。`,
    };
  },
  classMember: (n: Text, rule: Text): Text => ({ en: `The structure falls under the class “${n.en}”: ${rule.en}`, zh: `结构属于“${n.zh}”：${rule.zh}` }),
  similar: (n: Text, score: number): Text => ({
    en: `The structure resembles ${n.en} (Tanimoto ${score.toFixed(2)} on Morgan fingerprints) but no listing or rule covers it: worth a look.`,
    zh: `结构与${n.zh}相似（Morgan指纹Tanimoto系数${score.toFixed(2)}），但不属于任何列管或规则：建议核查。`,
  }),
};

export const problems = {
  'cas-format': { en: 'The CAS number is not in the form 1234-56-7.', zh: 'CAS号格式应为1234-56-7。' },
  'cas-check-digit': { en: "The CAS number's check digit is wrong: it is mistyped or invented.", zh: 'CAS号校验位错误：可能录入有误或系编造。' },
  'hs-format': { en: 'An HS code has 6 to 10 digits.', zh: 'HS编码应为6至10位数字。' },
  'smiles-invalid': { en: 'The structure (SMILES) cannot be read.', zh: '无法解析该结构（SMILES）。' },
  empty: { en: 'The line declares nothing to screen: give a name, a CAS number or a structure.', zh: '该行未申报可筛查的信息：请提供名称、CAS号或结构。' },
  'name-unknown': { en: 'The name is not in the registry, and nothing else identifies the substance.', zh: '该名称不在名录中，且无其他信息可识别该物质。' },
} satisfies Record<string, Text>;

export const conflicts = {
  casStructure: (cas: string, casEntry: Text, structure: Text | null): Text => ({
    en: `CAS ${cas} is ${casEntry.en}, but the structure is ${structure ? structure.en : `not ${casEntry.en}`}.`,
    zh: `CAS ${cas} 为${casEntry.zh}，但结构${structure ? `为${structure.zh}` : `并非${casEntry.zh}`}。`,
  }),
  nameCas: (name: Text, cas: string, casEntry: Text | null): Text => ({
    en: `The name is ${name.en}, but CAS ${cas} is ${casEntry ? casEntry.en : `not its CAS number (a salt or hydrate has a CAS number of its own)`}.`,
    zh: `名称为${name.zh}，但CAS ${cas} ${casEntry ? `为${casEntry.zh}` : '并非其CAS号（盐或水合物另有CAS号）'}。`,
  }),
  hs: (field: Text, fieldEntry: Text, code: string, hsEntry: Text): Text => ({
    en: `The ${field.en} is ${fieldEntry.en}, but HS subheading ${code} is ${hsEntry.en}.`,
    zh: `${field.zh}为${fieldEntry.zh}，但HS子目${code}为${hsEntry.zh}。`,
  }),
  unknownName: (declared: string, identified: Text): Text => ({
    en: `“${declared}” is not a name of ${identified.en}, which the other identifiers declare.`,
    zh: `“${declared}”并非${identified.zh}的名称，而其他标识符指向${identified.zh}。`,
  }),
  nameStructure: (name: Text, structure: Text | null): Text => ({
    en: `The name is ${name.en}, but the structure is ${structure ? structure.en : `not ${name.en}`}.`,
    zh: `名称为${name.zh}，但结构${structure ? `为${structure.zh}` : `并非${name.zh}`}。`,
  }),
};

export const verdictWords: Record<Verdict, Text> = {
  controlled: { en: 'Controlled', zh: '管制' },
  'controlled-by-rule': { en: 'Controlled by rule', zh: '依规则管制' },
  analogue: { en: 'Analogue — worth a look', zh: '类似物——建议核查' },
  clear: { en: 'Clear', zh: '未见管制' },
  'insufficient-identity': { en: 'Insufficient identity', zh: '身份信息不足' },
};
