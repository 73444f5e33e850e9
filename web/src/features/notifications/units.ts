// The wizard's preview of what the node keeps for a line, with the server's own arithmetic (server/src/modules/
// notifications/units.ts): a quantity declared in pounds, ounces or US gallons is kept in kg, g or L, and the net
// mass of the pure substance is quantity × concentration. Exact decimals (scaled integers), rounded half up to the
// six decimals a quantity holds, so the hint shows the very number the detail page will.
//
// Factors (exact by definition): 1 lb = 0.45359237 kg, 1 oz = 28.349523125 g (International Yard and Pound
// Agreement, 1959); 1 US liquid gallon = 231 in³ = 3.785411784 L.
import { UNITS, type Unit } from './types';

export const US_UNITS = ['lb', 'oz', 'gal'] as const;
export type UsUnit = (typeof US_UNITS)[number];
/** The units a line may be declared in: the metric ones, then the US customary ones. */
export const LINE_UNITS: readonly Unit[] = [...UNITS, ...US_UNITS];
export const isLineUnit = (value: string | null): value is Unit => LINE_UNITS.some((u) => u === value);
export type MetricUnit = Exclude<Unit, UsUnit>;
export type Quantity = { quantity: string; unit: MetricUnit };

const SCALE = 6;
const CONVERSIONS: Record<UsUnit, { to: MetricUnit; factor: string }> = {
  lb: { to: 'kg', factor: '0.45359237' },
  oz: { to: 'g', factor: '28.349523125' },
  gal: { to: 'L', factor: '3.785411784' },
};
const MASS_UNITS: readonly string[] = ['kg', 'g', 'mg', 't'];
/** What the wizard accepts as a quantity (a comma as the decimal mark too). */
const QUANTITY = /^\d{1,18}([.,]\d{1,6})?$/;

export const isUsUnit = (unit: string): unit is UsUnit => (US_UNITS as readonly string[]).includes(unit);

/** A non-negative decimal string as an integer and its number of decimals. */
function scaled(v: string): { n: bigint; scale: number } {
  const [whole = '0', frac = ''] = v.split('.');
  return { n: BigInt(whole + frac), scale: frac.length };
}

/** n / 10^scale rounded half up to SCALE decimals, written without trailing zeros. */
function written(n: bigint, scale: number): string {
  const v = scale > SCALE ? (n + 10n ** BigInt(scale - SCALE) / 2n) / 10n ** BigInt(scale - SCALE) : n * 10n ** BigInt(SCALE - scale);
  const s = v.toString().padStart(SCALE + 1, '0');
  const frac = s.slice(-SCALE).replace(/0+$/, '');
  return frac ? `${s.slice(0, -SCALE)}.${frac}` : s.slice(0, -SCALE);
}

/** The typed quantity as a plain decimal, or null while it is not one (empty, negative, too many decimals). */
function decimal(typed: string): string | null {
  const v = typed.trim().replace(',', '.');
  return QUANTITY.test(v) && Number(v) > 0 ? v : null;
}

/** Why the node refuses a quantity once converted, with the unit it converts to (the server's `conversionProblem`). */
export type ConversionProblem = { problem: 'quantity-too-small' | 'quantity-too-large'; unit: MetricUnit };
const MAX_WHOLE_DIGITS = 18;

/**
 * The quantity the node keeps for a line; or, as the node would refuse it, a conversion that rounds to 0 or has
 * more than 18 digits before the point; or null while the typed quantity is not a valid one.
 */
export function keptQuantity(typed: string, unit: Unit): Quantity | ConversionProblem | null {
  const v = decimal(typed);
  if (v === null) return null;
  if (!isUsUnit(unit)) return { quantity: v, unit };
  const c = CONVERSIONS[unit];
  const q = scaled(v);
  const f = scaled(c.factor);
  const quantity = written(q.n * f.n, q.scale + f.scale);
  if ((quantity.split('.')[0] ?? '').length > MAX_WHOLE_DIGITS) return { problem: 'quantity-too-large', unit: c.to };
  if (quantity === '0') return { problem: 'quantity-too-small', unit: c.to };
  return { quantity, unit: c.to };
}

/**
 * The mass of the pure substance in the kept quantity's unit: quantity × concentration (percent by weight). Null
 * for a volume (its density is not declared), without a valid concentration or while the quantity is not valid
 * (or would be refused once converted).
 */
export function netMass(typed: string, unit: Unit, concentration: number | null): Quantity | null {
  const kept = keptQuantity(typed, unit);
  if (kept === null || 'problem' in kept || concentration === null || !Number.isFinite(concentration) || concentration <= 0 || concentration > 100) return null;
  if (!MASS_UNITS.includes(kept.unit)) return null;
  const q = scaled(kept.quantity);
  const c = scaled(concentration.toFixed(4));
  return { quantity: written(q.n * c.n, q.scale + c.scale + 2), unit: kept.unit };
}
