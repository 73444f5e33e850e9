// Bilingual code lists shipped in data/code-lists.json; coded values are stored language-neutral (DESIGN §4).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../platform/paths.js';

const Entry = z.object({ code: z.string(), en: z.string(), 'zh-CN': z.string() });
export const CodeListsSchema = z.object({
  topics: z.array(Entry),
  agencyKinds: z.array(Entry),
  roles: z.array(Entry),
  channelKinds: z.array(Entry),
  contactKinds: z.array(Entry),
  coverage: z.array(Entry),
  languages: z.array(Entry),
  handling: z.array(Entry),
});
export type CodeLists = z.infer<typeof CodeListsSchema>;

export const codeLists: CodeLists = CodeListsSchema.parse(
  JSON.parse(readFileSync(fromRoot('data', 'code-lists.json'), 'utf8')),
);

const codes = (list: { code: string }[]) => list.map((e) => e.code) as [string, ...string[]];

export const TOPIC_CODES = codes(codeLists.topics);
export const LANGUAGE_CODES = codes(codeLists.languages);
export const AGENCY_KINDS = ['police', 'customs', 'regulator', 'ministry', 'other'] as const;
export const CHANNEL_KINDS = ['phone', 'email', 'secure-messaging'] as const;

export function label(list: keyof CodeLists, code: string, locale: 'en' | 'zh-CN'): string {
  return codeLists[list].find((e) => e.code === code)?.[locale] ?? code;
}
