import { annualLevel, projectCrossing } from '@gongyeyun/core';
import { describe, expect, it } from 'vitest';
import {
  DEMO_INDUSTRY_THRESHOLD,
  DEMO_REVENUE_THROUGH,
  DEMO_SMALL_REPORTERS,
  demoSmallRevenues,
} from './demo-cultivation';

describe('demo small enterprises’ revenues', () => {
  const all = demoSmallRevenues(DEMO_SMALL_REPORTERS);
  const judged = all.map((e) => ({
    profile: e.profile,
    ratio: annualLevel(e.months, DEMO_REVENUE_THROUGH).value! / DEMO_INDUSTRY_THRESHOLD,
    projection: projectCrossing(e.months, DEMO_REVENUE_THROUGH, DEMO_INDUSTRY_THRESHOLD),
  }));

  it('is the same for the same seed and differs for another', () => {
    expect(demoSmallRevenues(5)).toEqual(demoSmallRevenues(5));
    expect(demoSmallRevenues(5, 8)).not.toEqual(demoSmallRevenues(5));
  });

  it('reports whole months up to May 2021, never negative', () => {
    for (const e of all) {
      const last = e.months.at(-1)!;
      expect([last.year, last.month]).toEqual([2021, 5]);
      expect(e.months.length).toBe(e.profile === 'new_in_2021' ? 5 : 29);
      expect(e.months.every((m) => m.revenue > 0)).toBe(true);
    }
  });

  it('puts each profile where it says: in the band, below it, or crossing in 2021', () => {
    for (const j of judged) {
      if (j.profile === 'small') expect(j.ratio).toBeLessThan(0.5);
      else expect(j.ratio).toBeGreaterThanOrEqual(0.5);
      expect(j.ratio).toBeLessThan(1);
      if (j.profile === 'fast_growing') expect(j.projection.projected?.year).toBe(2021);
    }
    for (const profile of ['in_band', 'fast_growing', 'small', 'new_in_2021'] as const) {
      expect(judged.some((j) => j.profile === profile)).toBe(true);
    }
  });
});
