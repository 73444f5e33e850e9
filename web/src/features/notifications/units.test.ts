import { describe, expect, it } from 'vitest';
import { isUsUnit, keptQuantity, netMass } from './units';

describe('the quantity the node keeps for a line', () => {
  it('converts pounds, ounces and US gallons with the exact factors, rounded half up to six decimals', () => {
    expect(keptQuantity('50', 'lb')).toEqual({ quantity: '22.679619', unit: 'kg' });
    expect(keptQuantity('1', 'lb')).toEqual({ quantity: '0.453592', unit: 'kg' });
    expect(keptQuantity('1000', 'lb')).toEqual({ quantity: '453.59237', unit: 'kg' });
    expect(keptQuantity('16', 'oz')).toEqual({ quantity: '453.59237', unit: 'g' });
    expect(keptQuantity('55', 'gal')).toEqual({ quantity: '208.197648', unit: 'L' });
    expect(keptQuantity('0.5', 'gal')).toEqual({ quantity: '1.892706', unit: 'L' });
  });

  it('rounds a half up, never to even', () => {
    // 50 lb = 22.6796185 kg exactly: half to even would give 22.679618.
    expect(keptQuantity('50', 'lb')).toEqual({ quantity: '22.679619', unit: 'kg' });
    expect(keptQuantity('62.5', 'gal')).toEqual({ quantity: '236.588237', unit: 'L' });
    // Below a half goes down: 0.1 oz = 2.8349523125 g; 0.000002 lb = 0.00000090718474 kg.
    expect(keptQuantity('0.1', 'oz')).toEqual({ quantity: '2.834952', unit: 'g' });
    expect(keptQuantity('0.000002', 'lb')).toEqual({ quantity: '0.000001', unit: 'kg' });
  });

  it('is refused as the node refuses it: rounded to nothing, or too many digits once converted', () => {
    // 0.000001 lb = 0.00000045359237 kg, which rounds to 0 kg.
    expect(keptQuantity('0.000001', 'lb')).toEqual({ problem: 'quantity-too-small', unit: 'kg' });
    // 999999999999999999 gal = 3785411783999999996.216 L: 19 digits before the point.
    expect(keptQuantity('999999999999999999', 'gal')).toEqual({ problem: 'quantity-too-large', unit: 'L' });
    expect(keptQuantity('999999999999999999', 'lb')).toEqual({ quantity: '453592369999999999.546408', unit: 'kg' });
    expect(keptQuantity('999999999999999999', 'kg')).toEqual({ quantity: '999999999999999999', unit: 'kg' });
    expect(netMass('0.000001', 'lb', 50)).toBeNull();
  });

  it('keeps a metric quantity as typed, with a comma read as the decimal mark', () => {
    expect(keptQuantity('12,5', 'kg')).toEqual({ quantity: '12.5', unit: 'kg' });
    expect(keptQuantity(' 3 ', 'mL')).toEqual({ quantity: '3', unit: 'mL' });
  });

  it('is nothing while the typed quantity is not a valid one', () => {
    for (const typed of ['', 'abc', '-3', '0', '1.1234567', '1e3']) expect(keptQuantity(typed, 'lb'), typed).toBeNull();
  });

  it('tells the US customary units apart', () => {
    expect(['lb', 'oz', 'gal', 'kg', 'L'].map(isUsUnit)).toEqual([true, true, true, false, false]);
  });
});

describe('the net mass of the pure substance', () => {
  it('is the kept quantity times the concentration, in the kept unit', () => {
    expect(netMass('25', 'kg', 99.5)).toEqual({ quantity: '24.875', unit: 'kg' });
    expect(netMass('12.5', 'g', 35)).toEqual({ quantity: '4.375', unit: 'g' });
    // 50 lb = 22.679619 kg; × 99.5 % = 22.566220905 → 22.566221, as the node computes it from what it keeps.
    expect(netMass('50', 'lb', 99.5)).toEqual({ quantity: '22.566221', unit: 'kg' });
    expect(netMass('1', 't', 0.0001)).toEqual({ quantity: '0.000001', unit: 't' });
  });

  it('is nothing for a volume, without a concentration, or with one out of range', () => {
    expect(netMass('1', 'L', 50)).toBeNull();
    expect(netMass('1', 'gal', 50)).toBeNull();
    expect(netMass('1', 'kg', null)).toBeNull();
    expect(netMass('1', 'kg', 140)).toBeNull();
    expect(netMass('1', 'kg', Number.NaN)).toBeNull();
    expect(netMass('', 'kg', 50)).toBeNull();
  });
});
