// The wildlife reference data the incident pages read from the node: the CITES trade terms (loaded once per page
// load, they never change while the node runs) and the species of the checklist, looked up as one types — by
// scientific, English or Chinese name, or pinyin — ~250 ms after typing stops.
import { useEffect, useState } from 'react';
import { api, call } from '../../app/api/client';
import { toProblem, type ApiProblem } from '../../app/api/problem';
import type { Species, TradeTerm } from './types';

export const SPECIES_DELAY_MS = 250;

let tradeTerms: Promise<TradeTerm[]> | null = null;

/** The trade terms, in the node's order (empty until they have loaded). */
export function useTradeTerms(): readonly TradeTerm[] {
  const [terms, setTerms] = useState<readonly TradeTerm[]>([]);
  useEffect(() => {
    tradeTerms ??= call(api.GET('/api/v1/wildlife/trade-terms')).then((r) => r.items);
    let live = true;
    tradeTerms.then(
      (items) => (live ? setTerms(items) : undefined),
      () => {
        tradeTerms = null; // asked again on the next mount
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return terms;
}

/** Species of the checklist matching `q`, at most `limit` of them. */
export async function findSpecies(q: string, limit: number): Promise<Species[]> {
  return (await call(api.GET('/api/v1/wildlife/species', { params: { query: { q, limit } } }))).items;
}

export type SpeciesSearch = { items: Species[]; isLoading: boolean; problem: ApiProblem | null };

/** Species whose scientific, English or Chinese name, or pinyin, matches `query` (nothing for a blank query). */
export function useSpeciesSearch(query: string): SpeciesSearch {
  const [state, setState] = useState<SpeciesSearch>({ items: [], isLoading: false, problem: null });
  const q = query.trim();
  useEffect(() => {
    if (q === '' || q.length > 100) {
      setState({ items: [], isLoading: false, problem: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, isLoading: true }));
    const timer = window.setTimeout(() => {
      findSpecies(q, 15).then(
        (items) => (live ? setState({ items, isLoading: false, problem: null }) : undefined),
        (error: unknown) => (live ? setState({ items: [], isLoading: false, problem: toProblem(error) }) : undefined),
      );
    }, SPECIES_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q]);
  return state;
}
