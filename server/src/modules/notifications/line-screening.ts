// Every chemical line goes through the Substances engine: when drafted and sent (the exporter's registry) and on
// receipt (the importer's, whose national controls may differ). The verdicts decide the scheme (PEN for scheduled
// chemicals, PEN Light otherwise), whether a supervisor must review, and whether the notification may go at all.
import type { Ctx } from '../../platform/context.js';
import { screenLines, type ScreeningResult, type Verdict } from '../substances/index.js';

type Declared = { declaredName: string; cas: string | null; hsCode: string | null; smiles: string | null; quantity: string; unit: string };

export type LineScreening = { results: ScreeningResult[]; verdict: Verdict; scheme: 'pen' | 'pen-light'; reviewNeeded: boolean; unidentified: number[] };

// For a whole notification an unidentified line weighs more than a clear one: it is never silently clear.
const RANK: Record<Verdict, number> = { controlled: 5, 'controlled-by-rule': 4, analogue: 3, 'insufficient-identity': 2, clear: 1 };
export const worstVerdict = (verdicts: readonly Verdict[]): Verdict => verdicts.reduce<Verdict>((worst, v) => (RANK[v] > RANK[worst] ? v : worst), 'clear');

const REVIEW: readonly Verdict[] = ['controlled-by-rule', 'analogue'];
const SCHEDULED: readonly string[] = ['controlled', 'controlled-by-rule'];

/** PEN when a line is a scheduled chemical under the screening party's law, PEN Light (voluntary) when none is. */
export const schemeOf = (verdicts: readonly string[]): 'pen' | 'pen-light' => (verdicts.some((v) => SCHEDULED.includes(v)) ? 'pen' : 'pen-light');

export async function screenDeclared(ctx: Ctx, lines: readonly Declared[], asOf: string): Promise<LineScreening> {
  const { results } = await screenLines(ctx, {
    asOf,
    lines: lines.map((l, i) => ({ ref: String(i + 1), name: l.declaredName, cas: l.cas ?? undefined, hs: l.hsCode ?? undefined, smiles: l.smiles ?? undefined, quantity: `${l.quantity} ${l.unit}` })),
  });
  const verdicts = results.map((r) => r.verdict);
  const verdict = worstVerdict(verdicts);
  return {
    results,
    verdict,
    scheme: schemeOf(verdicts),
    reviewNeeded: verdicts.some((v) => REVIEW.includes(v)),
    unidentified: verdicts.flatMap((v, i) => (v === 'insufficient-identity' ? [i] : [])),
  };
}
