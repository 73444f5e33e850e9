// The few calls of lunar-javascript (6tail) this module makes; the package ships no types.
declare module 'lunar-javascript' {
  interface SolarDay {
    toYmd(): string;
    next(days: number): SolarDay;
  }
  interface LunarDay {
    getSolar(): SolarDay;
    getJieQiTable(): Record<string, SolarDay>;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): LunarDay };
}
