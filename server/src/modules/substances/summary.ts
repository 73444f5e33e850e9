// One line per screened line, in both languages: the verdict and what it rests on.
import { verdictWords } from './explain.js';
import type { Hit, Text, Verdict } from './screening-schemas.js';

const JURISDICTION_NAMES: Record<string, Text> = { UN: { en: 'UN', zh: '联合国' }, US: { en: 'US', zh: '美国' }, CN: { en: 'PRC', zh: '中国' } };

export function summaryOf(verdict: Verdict, hits: Hit[]): Text {
  const word = verdictWords[verdict];
  const top = hits.filter((h) => h.verdict === verdict);
  if (!top.length) return word;
  const subjects = [...new Map(top.map((h) => [h.subject.id, h.subject.names])).values()];
  const where = [...new Set(top.flatMap((h) => h.controls.map((c) => c.jurisdiction)))];
  const places = (lang: 'en' | 'zh') => where.map((j) => JURISDICTION_NAMES[j]?.[lang] ?? j);
  return {
    en: `${word.en}: ${subjects.map((s) => s.en).join(', ')}${where.length ? ` (${places('en').join(', ')})` : ''}`,
    zh: `${word.zh}：${subjects.map((s) => s.zh).join('、')}${where.length ? `（${places('zh').join('、')}）` : ''}`,
  };
}
