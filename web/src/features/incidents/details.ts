// An item's and a route's details come as filed (a JSON object per item type); these read one field as the type the
// filing schema gave it, so a missing or odd field shows as nothing rather than breaking the page.
export type Details = Record<string, unknown>;

export const text = (d: Details, name: string): string | null => {
  const v = d[name];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
};

export const number = (d: Details, name: string): number | null => {
  const v = d[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

export const flag = (d: Details, name: string): boolean | null => {
  const v = d[name];
  return typeof v === 'boolean' ? v : null;
};

export const object = (d: Details, name: string): Details | null => {
  const v = d[name];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Details) : null;
};

export const objects = (d: Details, name: string): Details[] => {
  const v = d[name];
  return Array.isArray(v) ? v.filter((x): x is Details => x !== null && typeof x === 'object' && !Array.isArray(x)) : [];
};

/** A decimal as filed ("12.5") in the reader's digits and separators, unchanged when it is not a number. */
export function formatDecimal(value: string | null, locale: string): string | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n) : value;
}
