// `npm run eval:screening [-- --held-out]`: screens a labelled set in server/test/screening-eval/ and prints precision and
// recall per verdict, the score per group, and every case that missed (with `--all`, every case); then the false alarms
// on the common traded chemicals of data/screening/benign-chemicals.json.
import { readFileSync } from 'node:fs';
import { createChemistry, loadRDKit } from '../server/src/modules/substances/chem.js';
import { z } from 'zod';
import { BenignChemical, EvalSet, evaluate, falseAlarms } from '../server/src/modules/substances/evaluation.js';
import { buildRegistry, readRegistryFiles } from '../server/src/modules/substances/registry-data.js';
import { createScreener } from '../server/src/modules/substances/screener.js';
import { fromRoot } from '../server/src/platform/paths.js';

const AS_OF = '2026-11-28';
const rd = await loadRDKit();
const screener = createScreener(createChemistry(rd), buildRegistry(rd, readRegistryFiles()));
// `--held-out` scores the second set, written independently of the engine and never used to tune it.
const file = process.argv.includes('--held-out') ? 'held-out.json' : 'cases.json';
const set = EvalSet.parse(JSON.parse(readFileSync(fromRoot('server', 'test', 'screening-eval', file), 'utf8')));
const started = performance.now();
const scores = evaluate(screener, set.cases, AS_OF);
const ms = performance.now() - started;
const pct = (x: number | null) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

console.log(`Screening evaluation (${file}): ${set.cases.length} labelled cases, as of ${AS_OF}, ${ms.toFixed(0)} ms\n`);
console.log('verdict                 expected predicted correct precision recall');
for (const v of scores.perVerdict) {
  console.log(`${v.verdict.padEnd(24)}${String(v.expected).padStart(8)}${String(v.predicted).padStart(10)}${String(v.correct).padStart(8)}   ${pct(v.precision)}  ${pct(v.recall)}`);
}
console.log('\ngroup          cases   right');
for (const g of scores.perGroup) console.log(`${g.group.padEnd(15)}${String(g.cases).padStart(5)}${String(g.ok).padStart(8)}`);
const shown = process.argv.includes('--all') ? scores.outcomes : scores.outcomes.filter((o) => !o.ok);
if (shown.length) console.log(`\n${process.argv.includes('--all') ? 'cases' : 'misses'}:`);
for (const o of shown) {
  console.log(`  ${o.ok ? 'ok  ' : 'MISS'} ${o.case.id} [${o.case.group}] ${JSON.stringify(o.case.input)} → ${o.result.verdict}; ${o.reasons.join('; ')}`);
  if (!o.ok) console.log(`       ${o.result.summary.en} | hits: ${o.result.hits.map((h) => `${h.basis}:${h.subject.id}:${h.verdict}${h.score ? `:${h.score}` : ''}`).join(' ')}`);
}

const chemicals = z.array(BenignChemical).parse(JSON.parse(readFileSync(fromRoot('data', 'screening', 'benign-chemicals.json'), 'utf8')));
const alarms = falseAlarms(screener, chemicals, AS_OF);
const rate = (n: number) => `${n} (${((n / alarms.screened) * 100).toFixed(1)}%)`;
console.log(`\nFalse alarms on ${alarms.screened} common traded chemicals (name, CAS and structure each): controlled ${rate(alarms.controlled.length)}, analogue ${rate(alarms.analogue.length)}`);
for (const x of [...alarms.controlled, ...alarms.analogue]) {
  console.log(`  ${x.result.verdict} ${x.chemical.name} (${x.chemical.cas}): ${x.result.hits.filter((h) => h.verdict === x.result.verdict).map((h) => `${h.basis}:${h.subject.id}${h.score ? `:${h.score}` : ''}`).join(' ')}`);
}
