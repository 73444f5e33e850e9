// Scores the screener against a labelled set: per verdict, precision and recall; per group, how many cases got the
// expected verdict. A case may accept more than one verdict (`notVerdict` lists the verdicts it must not get).
import { z } from 'zod';
import type { Screener } from './screener.js';
import { ScreeningLine, Verdict, VERDICTS, type ScreeningResult } from './screening-schemas.js';

export const EvalCase = z.object({
  id: z.string(),
  group: z.string(),
  input: ScreeningLine,
  expect: z.object({ verdict: Verdict, entry: z.string().optional(), notVerdict: z.array(Verdict).optional(), conflict: z.boolean().optional() }),
  why: z.string(),
});
export type EvalCase = z.infer<typeof EvalCase>;
export const EvalSet = z.object({ about: z.string(), cases: z.array(EvalCase) });

export type CaseOutcome = { case: EvalCase; result: ScreeningResult; ok: boolean; reasons: string[] };

export function judge(c: EvalCase, result: ScreeningResult): CaseOutcome {
  const reasons: string[] = [];
  const { verdict, entry, notVerdict, conflict } = c.expect;
  if (notVerdict) {
    if (notVerdict.includes(result.verdict)) reasons.push(`verdict ${result.verdict} is excluded`);
  } else if (result.verdict !== verdict) reasons.push(`verdict ${result.verdict}, expected ${verdict}`);
  if (entry && !result.hits.some((h) => h.subject.id === entry && h.verdict === result.verdict)) reasons.push(`no ${result.verdict} hit on ${entry}`);
  if (conflict && result.conflicts.length === 0) reasons.push('no conflict reported');
  return { case: c, result, ok: reasons.length === 0, reasons };
}

export type Scores = {
  perVerdict: { verdict: string; expected: number; predicted: number; correct: number; precision: number | null; recall: number | null }[];
  perGroup: { group: string; cases: number; ok: number }[];
  outcomes: CaseOutcome[];
};

export function evaluate(screener: Screener, cases: EvalCase[], asOf: string): Scores {
  const outcomes = cases.map((c) => judge(c, screener.screen(c.input, asOf)));
  // For precision and recall a case counts under its expected verdict; an either-or case counts as correct
  // whenever it avoided the verdicts it must not get.
  const expectedOf = (o: CaseOutcome) => (o.case.expect.notVerdict && o.ok ? o.result.verdict : o.case.expect.verdict);
  const perVerdict = VERDICTS.map((v) => {
    const expected = outcomes.filter((o) => expectedOf(o) === v).length;
    const predicted = outcomes.filter((o) => o.result.verdict === v).length;
    const correct = outcomes.filter((o) => o.result.verdict === v && expectedOf(o) === v && o.ok).length;
    return { verdict: v, expected, predicted, correct, precision: predicted ? correct / predicted : null, recall: expected ? correct / expected : null };
  });
  const groups = [...new Set(cases.map((c) => c.group))];
  const perGroup = groups.map((g) => ({ group: g, cases: outcomes.filter((o) => o.case.group === g).length, ok: outcomes.filter((o) => o.case.group === g && o.ok).length }));
  return { perVerdict, perGroup, outcomes };
}

/**
 * A false-alarm set: common, legitimately traded chemicals that no party controls, each identified as a trader
 * would declare it (name, CAS number, structure). data/screening/benign-chemicals.json, with its sources beside it.
 */
export const BenignChemical = z.object({ name: z.string(), nameZh: z.string().optional(), cas: z.string(), smiles: z.string(), category: z.string(), why: z.string().optional() });
export type BenignChemical = z.infer<typeof BenignChemical>;

export type FalseAlarms = { screened: number; analogue: { chemical: BenignChemical; result: ScreeningResult }[]; controlled: { chemical: BenignChemical; result: ScreeningResult }[] };

/** Screens each benign chemical as declared in full and keeps those called anything but clear. */
export function falseAlarms(screener: Screener, chemicals: readonly BenignChemical[], asOf: string): FalseAlarms {
  const out: FalseAlarms = { screened: chemicals.length, analogue: [], controlled: [] };
  for (const chemical of chemicals) {
    const result = screener.screen({ name: chemical.name, cas: chemical.cas, smiles: chemical.smiles }, asOf);
    if (result.verdict === 'analogue') out.analogue.push({ chemical, result });
    if (result.verdict === 'controlled' || result.verdict === 'controlled-by-rule') out.controlled.push({ chemical, result });
  }
  return out;
}
