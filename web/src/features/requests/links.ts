// The records a case or a request links, as their form holds them: references as the officer typed or picked them
// (written as the node writes references: upper case, no spaces, each once), and the suggestions offered while
// typing, matched on the reference or on what describes the record.
import type { LinksInput } from './types';

/** The records a request or a case links (its form edits incidents and notifications; an edited draft keeps its
 * contacts, which the officer may remove). */
export type LinksDraft = { incidents: string[]; notifications: string[]; contacts: string[] };

/** A record that may be linked: its reference and a few words on what it is (a title, the chemicals). */
export type LinkSuggestion = { reference: string; description: string };

export const MAX_LINKS = 200;

export const emptyLinks = (): LinksDraft => ({ incidents: [], notifications: [], contacts: [] });

export const linksToInput = (l: LinksDraft): LinksInput => ({ incidents: [...l.incidents], notifications: [...l.notifications], contacts: [...l.contacts] });

/** References as the node writes them, each once, empty ones dropped, at most MAX_LINKS. */
export function normaliseReferences(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const reference = value.replace(/\s+/g, '').toUpperCase();
    if (reference !== '') seen.add(reference);
  }
  return [...seen].slice(0, MAX_LINKS);
}

/** Does a suggestion match what is being typed (any part of its reference or description, any case)? */
export function matchesSuggestion(s: LinkSuggestion, search: string): boolean {
  const words = search.trim().toLowerCase();
  if (words === '') return true;
  return s.reference.toLowerCase().includes(words) || s.description.toLowerCase().includes(words);
}
