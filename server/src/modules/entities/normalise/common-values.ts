// "Too common to mean anything": keys that unrelated records share (a free-mail domain, a carrier's hotline, a
// port) and that must therefore never link incidents on their own. The shipped list is normalised with the same
// rules as entities when it loads, and refused whole if any value does not normalise.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fromRoot } from '../../../platform/paths.js';
import type { EntityKind } from './kinds.js';
import { normaliseEntity } from './normalise.js';
import { isMarketplaceHost } from './website.js';

/**
 * A key mentioned by more records than this is treated as common even when no list names it. 500 is far above
 * what one network of related seizures produces (tens of records) and far below what a forwarder's warehouse
 * address or a marketplace's payment collector reaches; linking through such hubs joins unrelated cases and
 * buries the real links. The caller counts records per key and may pass its own threshold.
 */
export const COMMON_FREQUENCY_THRESHOLD = 500;

export function exceedsFrequency(count: number, threshold: number = COMMON_FREQUENCY_THRESHOLD): boolean {
  return count > threshold;
}

export const CommonValuesFile = z.strictObject({
  about: z.string(),
  freeMailDomains: z.strictObject({ about: z.string(), values: z.array(z.string()) }),
  phones: z.strictObject({
    about: z.string(),
    values: z.array(z.strictObject({ value: z.string(), label: z.string(), source: z.url() })),
  }),
  places: z.strictObject({
    about: z.string(),
    values: z.array(z.strictObject({ country: z.string().length(2), value: z.string() })),
  }),
});
export type CommonValuesData = z.infer<typeof CommonValuesFile>;

export type CommonValues = { freeMailDomains: Set<string>; phones: Set<string>; places: Set<string> };

export class CommonValuesDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`data/common-entity-values.json is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Normalises every listed value to its key; any value that does not normalise makes the whole file refused. */
export function buildCommonValues(raw: unknown): CommonValues {
  const data = CommonValuesFile.parse(raw);
  const problems: string[] = [];
  const keys = (kind: EntityKind, entries: { value: string; country?: string }[]): Set<string> => {
    const set = new Set<string>();
    for (const e of entries) {
      const n = normaliseEntity(kind, e.value, { country: e.country });
      if (n.ok) set.add(n.key);
      else problems.push(`${kind} "${e.value}": ${n.reason}`);
    }
    return set;
  };
  const result = {
    freeMailDomains: keys('website', data.freeMailDomains.values.map((value) => ({ value }))),
    phones: keys('phone', data.phones.values),
    places: keys('address', data.places.values),
  };
  if (problems.length > 0) throw new CommonValuesDataError(problems);
  return result;
}

let shipped: CommonValues | undefined;

/** The shipped lists, read on first use so importing costs nothing; the incidents routes read them at boot. */
export function loadCommonValues(): CommonValues {
  shipped ??= buildCommonValues(JSON.parse(readFileSync(fromRoot('data', 'common-entity-values.json'), 'utf8')));
  return shipped;
}

/** Whether an e-mail domain (see `emailDomain`) is a free-mail provider's, so correlating on it means nothing. */
export function isCommonEmailDomain(domain: string): boolean {
  return loadCommonValues().freeMailDomains.has(domain);
}

export type Commonness = { common: boolean; rule?: 'free-mail-domain' | 'marketplace-host' | 'carrier-phone' | 'port-or-airport' };

/**
 * Whether a normalised key is too common to link records. An e-mail address is never common by its domain: it
 * still correlates on the whole address. Keys are those of `normaliseEntity` for the same kind.
 */
export function isCommonValue(kind: EntityKind, key: string): Commonness {
  const lists = loadCommonValues();
  if (kind === 'website' && lists.freeMailDomains.has(key)) return { common: true, rule: 'free-mail-domain' };
  if (kind === 'website' && isMarketplaceHost(key)) return { common: true, rule: 'marketplace-host' };
  if (kind === 'phone' && lists.phones.has(key)) return { common: true, rule: 'carrier-phone' };
  if (kind === 'address' && lists.places.has(key)) return { common: true, rule: 'port-or-airport' };
  return { common: false };
}
