import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INDICATORS,
  formatFigure,
  INDICATOR_KINDS,
  isValidIndicatorCode,
  reportsIndicator,
  roundToDecimals,
  toDecimalUnits,
} from './indicators';

describe('DEFAULT_INDICATORS', () => {
  it('is the 规上工业 demo set with the codes the API uses, in order', () => {
    expect(
      DEFAULT_INDICATORS.map((i) => [i.code, i.name.zh, i.unit.zh, i.kind, i.decimals]),
    ).toEqual([
      ['output', '工业总产值(当年价)', '万元', 'flow', 1],
      ['revenue', '营业收入', '万元', 'flow', 1],
      ['profit', '利润总额', '万元', 'flow', 1],
      ['tax', '税金总额', '万元', 'flow', 1],
      ['electricity', '工业用电量', '万千瓦时', 'flow', 1],
      ['employees', '期末从业人员', '人', 'stock', 0],
    ]);
  });

  it('only 利润总额 may be negative; only 工业用电量 is optional', () => {
    expect(DEFAULT_INDICATORS.filter((i) => i.allowNegative).map((i) => i.code)).toEqual([
      'profit',
    ]);
    expect(DEFAULT_INDICATORS.filter((i) => !i.required).map((i) => i.code)).toEqual([
      'electricity',
    ]);
  });

  it('is sound configuration: valid unique codes, both languages, industry only, sorted', () => {
    const codes = DEFAULT_INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const indicator of DEFAULT_INDICATORS) {
      expect(isValidIndicatorCode(indicator.code)).toBe(true);
      expect(indicator.name.en).not.toBe('');
      expect(indicator.unit.en).not.toBe('');
      expect(INDICATOR_KINDS).toContain(indicator.kind);
      expect(indicator.categories).toEqual(['industry']);
    }
    const orders = DEFAULT_INDICATORS.map((i) => i.sortOrder);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });
});

describe('reportsIndicator', () => {
  it.each([
    [['industry'], 'industry', true],
    [['industry'], 'retail', false],
    [['wholesale', 'retail'], 'retail', true],
    [['industry'], null, false],
    [[], 'industry', false],
  ] as const)('%j reported by %s → %s', (categories, category, expected) => {
    expect(reportsIndicator({ categories }, category)).toBe(expected);
  });
});

describe('isValidIndicatorCode', () => {
  it.each([
    ['output', true],
    ['a', true],
    ['value_added_2', true],
    ['a'.repeat(40), true],
    ['a'.repeat(41), false],
    ['', false],
    ['Output', false],
    ['2output', false],
    ['_output', false],
    ['out-put', false],
    ['产值', false],
    ['output ', false],
  ])('%j → %s', (code, expected) => {
    expect(isValidIndicatorCode(code)).toBe(expected);
  });
});

describe('roundToDecimals', () => {
  it.each([
    [1234.56, 1, 1234.6],
    [1234.55, 1, 1234.6],
    [1234.549, 1, 1234.5],
    [-1234.55, 1, -1234.6], // half away from zero
    [1.005, 2, 1.01], // 1.00499999… in binary, typed as 1.005
    [2.675, 2, 2.68],
    [0.1 + 0.2, 1, 0.3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [-0.04, 1, 0], // never −0
    [0, 4, 0],
    [123456789.12345, 4, 123456789.1235],
    [42, 0, 42],
  ])('%d to %d decimals → %d', (value, decimals, expected) => {
    const rounded = roundToDecimals(value, decimals);
    expect(rounded).toBe(expected);
    expect(Object.is(rounded, -0)).toBe(false);
  });

  it('returns non-finite values unchanged and refuses bad decimals', () => {
    expect(roundToDecimals(Number.NaN, 1)).toBeNaN();
    expect(roundToDecimals(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => roundToDecimals(1, -1)).toThrow();
    expect(() => roundToDecimals(1, 5)).toThrow();
    expect(() => roundToDecimals(1, 1.5)).toThrow();
  });

  it('is idempotent and moves a value by at most half a unit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const rounded = roundToDecimals(value, decimals);
          expect(roundToDecimals(rounded, decimals)).toBe(rounded);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-6);
        },
      ),
    );
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          expect(roundToDecimals(-value, decimals)).toBe(-roundToDecimals(value, decimals) || 0);
        },
      ),
    );
  });
});

describe('toDecimalUnits and formatFigure', () => {
  it.each([
    [1234.5, 1, 12345, '1,234.5'],
    [1234.56, 1, 12346, '1,234.6'],
    [0, 1, 0, '0.0'],
    [-0.04, 1, 0, '0.0'],
    [-1300, 1, -13000, '-1,300.0'],
    [1234567, 0, 1234567, '1,234,567'],
    [999.999, 2, 100000, '1,000.00'],
    [12.3456, 4, 123456, '12.3456'],
  ])('%d with %d decimals → %d units, “%s”', (value, decimals, units, text) => {
    expect(toDecimalUnits(value, decimals)).toBe(units);
    expect(formatFigure(value, decimals)).toBe(text);
  });
});
