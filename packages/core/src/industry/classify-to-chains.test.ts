import { describe, expect, it } from 'vitest';
import type { ChainIndustryMapping } from './classify-to-chains';
import { classifyToChains } from './classify-to-chains';

// An illustrative "345"-style configuration: 1 sugar & by-products (class 1340 制糖业, group 139),
// 2 metallurgy (divisions 32, 33), 3 calcium carbonate (class 3099, group 261), 10 all
// manufacturing (section C), 5 energy & power (section D, class 0610), and one malformed row
// that must never match.
const MAPPINGS: ChainIndustryMapping[] = [
  { chainId: 1, code: '1340' },
  { chainId: 1, code: '139' },
  { chainId: 2, code: '32' },
  { chainId: 2, code: '33' },
  { chainId: 3, code: '3099' },
  { chainId: 3, code: '261' },
  { chainId: 10, code: 'C' },
  { chainId: 5, code: 'D' },
  { chainId: 5, code: '0610' },
  { chainId: 99, code: '1' },
];

describe('classifyToChains', () => {
  it.each([
    ['1340', [1, 10]],
    ['1391', [1, 10]],
    ['1351', [10]],
    ['3216', [2, 10]],
    ['3311', [2, 10]],
    ['2619', [3, 10]],
    ['3099', [3, 10]],
    ['3091', [10]],
    ['4411', [5]],
    ['0610', [5]],
    ['0620', []],
    ['0111', []],
    ['7010', []],
  ])('class %s belongs to chains %j', (classCode, expected) => {
    expect(classifyToChains(classCode, MAPPINGS)).toEqual(expected);
  });

  it.each(['13', '134', 'C', '', '13400', 'abcd'])(
    'gives no chains for the non-class code %j',
    (code) => {
      expect(classifyToChains(code, MAPPINGS)).toEqual([]);
    },
  );

  it('lists each chain once, in numeric order', () => {
    const mappings: ChainIndustryMapping[] = [
      { chainId: 10, code: '13' },
      { chainId: 9, code: 'C' },
      { chainId: 10, code: '134' },
      { chainId: 10, code: '1340' },
      { chainId: 2, code: '1340' },
    ];
    expect(classifyToChains('1340', mappings)).toEqual([2, 9, 10]);
  });

  it('gives no chains without mappings', () => {
    expect(classifyToChains('1340', [])).toEqual([]);
  });
});
