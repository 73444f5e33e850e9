// The readout editor's form: the original in its author's language (title and body), the translation into the other
// language beside it with who made it, the kind (own, or this party's text of a joint readout, new or joining the
// joint readout another party started for the meeting) and the linked records. It becomes the node's bodies: a new
// readout (POST /readouts), then, when a translation was written, its translation (PUT /readouts/:id/translation);
// an edit sends only what changed, the original first (PUT /readouts/:id), each with the version it replaces. Pure.
import { normaliseReferences } from '../requests/links';
import type { Readout, ReadoutEdit, ReadoutInput, ReadoutKind, ReadoutLang, ReadoutLinks, ReadoutSummary, TranslationInput } from './readout-types';

export const LINK_KINDS = ['incidents', 'notifications', 'cases', 'requests'] as const;
export type TranslationBy = 'person' | 'machine';
export type TextPair = { title: string; body: string };

export type ReadoutDraft = {
  meetingId: string;
  kind: ReadoutKind;
  /** A joint readout another party started, which this party's text joins; null starts a new one. */
  jointId: string | null;
  language: ReadoutLang;
  original: TextPair;
  translation: TextPair & { by: TranslationBy };
  /** The author says the translation, unchanged, still matches the original (saved again, so no longer stale). */
  isTranslationConfirmed: boolean;
  links: ReadoutLinks;
};

export const noLinks = (): ReadoutLinks => ({ incidents: [], notifications: [], cases: [], requests: [] });
export const otherLang = (lang: ReadoutLang): ReadoutLang => (lang === 'en' ? 'zh' : 'en');

export function emptyReadoutDraft(meetingId: string, language: ReadoutLang): ReadoutDraft {
  return { meetingId, kind: 'own', jointId: null, language, original: { title: '', body: '' }, translation: { title: '', body: '', by: 'person' }, isTranslationConfirmed: false, links: noLinks() };
}

export function draftFromReadout(r: Readout): ReadoutDraft {
  return {
    meetingId: r.meetingId,
    kind: r.kind,
    jointId: r.jointId,
    language: r.language,
    original: { title: r.title, body: r.body },
    translation: { title: r.translation?.title ?? '', body: r.translation?.body ?? '', by: r.translation?.by ?? 'person' },
    isTranslationConfirmed: false,
    links: { ...noLinks(), ...r.links },
  };
}

export type ReadoutField = 'meetingId' | 'title' | 'body' | 'translation/title' | 'translation/body';

/** What must be filled: the meeting and the original; the translation whole or not at all. */
export function missingReadoutFields(d: ReadoutDraft): ReadoutField[] {
  const missing: ReadoutField[] = [];
  if (!d.meetingId) missing.push('meetingId');
  if (d.original.title.trim() === '') missing.push('title');
  if (d.original.body.trim() === '') missing.push('body');
  const [hasTitle, hasBody] = [d.translation.title.trim() !== '', d.translation.body.trim() !== ''];
  if (hasTitle && !hasBody) missing.push('translation/body');
  if (hasBody && !hasTitle) missing.push('translation/title');
  return missing;
}

const linksToInput = (l: ReadoutLinks): ReadoutLinks => ({ incidents: normaliseReferences(l.incidents), notifications: normaliseReferences(l.notifications), cases: normaliseReferences(l.cases), requests: normaliseReferences(l.requests) });
/** Body text keeps its paragraphs; only the ends are trimmed. */
const trimmed = (p: TextPair): TextPair => ({ title: p.title.trim(), body: p.body.trim() });

export function readoutDraftToInput(d: ReadoutDraft): ReadoutInput {
  return { meetingId: d.meetingId, kind: d.kind, jointId: d.kind === 'joint' ? d.jointId : null, language: d.language, ...trimmed(d.original), links: linksToInput(d.links) };
}

export const readoutDraftToEdit = (d: ReadoutDraft, version: number): ReadoutEdit => ({ ...trimmed(d.original), links: linksToInput(d.links), version });

export const hasTranslation = (d: ReadoutDraft): boolean => d.translation.title.trim() !== '' && d.translation.body.trim() !== '';

export const translationToInput = (d: ReadoutDraft, version: number): TranslationInput => ({ ...trimmed(d.translation), by: d.translation.by, version });

const sameLinks = (a: ReadoutLinks, b: ReadoutLinks): boolean => LINK_KINDS.every((k) => a[k].join(' ') === b[k].join(' '));

/** Which writes an edit needs: the original (title, body, links) and the translation, each only when it changed. */
export function editWrites(d: ReadoutDraft, r: Readout): { original: boolean; translation: boolean } {
  const input = readoutDraftToEdit(d, r.version);
  const original = input.title !== r.title || input.body !== r.body || !sameLinks(linksToInput(d.links), r.links);
  const next = trimmed(d.translation);
  const before = r.translation;
  const changed = !before || next.title !== before.title || next.body !== before.body || d.translation.by !== before.by;
  // An unchanged translation of a changed original stays stale, unless its author says it still matches.
  return { original, translation: hasTranslation(d) && (changed || d.isTranslationConfirmed) };
}

/** A joint readout another party started for this meeting that this party has no text of yet. */
export type JointChoice = { jointId: string; party: string; reference: string; title: string; language: ReadoutLang };

/** The joint readouts this party may join, from the meeting's readouts held here. */
export function jointChoices(readouts: readonly ReadoutSummary[], ownParty: string): JointChoice[] {
  const live = readouts.filter((r) => r.kind === 'joint' && r.jointId && r.status !== 'withdrawn');
  const joined = new Set(live.filter((r) => r.originParty === ownParty).map((r) => r.jointId));
  const choices = new Map<string, JointChoice>();
  for (const r of live) {
    if (!r.jointId || r.originParty === ownParty || joined.has(r.jointId) || choices.has(r.jointId)) continue;
    choices.set(r.jointId, { jointId: r.jointId, party: r.originParty, reference: r.reference, title: r.title, language: r.language });
  }
  return [...choices.values()];
}
