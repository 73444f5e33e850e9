// What changed between two versions of a readout, word by word (the `diff` package's word diff). Chinese has no
// spaces between words, so the text is cut into words by Intl.Segmenter in the text's language: a changed phrase
// shows as that phrase, not as the whole sentence. Line breaks are kept, so paragraphs stay paragraphs. Pure.
import { diffWords } from 'diff';
import type { ReadoutLang, ReadoutVersion } from './readout-types';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const segmenters = new Map<ReadoutLang, Intl.Segmenter>();
function segmenterFor(lang: ReadoutLang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang === 'zh' ? 'zh-CN' : 'en', { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The parts of `after` against `before`: unchanged, added and removed runs, in reading order. */
export function wordDiff(before: string, after: string, lang: ReadoutLang): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  return diffWords(before, after, { intlSegmenter: segmenterFor(lang) }).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

export const hasChanges = (parts: readonly DiffPart[]): boolean => parts.some((p) => p.kind !== 'same');

/** How many words (segments) were added and removed. */
export function changeCounts(parts: readonly DiffPart[], lang: ReadoutLang): { added: number; removed: number } {
  const words = (text: string) => [...segmenterFor(lang).segment(text)].filter((s) => s.isWordLike).length;
  return parts.reduce((n, p) => (p.kind === 'added' ? { ...n, added: n.added + words(p.text) } : p.kind === 'removed' ? { ...n, removed: n.removed + words(p.text) } : n), { added: 0, removed: 0 });
}

/** The four texts a version holds, each diffed on its own: title and body, and the translation's. */
export type VersionDiff = { title: DiffPart[]; body: DiffPart[]; translationTitle: DiffPart[]; translationBody: DiffPart[] };

const otherLang = (lang: ReadoutLang): ReadoutLang => (lang === 'en' ? 'zh' : 'en');

export function versionDiff(before: ReadoutVersion, after: ReadoutVersion): VersionDiff {
  const lang = after.language;
  return {
    title: wordDiff(before.title, after.title, lang),
    body: wordDiff(before.body, after.body, lang),
    translationTitle: wordDiff(before.translation?.title ?? '', after.translation?.title ?? '', otherLang(lang)),
    translationBody: wordDiff(before.translation?.body ?? '', after.translation?.body ?? '', otherLang(lang)),
  };
}

/**
 * The two versions to compare, older first, whichever order they were picked in; by default the newest against the
 * one before it. `versions` is newest first, as the node answers.
 */
export function comparedPair(versions: readonly ReadoutVersion[], picked: { from: number | null; to: number | null }): { before: ReadoutVersion; after: ReadoutVersion } | null {
  const find = (v: number | null) => (v === null ? undefined : versions.find((x) => x.version === v));
  const after = find(picked.to) ?? versions[0];
  const before = find(picked.from) ?? versions.find((x) => after && x.version < after.version);
  if (!after || !before || after.version === before.version) return null;
  return after.version > before.version ? { before, after } : { before: after, after: before };
}
