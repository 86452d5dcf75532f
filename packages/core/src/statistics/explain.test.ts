import { describe, expect, it } from 'vitest';
import { ok } from '../common/result';
import { decompose } from './decompose';
import {
  explainContribution,
  explainGrowth,
  explainPointChange,
  explainPull,
  explainShare,
  formatAmount,
  summarizePart,
} from './explain';
import { changeInPoints, comparableGrowth, levelChange } from './growth';

describe('explainGrowth', () => {
  it('puts the numbers into the formula', () => {
    const figure = comparableGrowth({ ytd: '2284000', ytdPrevYear: '1899000', enterprises: 12 });
    expect(explainGrowth(figure)).toEqual({
      name: { zh: '同口径增速', en: 'Growth on a comparable basis' },
      formula: {
        zh: '同口径增速 = Σ本年累计 ÷ Σ上年同期累计 − 1（同一批 12 家企业）',
        en: 'Comparable growth = Σ year to date ÷ Σ same period last year − 1 (the same 12 enterprises)',
      },
      computation: {
        zh: '增速 = 228.4亿元 ÷ 189.9亿元 − 1 = 20.3%',
        en: 'Growth = 22.84 billion yuan ÷ 18.99 billion yuan − 1 = 20.3%',
      },
    });
  });

  it('says when a figure is not comparable or not computed', () => {
    const level = explainGrowth(levelChange('1200', '1100'));
    expect(level.name.zh).toBe('总量增幅（非同口径）');
    expect(level.computation.zh).toBe('增幅 = 1200万元 ÷ 1100万元 − 1 = 9.1%');
    const zero = explainGrowth(comparableGrowth({ ytd: 500, ytdPrevYear: 0, enterprises: 1 }));
    expect(zero.computation).toEqual({
      zh: '增速 = 500万元 ÷ 0万元 − 1：不计算（基期数为零）',
      en: 'Growth = 5 million yuan ÷ 0 yuan − 1: not computed (the base is zero)',
    });
  });

  it('writes other units as they are', () => {
    const unit = { zh: '万千瓦时', en: '10k kWh' };
    const figure = comparableGrowth({ ytd: 12345.5, ytdPrevYear: 10000, enterprises: 4 });
    expect(explainGrowth(figure, unit).computation).toEqual({
      zh: '增速 = 12,345.5万千瓦时 ÷ 10,000万千瓦时 − 1 = 23.5%',
      en: 'Growth = 12,345.5 10k kWh ÷ 10,000 10k kWh − 1 = 23.5%',
    });
    expect(formatAmount(null)).toEqual({ zh: '—', en: '—' });
  });
});

describe('explaining a decomposition', () => {
  const { parts, total } = decompose([
    { key: 'a', ytd: '3462000', ytdPrevYear: '3000000' },
    { key: 'b', ytd: '4796000', ytdPrevYear: '4000000' },
    { key: 'c', ytd: '3584000', ytdPrevYear: '3000000' },
  ]);
  const [a, b] = parts;

  it('explains contribution, pull and share with their inputs', () => {
    if (!a || !b) throw new Error('parts expected');
    expect(explainContribution(a, total).computation.zh).toBe(
      '贡献率 = 46.2亿元 ÷ 184.2亿元 × 100% = 25.1%',
    );
    expect(explainPull(b, total).computation).toEqual({
      zh: '拉动 = 79.6亿元 ÷ 1000亿元 × 100 = 8.0 个百分点',
      en: 'Pull = 7.96 billion yuan ÷ 100 billion yuan × 100 = 8.0 points',
    });
    expect(explainShare(a, total).computation.zh).toBe(
      '比重 = 346.2亿元 ÷ 1184.2亿元 × 100% = 29.2%',
    );
    expect(summarizePart(a)).toEqual({
      zh: '增长 15.4%，贡献率 25.1%，拉动 4.6 个百分点',
      en: 'up 15.4%, contribution 25.1%, pulls growth up 4.6 points',
    });
  });

  it('explains why a contribution is missing', () => {
    const flat = decompose([
      { key: 'a', ytd: 110, ytdPrevYear: 100 },
      { key: 'b', ytd: 90, ytdPrevYear: 100 },
    ]);
    const [first] = flat.parts;
    if (!first) throw new Error('part expected');
    expect(explainContribution(first, flat.total).computation.zh).toBe(
      '贡献率 = 10万元 ÷ 0万元 × 100%：不计算（总量没有增减）',
    );
  });
});

describe('explainPointChange', () => {
  it('subtracts the published rates', () => {
    expect(explainPointChange(changeInPoints(ok(18.44), ok(18.06))).computation).toEqual({
      zh: '增速变化 = 18.4% − 18.1% = 0.3 个百分点',
      en: 'Change = 18.4% − 18.1% = 0.3 points',
    });
  });
});
