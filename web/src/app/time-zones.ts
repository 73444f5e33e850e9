// Time zones named as a reader says them: the parties' zones from a small bilingual table shared with the server
// (北京时间, "US Eastern Time": no parentheses, as the name often stands inside some), any other zone by the browser's
// own generic name in the UI language, else by the city of its id. Never a raw IANA id or "GMT+8" on screen; settings pickers show the id only as secondary text.
import zoneTable from '../../../data/time-zones.json';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';
import type { Locale } from './api/types';

type ZoneWords = { en: string; zh: string; cityEn: string; cityZh: string };

/** The parties' zones (data/time-zones.json, shared with the server), with the city whose clock each is when a
 * sentence needs a place ("11:00 in Washington"), and older names of the same zones that browsers still carry. */
const ZONES: Record<string, ZoneWords | undefined> = zoneTable.zones;
const ALIASES: Record<string, string | undefined> = zoneTable.aliases;

const known = (timeZone: string): ZoneWords | undefined => ZONES[ALIASES[timeZone] ?? timeZone];

/** "Moscow time" / "Moscow时间": a zone the browser has no generic name for, by the city of its id. */
function cityOfIdName(timeZone: string, locale: Locale): string {
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
  const pattern = locale === 'zh-CN' ? zhCN.time.zoneOfCity : en.time.zoneOfCity;
  return pattern.replace('{{city}}', city);
}

/**
 * Without a generic name a browser gives an offset ("GMT+03:00"), which changes with daylight saving and names no
 * place: the city of the id says more. Etc/ ids are offsets themselves (Etc/GMT-3 is three hours east), kept as given.
 */
export function nameOrCity(browserName: string | undefined, timeZone: string, locale: Locale): string {
  const isOffset = !browserName || /^(GMT|UTC)[+\-\u2212]/.test(browserName) || browserName === timeZone;
  if (!isOffset) return browserName;
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return browserName ?? timeZone;
  return cityOfIdName(timeZone, locale);
}

const generic = new Map<string, string>();

/** The browser's generic name ("Central European Time", "中欧时间"), else the city of the id ("Moscow time"). */
function genericName(timeZone: string, locale: Locale): string {
  const key = `${locale}|${timeZone}`;
  let name = generic.get(key);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
      name = parts.find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      name = undefined;
    }
    name = nameOrCity(name, timeZone, locale);
    generic.set(key, name);
  }
  return name;
}

/** "Beijing time" / "北京时间", "US Eastern Time" / "美国东部时间"; others by the browser's generic name. */
export function zoneName(timeZone: string, locale: Locale): string {
  const words = known(timeZone);
  if (words) return locale === 'zh-CN' ? words.zh : words.en;
  return genericName(timeZone, locale);
}

/** The city whose clock a party zone is ("Washington", "华盛顿"), or null for other zones. */
export function zoneCity(timeZone: string, locale: Locale): string | null {
  const words = known(timeZone);
  if (!words || timeZone === 'UTC') return null;
  return locale === 'zh-CN' ? words.cityZh : words.cityEn;
}

/** Options for a zone picker: the zone's name in the UI language, the IANA id as secondary text. */
export function zoneOptions(zones: readonly string[], locale: Locale): { value: string; label: string }[] {
  return zones.map((z) => {
    const name = zoneName(z, locale);
    return { value: z, label: name === z ? z : `${name} · ${z}` };
  });
}
