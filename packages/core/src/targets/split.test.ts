import { describe, expect, it } from 'vitest';
import { checkSplit } from './split';

describe('checkSplit', () => {
  it('says whether the counties’ parts make the city’s target, and who has none', () => {
    // 来宾: 40 new 规上 enterprises; 兴宾 15 + 合山 8 + 象州 6 + 武宣 6 = 35, 忻城 and 金秀 unset.
    const c = checkSplit(40, { xingbin: 15, heshan: 8, xiangzhou: 6, wuxuan: 6 }, [
      'xingbin',
      'heshan',
      'xiangzhou',
      'wuxuan',
      'xincheng',
      'jinxiu',
    ]);
    expect(c).toEqual({ sum: 35, difference: -5, state: 'short', missing: ['xincheng', 'jinxiu'] });
    expect(checkSplit(237, { a: 120.5, b: 120.5 }, ['a', 'b'])).toMatchObject({
      difference: 4,
      state: 'over',
      missing: [],
    });
    expect(checkSplit(0.3, { a: 0.1, b: 0.2 }, ['a', 'b']).state).toBe('exact');
  });
});
