// Quantities as regulators read them. US filers write pounds, ounces and gallons: a line declared so is kept in
// the metric unit every list and clearance uses (kg, g, L) beside what was declared, and the net mass of the pure
// substance follows from a mass and its concentration. Decimal arithmetic is exact (scaled integers) and the
// result is rounded half up to the six decimals a quantity holds.
//
// Factors (exact by definition): 1 lb = 0.45359237 kg and 1 oz = 1/16 lb = 28.349523125 g (International Yard
// and Pound Agreement, 1959; NIST Handbook 44, Appendix C); 1 US liquid gallon = 231 in³ = 3.785411784 L.

export const METRIC_UNITS = ['kg', 'g', 'mg', 't', 'L', 'mL'] as const;
export const US_UNITS = ['lb', 'oz', 'gal'] as const;
export const INPUT_UNITS = [...METRIC_UNITS, ...US_UNITS] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export type UsUnit = (typeof US_UNITS)[number];
export type InputUnit = (typeof INPUT_UNITS)[number];

const SCALE = 6;
const CONVERSIONS: Record<UsUnit, { to: MetricUnit; factor: string }> = {
  lb: { to: 'kg', factor: '0.45359237' },
  oz: { to: 'g', factor: '28.349523125' },
  gal: { to: 'L', factor: '3.785411784' },
};
const MASS_UNITS: readonly string[] = ['kg', 'g', 'mg', 't'];

const isUsUnit = (unit: string): unit is UsUnit => (US_UNITS as readonly string[]).includes(unit);

/** A non-negative decimal string as an integer and its number of decimals. */
function scaled(v: string): { n: bigint; scale: number } {
  const [whole = '0', frac = ''] = v.split('.');
  return { n: BigInt(whole + frac), scale: frac.length };
}

/** n / 10^scale rounded half up to SCALE decimals, written without trailing zeros. */
function written(n: bigint, scale: number): string {
  let v = n;
  if (scale > SCALE) {
    const div = 10n ** BigInt(scale - SCALE);
    v = (n + div / 2n) / div;
  } else v = n * 10n ** BigInt(SCALE - scale);
  const s = v.toString().padStart(SCALE + 1, '0');
  const whole = s.slice(0, -SCALE);
  const frac = s.slice(-SCALE).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

function multiply(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  return written(x.n * y.n, x.scale + y.scale);
}

export type DeclaredQuantity = { quantity: string; unit: MetricUnit; originalQuantity: string | null; originalUnit: UsUnit | null };

/** The quantity in a metric unit, with the declared one kept when it was a US customary unit. */
export function metricQuantity(quantity: string, unit: InputUnit): DeclaredQuantity {
  if (!isUsUnit(unit)) return { quantity, unit, originalQuantity: null, originalUnit: null };
  const c = CONVERSIONS[unit];
  return { quantity: multiply(quantity, c.factor), unit: c.to, originalQuantity: quantity, originalUnit: unit };
}

/** Why a quantity cannot be kept once converted: more than 18 digits before the point, or nothing left after rounding. */
export function conversionProblem(quantity: string, unit: InputUnit): { message: string; code: 'quantity-too-large' | 'quantity-too-small'; params: { unit: MetricUnit } } | null {
  const kept = metricQuantity(quantity, unit);
  if ((kept.quantity.split('.')[0] ?? '').length > 18) return { message: `is too large once converted to ${kept.unit}`, code: 'quantity-too-large', params: { unit: kept.unit } };
  if (kept.quantity === '0') return { message: `is less than 0.000001 ${kept.unit} once converted`, code: 'quantity-too-small', params: { unit: kept.unit } };
  return null;
}

/**
 * The mass of the pure substance in the line's own unit: quantity × concentration (percent by weight). Null for a
 * volume (the density is not declared) or when no concentration is declared.
 */
export function netMass(quantity: string, unit: string, concentration: number | null): string | null {
  if (concentration === null || !MASS_UNITS.includes(unit)) return null;
  const q = scaled(quantity);
  const c = scaled(concentration.toFixed(4));
  return written(q.n * c.n, q.scale + c.scale + 2);
}
