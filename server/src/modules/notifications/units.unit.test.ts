import { describe, expect, it } from 'vitest';
import { conversionProblem, metricQuantity, netMass } from './units.js';

describe('US customary units', () => {
  it('converts pounds to kilograms exactly, keeping what was declared', () => {
    expect(metricQuantity('50', 'lb')).toEqual({ quantity: '22.679619', unit: 'kg', originalQuantity: '50', originalUnit: 'lb' });
    expect(metricQuantity('1', 'lb').quantity).toBe('0.453592');
    expect(metricQuantity('1000', 'lb').quantity).toBe('453.59237');
  });
  it('converts ounces to grams and US gallons to litres', () => {
    expect(metricQuantity('16', 'oz')).toMatchObject({ quantity: '453.59237', unit: 'g' });
    expect(metricQuantity('55', 'gal')).toMatchObject({ quantity: '208.197648', unit: 'L', originalQuantity: '55', originalUnit: 'gal' });
    expect(metricQuantity('0.5', 'gal').quantity).toBe('1.892706');
  });
  it('leaves metric quantities as they are', () => {
    expect(metricQuantity('12.5', 'kg')).toEqual({ quantity: '12.5', unit: 'kg', originalQuantity: null, originalUnit: null });
  });
  it('converts without losing digits, and names what cannot be kept', () => {
    expect(metricQuantity('999999999999999999.999999', 'lb').quantity).toBe('453592370000000000');
    expect(metricQuantity('999999999999999999', 'gal').quantity).toBe('3785411783999999996.214588');
    expect(conversionProblem('999999999999999999', 'gal')).toMatchObject({ code: 'quantity-too-large', params: { unit: 'L' } });
    expect(conversionProblem('999999999999999999', 'lb')).toBeNull();
    expect(metricQuantity('0.000001', 'lb').quantity).toBe('0');
    expect(conversionProblem('0.000001', 'lb')).toMatchObject({ code: 'quantity-too-small', params: { unit: 'kg' } });
    expect(conversionProblem('0.000002', 'lb')).toBeNull();
  });
});

describe('net mass of the pure substance', () => {
  it('is quantity times concentration, in the line unit', () => {
    expect(netMass('250', 'kg', 99.5)).toBe('248.75');
    expect(netMass('12.5', 'g', 35)).toBe('4.375');
    expect(netMass('1', 't', 0.0001)).toBe('0.000001');
  });
  it('rounds half up once, at six decimals', () => {
    expect(netMass('0.000001', 'kg', 50)).toBe('0.000001');
    expect(netMass('0.000001', 'kg', 49.9999)).toBe('0');
  });
  it('is unknown for a volume or without a concentration', () => {
    expect(netMass('10', 'L', 50)).toBeNull();
    expect(netMass('10', 'kg', null)).toBeNull();
  });
});
