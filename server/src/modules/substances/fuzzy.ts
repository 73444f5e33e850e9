// Fuzzy name matching for typos and transliterations ("fentanil", "fentanilo", "acetic anhidride"). Candidates
// come from a bigram index, so a line is compared in full only with the few names that share most of its bigrams.

export type FuzzyHit<T> = { item: T; score: number; name: string };

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded by `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export const similarity = (a: string, b: string): number => {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 0;
  const max = Math.floor(len * 0.35);
  return 1 - editDistance(a, b, max) / len;
};

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

export type FuzzyIndex<T> = { search(key: string, minScore: number, limit: number): FuzzyHit<T>[] };

/** Each name's `key` is its comparison form, already normalised and folded by the caller. */
export function buildFuzzyIndex<T>(names: { key: string; name: string; item: T }[]): FuzzyIndex<T> {
  const byBigram = new Map<string, number[]>();
  const gramCounts: number[] = [];
  names.forEach((n, i) => {
    const grams = bigrams(n.key);
    gramCounts.push(grams.size);
    for (const g of grams) {
      const list = byBigram.get(g) ?? [];
      list.push(i);
      byBigram.set(g, list);
    }
  });
  return {
    search(key, minScore, limit) {
      const grams = bigrams(key);
      const shared = new Map<number, number>();
      for (const g of grams) for (const i of byBigram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      const hits: FuzzyHit<T>[] = [];
      for (const [i, count] of shared) {
        const n = names[i];
        if (!n) continue;
        // A name sharing under half its bigrams cannot reach the scores we accept; skip the full comparison.
        if (count < Math.min(grams.size, gramCounts[i] ?? 0) * 0.5) continue;
        const score = similarity(key, n.key);
        if (score >= minScore) hits.push({ item: n.item, score, name: n.name });
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
