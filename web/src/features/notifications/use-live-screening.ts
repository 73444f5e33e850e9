// Screening as the officer types: ~400 ms after the chemical lines stop changing, the lines whose identity (name,
// CAS, HS code, structure) has not been screened yet go to the screening engine. Answers are kept by identity, so
// a line shows its verdict as long as its identity stays the same, and a late answer can never land on another line.
import { useEffect, useMemo, useState } from 'react';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { ScreeningLine, ScreeningResult } from '../substances/types';
import type { LineDraft } from './draft';

export const SCREENING_DELAY_MS = 400;

type Identity = Pick<ScreeningLine, 'name' | 'cas' | 'hs' | 'smiles'>;

function identityOf(line: LineDraft): Identity | null {
  const out: Identity = {};
  if (line.declaredName.trim()) out.name = line.declaredName.trim();
  if (line.cas.trim()) out.cas = line.cas.trim();
  if (line.hsCode.trim()) out.hs = line.hsCode.trim();
  if (line.smiles.trim()) out.smiles = line.smiles.trim();
  return Object.keys(out).length > 0 ? out : null;
}

const keyOf = (identity: Identity) => JSON.stringify([identity.name, identity.cas, identity.hs, identity.smiles]);

export type LineScreening = { state: 'empty' } | { state: 'checking' } | { state: 'done'; result: ScreeningResult };

export function useLiveScreening(lines: readonly LineDraft[]): { screenings: LineScreening[]; problem: ApiProblem | null } {
  const [results, setResults] = useState<ReadonlyMap<string, ScreeningResult>>(new Map());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const identities = useMemo(() => lines.map(identityOf), [lines]);
  const pending = useMemo(() => {
    const keys = new Map<string, Identity>();
    for (const identity of identities) if (identity && !results.has(keyOf(identity))) keys.set(keyOf(identity), identity);
    return keys;
  }, [identities, results]);
  const pendingKey = [...pending.keys()].join('\n');

  useEffect(() => {
    if (pending.size === 0) return;
    const asked = [...pending.entries()];
    const timer = window.setTimeout(() => {
      call(api.POST('/api/v1/screening-checks', { body: { lines: asked.map(([, identity], i) => ({ ref: String(i), ...identity })) } })).then(
        (check) => {
          setProblem(null);
          setResults((prev) => {
            const next = new Map(prev);
            for (const result of check.results) {
              const key = asked[Number(result.ref)]?.[0];
              if (key !== undefined) next.set(key, result);
            }
            return next;
          });
        },
        (error: unknown) => setProblem(toProblem(error)),
      );
    }, SCREENING_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `pendingKey` names exactly the identities in `pending`.
  }, [pendingKey]);

  const screenings = identities.map((identity): LineScreening => {
    if (!identity) return { state: 'empty' };
    const result = results.get(keyOf(identity));
    return result ? { state: 'done', result } : { state: 'checking' };
  });
  return { screenings, problem };
}
