import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkOutputBands,
  countByBand,
  DEFAULT_OUTPUT_BANDS,
  outputBand,
  type OutputBand,
} from './output-bands';

describe('outputBand', () => {
  it.each([
    [9999.9, null],
    [10000, 'over_1yi'], // 1亿元以上 counts exactly 1亿
    ['49999.9999', 'over_1yi'],
    ['50000', 'over_5yi'],
    [100000, 'over_10yi'],
    ['299999.9999', 'over_10yi'],
    [300000, 'over_30yi'],
    [19650000, 'over_30yi'],
    [0, null],
    [-5, null],
    [null, null],
    ['n/a', null],
    [Number.NaN, null],
  ])('%s 万元 → %s', (output, code) => {
    expect(outputBand(output)?.code ?? null).toBe(code);
  });

  it('takes a configured list in any order', () => {
    const bands: OutputBand[] = [
      { code: 'big', min: 200000, label: { zh: '20亿元以上', en: '2 billion yuan and over' } },
      { code: 'mid', min: 20000, label: { zh: '2亿元以上', en: '200 million yuan and over' } },
    ];
    expect(outputBand(150000, bands)?.code).toBe('mid');
    expect(outputBand(250000, bands)?.code).toBe('big');
    expect(outputBand(15000, bands)).toBeNull();
  });
});

describe('countByBand', () => {
  it('counts cumulatively (X亿元以上) and by exclusive band', () => {
    const counts = countByBand([5000, 10000, 60000, 100000, 350000, 420000, null, 'x']);
    expect(counts.bands.map((b) => [b.band.code, b.atLeast, b.within])).toEqual([
      ['over_1yi', 5, 1],
      ['over_5yi', 4, 1],
      ['over_10yi', 3, 1],
      ['over_30yi', 2, 2],
    ]);
    expect(counts.below).toBe(1);
    expect(counts.unknown).toBe(2);
  });

  it('accounts for every enterprise exactly once in the exclusive counts', () => {
    const output = fc.oneof(
      fc.integer({ min: -10, max: 1_000_000 }).map((u) => u / 2),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(output), (outputs) => {
        const counts = countByBand(outputs);
        const within = counts.bands.reduce((s, b) => s + b.within, 0);
        expect(within + counts.below + counts.unknown).toBe(outputs.length);
        for (const { band, atLeast } of counts.bands) {
          expect(atLeast).toBe(outputs.filter((o) => o !== null && o >= band.min).length);
        }
      }),
    );
  });
});

describe('checkOutputBands', () => {
  it('accepts the defaults', () => {
    expect(checkOutputBands(DEFAULT_OUTPUT_BANDS)).toEqual([]);
  });

  it('names a bad bound, a repeated bound and a repeated code', () => {
    const label = { zh: '档', en: 'band' };
    const problems = checkOutputBands([
      { code: 'a', min: 0, label },
      { code: 'b', min: 100, label },
      { code: 'c', min: 100, label },
      { code: 'b', min: Number.NaN, label },
    ]);
    expect(problems.map((p) => p.en)).toEqual([
      'The lower bound of band “a” must be a positive number',
      'Band “c” has the same lower bound as another band',
      'The lower bound of band “b” must be a positive number',
      'Band code “b” is repeated',
    ]);
  });
});
