// Working-day calendars shipped in data/calendars/: US federal holidays (as observed) and PRC holidays with the
// weekend days worked (调休上班) from each year's State Council notice. Validated at load like the substance data.
import { readFileSync } from 'node:fs';
import { Lunar } from 'lunar-javascript';
import { z } from 'zod';
import { fromRoot } from '../../platform/paths.js';

const isoDate = z.iso.date();
const Name = z.object({ en: z.string().min(1), zh: z.string().min(1) });

const UsFile = z.object({
  party: z.literal('US'),
  weekend: z.array(z.number().int().min(0).max(6)),
  years: z.array(z.number().int()),
  holidays: z.array(z.object({ date: isoDate, name: Name, observedFor: isoDate.nullable() })),
  closures: z.array(z.object({ date: isoDate, reason: z.string(), source: z.string() })),
});

const CnFile = z.object({
  party: z.literal('CN'),
  weekend: z.array(z.number().int().min(0).max(6)),
  statutory: z.object({
    fixed: z.array(z.object({ when: z.tuple([z.number().int(), z.number().int()]), name: Name })),
    lunar: z.array(z.object({ when: z.tuple([z.number().int(), z.number().int(), z.number().int()]), name: Name })),
    solarTerms: z.array(z.object({ when: z.tuple([z.string()]), name: Name })),
  }),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ notice: z.object({ number: z.string(), url: z.string() }).loose(), daysOff: z.array(isoDate), workingDays: z.array(isoDate) })),
});

/** One party's calendar: which dates are days off and which weekend days are worked, for the years it knows. */
export type Calendar = {
  party: string;
  weekend: Set<number>;
  /** Years whose days off are known from an official schedule. */
  knownYears: Set<number>;
  daysOff: Set<string>;
  workingDays: Set<string>;
  /** Days off by statute alone, for a year without a schedule ("calendar unknown"); empty when there is no rule. */
  statutoryDaysOff(year: number): Set<string>;
};

const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (date: string) => Number(date.slice(0, 4));

function usCalendar(raw: unknown): Calendar {
  const f = UsFile.parse(raw);
  for (const h of f.holidays) if (!f.years.includes(yearOf(h.date)) && !f.years.includes(yearOf(h.date) + 1)) throw new Error(`US calendar: ${h.date} is outside its years`);
  return { party: 'US', weekend: new Set(f.weekend), knownYears: new Set(f.years), daysOff: new Set(f.holidays.map((h) => h.date)), workingDays: new Set(), statutoryDaysOff: () => new Set() };
}

function cnCalendar(raw: unknown): Calendar {
  const f = CnFile.parse(raw);
  const daysOff = new Set<string>();
  const workingDays = new Set<string>();
  for (const [year, y] of Object.entries(f.years)) {
    for (const d of [...y.daysOff, ...y.workingDays]) if (yearOf(d) !== Number(year) && Math.abs(yearOf(d) - Number(year)) > 1) throw new Error(`CN calendar ${year}: ${d} is not near that year`);
    y.daysOff.forEach((d) => daysOff.add(d));
    y.workingDays.forEach((d) => workingDays.add(d));
  }
  const statutory = (year: number): Set<string> => {
    const out = new Set<string>();
    for (const h of f.statutory.fixed) out.add(`${year}-${pad(h.when[0])}-${pad(h.when[1])}`);
    for (const h of f.statutory.lunar) out.add(Lunar.fromYmd(year, h.when[0], h.when[1]).getSolar().next(h.when[2]).toYmd());
    for (const h of f.statutory.solarTerms) {
      const day = Lunar.fromYmd(year, 3, 1).getJieQiTable()[h.when[0]];
      if (day) out.add(day.toYmd());
    }
    return out;
  };
  return { party: 'CN', weekend: new Set(f.weekend), knownYears: new Set(Object.keys(f.years).map(Number)), daysOff, workingDays, statutoryDaysOff: statutory };
}

export function loadCalendars(dir = fromRoot('data', 'calendars')): Map<string, Calendar> {
  const read = (party: string): unknown => JSON.parse(readFileSync(`${dir}/${party}.json`, 'utf8'));
  return new Map([
    ['US', usCalendar(read('US'))],
    ['CN', cnCalendar(read('CN'))],
  ]);
}
