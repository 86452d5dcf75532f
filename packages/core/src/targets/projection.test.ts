import { describe, expect, it } from 'vitest';
import { projectYearEnd } from './projection';

describe('projectYearEnd', () => {
  it('divides the year to date by the share earlier years had reached (hand-computed)', () => {
    // 2019: 45 of 100 by June (45 %); 2020: 55 of 110 (50 %). Mean share 47.5 %.
    // 2021: 57 by June → 57 ÷ 0.475 = 120; range 57 ÷ 0.5 = 114 … 57 ÷ 0.45 = 126.67.
    const p = projectYearEnd(57, 6, [
      { year: 2019, ytdAtMonth: 45, fullYear: 100 },
      { year: 2020, ytdAtMonth: 55, fullYear: 110 },
    ])!;
    expect(p.value).toBeCloseTo(120, 9);
    expect(p.low).toBeCloseTo(114, 9);
    expect(p.high).toBeCloseTo(126.6667, 3);
    expect(p.share).toBeCloseTo(47.5, 9);
    expect(p.years).toEqual([2019, 2020]);
    expect(p.method.zh).toContain('47.5%');
  });

  it('has no projection without a usable earlier year', () => {
    expect(projectYearEnd(57, 6, [])).toBeNull();
    expect(projectYearEnd(57, 6, [{ year: 2020, ytdAtMonth: 0, fullYear: 100 }])).toBeNull();
    expect(projectYearEnd(57, 6, [{ year: 2020, ytdAtMonth: 10, fullYear: 0 }])).toBeNull();
  });
});
