import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWanAmount, parseWanAmount, sumWanAmounts } from './wan-amount';

/** Integer cents of 万元 written as a decimal string with 2 places: 1234 → '12.34'. */
const fromCents = (cents: bigint): string => {
  const sign = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

describe('parseWanAmount', () => {
  it.each([
    ['1965', 1965n, 0],
    ['0.1', 1n, 1],
    ['-12.50', -1250n, 2],
    ['007', 7n, 0],
  ])('%s → %s × 10^-%s', (text, units, scale) => {
    expect(parseWanAmount(text)).toEqual({ ok: true, value: { units, scale } });
  });

  it.each(['', 'abc', '1,965', '1e5', '.5', '5.', '+5', ' 5', '1965亿', '1'.repeat(31)])(
    'refuses %j',
    (text) => {
      const result = parseWanAmount(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.zh).toContain('不是有效的金额');
    },
  );
});

describe('sumWanAmounts', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [Array.from({ length: 10 }, () => '0.1'), '1'],
    [['0.01', '0.013'], '0.023'],
    [['19650000.00'], '19650000'],
    [['100', '-100.5'], '-0.5'],
    [['1.10', '-1.1'], '0'],
    [[], '0'],
  ])('%j → %s', (amounts, expected) => {
    expect(sumWanAmounts(amounts)).toEqual({ ok: true, value: expected });
  });

  it('fails on the first unreadable amount', () => {
    const result = sumWanAmounts(['1', 'x', 'y']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toContain('“x”');
  });

  it('equals the sum in integer cents (property)', () => {
    const cents = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 20 }), (list) => {
        const summed = sumWanAmounts(list.map(fromCents));
        const parsed = summed.ok ? parseWanAmount(summed.value) : summed;
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const { units, scale } = parsed.value;
        expect(scale).toBeLessThanOrEqual(2);
        expect(units * 10n ** BigInt(2 - scale)).toBe(list.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe('formatWanAmount', () => {
  it.each([
    ['19650000', '1965亿元', '196.5 billion yuan'],
    ['19650000.00', '1965亿元', '196.5 billion yuan'],
    ['125000', '12.5亿元', '1.25 billion yuan'],
    ['58200', '5.82亿元', '0.582 billion yuan'],
    ['10000', '1亿元', '0.1 billion yuan'],
    ['12345678.9', '1234.57亿元', '123.457 billion yuan'],
    ['12345.675', '1.23亿元', '0.123 billion yuan'],
    ['12350', '1.24亿元', '0.124 billion yuan'],
    // Rounded once, from the exact amount (12349.995万元 → 12350.00万元 → 1.24 would round twice).
    ['12349.995', '1.23亿元', '0.123 billion yuan'],
    // The unit is chosen after rounding to the 万元 cent: 9999.996万元 shows as 1亿元.
    ['9999.996', '1亿元', '0.1 billion yuan'],
    ['9999.994', '9999.99万元', '99.9999 million yuan'],
    ['3550', '3550万元', '35.5 million yuan'],
    ['100', '100万元', '1 million yuan'],
    ['99.99', '99.99万元', '999,900 yuan'],
    ['35.5', '35.5万元', '355,000 yuan'],
    ['0.01', '0.01万元', '100 yuan'],
    ['0.004', '0万元', '0 yuan'],
    ['0', '0万元', '0 yuan'],
    ['-58200', '-5.82亿元', '-0.582 billion yuan'],
    ['-35.5', '-35.5万元', '-355,000 yuan'],
  ])('%s 万元 → %s / %s', (amount, zh, en) => {
    expect(formatWanAmount(amount)).toEqual({ ok: true, value: { zh, en } });
  });

  it('refuses an unreadable amount', () => {
    expect(formatWanAmount('1965亿').ok).toBe(false);
  });

  it('writes whole 亿元 cents as the decimal they are (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10 ** 12 }), (yiCents) => {
        const result = formatWanAmount(String(yiCents * 100));
        expect(result.ok && result.value.zh).toBe(`${yiCents / 100}亿元`);
      }),
    );
  });
});
