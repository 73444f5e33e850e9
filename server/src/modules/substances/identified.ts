// What a screened line is, said in both languages so each reader sees it beside the declared name: "4-哌啶酮" next to
// "4-Piperidone" as the trader wrote it. Only identifying hits count — an identifier, the structure, a name — never
// a resemblance (a fuzzy name, a similar structure), which is a hint for an officer, not an identity.
import { DERIVATIVE_WORDS } from './explain.js';
import type { Hit, IdentifiedSubstance, ScreeningResult, Text } from './screening-schemas.js';
import { shippedPublishers, sourceView, type SourceView } from './sources.js';

type HitCore = Pick<Hit, 'basis' | 'subject' | 'derivation'>;

const SAME: ReadonlySet<Hit['basis']> = new Set(['cas', 'hs', 'name', 'synonym', 'structure']);

/** The strongest tier of identification the hits reach, each subject once, in the order of the hits. */
export function identifiedSubstances(hits: readonly HitCore[]): IdentifiedSubstance[] {
  const tiers: [IdentifiedSubstance['relation'], (h: HitCore) => boolean][] = [
    ['same', (h) => SAME.has(h.basis) && h.subject.kind === 'entry'],
    ['stereoisomer', (h) => h.basis === 'stereoisomer'],
    ['derivative', (h) => h.basis === 'derivative' || h.basis === 'name-ester'],
    ['class-member', (h) => h.basis === 'class'],
  ];
  for (const [relation, matches] of tiers) {
    const seen = new Set<string>();
    const found = hits.filter(matches).filter((h) => !seen.has(h.subject.id) && Boolean(seen.add(h.subject.id)));
    if (found.length) return found.map((h) => identified(h, relation));
  }
  return [];
}

function identified(h: HitCore, relation: IdentifiedSubstance['relation']): IdentifiedSubstance {
  const n = h.subject.names;
  const derivation = h.derivation?.length ? h.derivation : undefined;
  return { kind: h.subject.kind, id: h.subject.id, names: n, relation, ...(derivation ? { derivation } : {}), label: labelOf(n, relation, derivation) };
}

function labelOf(n: Text, relation: IdentifiedSubstance['relation'], derivation: Hit['derivation']): Text {
  if (relation === 'stereoisomer') return { en: `stereoisomer of ${n.en}`, zh: `${n.zh}的立体异构体` };
  if (relation === 'class-member') return { en: `class: ${n.en}`, zh: `类别：${n.zh}` };
  if (relation === 'derivative') {
    const words = (derivation ?? ['esters']).map((t) => DERIVATIVE_WORDS[t]);
    return { en: `${words.map((w) => w.en).join(' and ')} of ${n.en}`, zh: `${n.zh}的${words.map((w) => w.zh).join('和')}` };
  }
  return n;
}

/** "4-哌啶酮 · 4-Piperidone": the reader's language first, then the other; one name when both are the same. */
export function labelIn(labels: readonly Text[], lang: 'en' | 'zh'): string {
  const other = lang === 'en' ? 'zh' : 'en';
  return labels.map((l) => (l[lang] === l[other] ? l[lang] : `${l[lang]} · ${l[other]}`)).join('; ');
}

type StoredControl = Omit<Hit['controls'][number], 'basis' | 'sources' | 'kind' | 'destinations' | 'hasOfficialSource'> & {
  basis: string | Text;
  sources: (string | Omit<SourceView, 'otherGovernment'> & { otherGovernment?: boolean })[];
  hasOfficialSource?: boolean;
  kind?: Hit['controls'][number]['kind'];
  destinations?: string[];
};

/** A control as stored before bases were bilingual and sources classified: the text in both, the site looked up. */
function upgradeControl(c: StoredControl): Hit['controls'][number] {
  const publishers = shippedPublishers();
  const sources = c.sources.map((s): SourceView => (typeof s === 'string' ? sourceView(publishers, s) : { ...s, otherGovernment: s.otherGovernment ?? false }));
  return {
    ...c,
    kind: c.kind ?? 'schedule',
    destinations: c.destinations ?? [],
    basis: typeof c.basis === 'string' ? { en: c.basis, zh: c.basis } : c.basis,
    sources,
    hasOfficialSource: c.hasOfficialSource ?? sources.some((s) => s.official),
  };
}

/** A screening result as stored (on a notification line, in a job's results), in today's shape. */
export function storedResult(raw: unknown): ScreeningResult | null {
  if (raw === null || typeof raw !== 'object') return null;
  const r = raw as Omit<ScreeningResult, 'identified' | 'hits'> & { identified?: IdentifiedSubstance[]; hits: (Omit<Hit, 'controls' | 'upcoming'> & { controls: StoredControl[]; upcoming: StoredControl[] })[] };
  const hits = r.hits.map((h) => ({ ...h, controls: h.controls.map(upgradeControl), upcoming: h.upcoming.map(upgradeControl) }));
  return { ...r, hits, identified: r.identified ?? identifiedSubstances(hits) };
}
