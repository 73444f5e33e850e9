// Where a fact comes from, and whether that is an official publication. Official means published by a government
// or a treaty body (a gazette, the Federal Register and eCFR, a State Council or ministry site, INCB, UNODC); a
// commercial, personal or press page is shown as such, so a reader knows to check it against the official text.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../platform/paths.js';
import { PublisherFile, type Publisher } from './registry.js';

const Text = z.object({ en: z.string(), zh: z.string() });

export const SourceView = z.object({
  url: z.string().describe('a web address, or a citation as text'),
  official: z.boolean().describe('published by the government or treaty body whose act it is'),
  otherGovernment: z.boolean().default(false).describe("published by another government's agency: official for its own acts, not for this one"),
  publisher: Text.nullable().describe('who publishes it, when the registry knows the site'),
});
export type SourceView = z.infer<typeof SourceView>;

export const PublishersFile = z.strictObject({ about: z.string(), publishers: z.array(PublisherFile) });

export type Publishers = ReadonlyMap<string, Publisher>;

export const publisherIndex = (list: readonly Publisher[]): Publishers => new Map(list.map((p) => [p.host, p]));

/** The host of a web address, without `www.`; null for a citation that is not a web address. */
export function hostOf(source: string): string | null {
  if (!/^https?:\/\//i.test(source)) return null;
  try {
    return new URL(source).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function publisherOf(publishers: Publishers, source: string): Publisher | null {
  const host = hostOf(source);
  return host === null ? null : (publishers.get(host) ?? null);
}

export function sourceView(publishers: Publishers, source: string): SourceView {
  const p = publisherOf(publishers, source);
  return { url: source, official: p?.official === true, otherGovernment: p?.official === 'other-government', publisher: p ? p.names : null };
}

/** Whether any of a control's sources is an official publication (another government's page does not count). */
export function hasOfficialSource(publishers: Publishers, sources: readonly string[]): boolean {
  return sources.some((s) => publisherOf(publishers, s)?.official === true);
}

export const sourceViews = (publishers: Publishers, sources: readonly string[]): SourceView[] => sources.map((s) => sourceView(publishers, s));

let shipped: Publishers | undefined;

/** The shipped publishers, for reading results stored before sources were classified (read once per process). */
export function shippedPublishers(): Publishers {
  shipped ??= publisherIndex(PublishersFile.parse(JSON.parse(readFileSync(fromRoot('data', 'substances', 'publishers.json'), 'utf8'))).publishers);
  return shipped;
}
