import { describe, expect, it } from 'vitest';
import { err, ok } from '../common/result';
import {
  formatGrowth,
  formatPercent,
  formatPointChange,
  formatPoints,
  formatPull,
  roundPercent,
} from './display';
import { changeInPoints } from './growth';

describe('roundPercent', () => {
  it.each([
    [18.44, 18.4],
    [18.45, 18.5], // half away from zero
    [-3.25, -3.3],
    [-3.24, -3.2],
    [2.675, 2.7],
    [0.05, 0.1],
    [(1845 * 100) / 10000, 18.5], // as a rate is computed: 18.449999… in floating point
    [99.95, 100],
  ])('%d → %d', (value, expected) => {
    expect(roundPercent(value)).toBe(expected);
  });

  it('never gives −0 and rounds to other places', () => {
    expect(Object.is(roundPercent(-0.04), 0)).toBe(true);
    expect(roundPercent(1.005, 2)).toBe(1.01);
    expect(roundPercent(12.5, 0)).toBe(13);
  });
});

describe('formatGrowth', () => {
  it.each([
    [18.42, '增长 18.4%', 'up 18.4%'],
    [-3.2, '下降 3.2%', 'down 3.2%'],
    [20, '增长 20.0%', 'up 20.0%'],
    [0, '持平', 'unchanged'],
    [0.04, '持平', 'unchanged'],
    [-0.04, '持平', 'unchanged'],
    [-0.05, '下降 0.1%', 'down 0.1%'],
    [143.56, '增长 143.6%', 'up 143.6%'],
  ])('%d %% → %s / %s', (value, zh, en) => {
    expect(formatGrowth(ok(value))).toEqual({ zh, en });
  });

  it('says why there is no rate', () => {
    expect(formatGrowth(err('zero_base'))).toEqual({
      zh: '—（基期数为零）',
      en: '— (the base is zero)',
    });
  });
});

describe('formatPointChange, formatPull, formatPercent, formatPoints', () => {
  it.each([
    [18.44, 18.06, '提高 0.3 个百分点', 'up 0.3 points'],
    [15.1, 18.4, '回落 3.3 个百分点', 'down 3.3 points'],
    [18.41, 18.38, '持平', 'unchanged'], // both published as 18.4 %
  ])('%d %% after %d %% → %s', (current, previous, zh, en) => {
    expect(formatPointChange(changeInPoints(ok(current), ok(previous)))).toEqual({ zh, en });
  });

  it('words pulls by their sign', () => {
    expect(formatPull(ok(4.62))).toEqual({
      zh: '拉动 4.6 个百分点',
      en: 'pulls growth up 4.6 points',
    });
    expect(formatPull(ok(-0.48))).toEqual({
      zh: '下拉 0.5 个百分点',
      en: 'pulls growth down 0.5 points',
    });
    expect(formatPull(ok(7.96)).zh).toBe('拉动 8.0 个百分点');
  });

  it('writes signed percentages and points', () => {
    expect(formatPercent(ok(25.08)).zh).toBe('25.1%');
    expect(formatPercent(ok(-66.666)).en).toBe('-66.7%');
    expect(formatPercent(ok(-0.01)).en).toBe('0.0%');
    expect(formatPoints(ok(-16.666)).zh).toBe('-16.7');
    expect(formatPoints(err('no_change')).en).toBe('— (the total did not change)');
  });
});
