import type { LocalizedText } from '../common/locale';
import { formatWanAmount } from '../projects/wan-amount';
import type { PartFigures, WholeFigures } from './decompose';
import { formatGrowth, formatPercent, formatPull, roundPercent } from './display';
import { exactText, toExact, UNDEFINED_REASON_LABELS, type Rate } from './figures';
import { GROWTH_BASIS_LABELS, type GrowthFigure, type PointChange } from './growth';

/**
 * How amounts are written: money in 万元 (shown in 亿元 from 1亿 up, as officials write it) or
 * another indicator unit (万千瓦时, 人 …).
 */
export type FigureUnit = 'wan_yuan' | LocalizedText;

/** A figure explained: what it is, its formula, and the formula with the numbers put in. */
export interface Explanation {
  name: LocalizedText;
  formula: LocalizedText;
  /** “增速 = 228.4亿元 ÷ 189.9亿元 − 1 = 20.3%”, or why the figure has no value. */
  computation: LocalizedText;
}

const grouped = (text: string): string => {
  const [whole = '', fraction] = text.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
};

/** An amount in its unit: 228.4亿元 / 22.84 billion yuan; 1,234.5万千瓦时 / 1,234.5 10k kWh. */
export function formatAmount(value: number | null, unit: FigureUnit = 'wan_yuan'): LocalizedText {
  const exact = toExact(value);
  if (exact === null) return { zh: '—', en: '—' };
  const text = exactText(exact);
  if (unit === 'wan_yuan') {
    const money = formatWanAmount(text);
    if (money.ok) return money.value;
  }
  const label = unit === 'wan_yuan' ? { zh: '万元', en: '10k yuan' } : unit;
  return { zh: `${grouped(text)}${label.zh}`, en: `${grouped(text)} ${label.en}` };
}

const percentText = (rate: Rate & { ok: true }): string =>
  `${roundPercent(rate.value).toFixed(1)}%`;

/** “= 20.3%”, or “：不计算（基期数为零）”. */
function result(rate: Rate, unitZh: string, unitEn: string): LocalizedText {
  if (!rate.ok) {
    const reason = UNDEFINED_REASON_LABELS[rate.error];
    return { zh: `：不计算（${reason.zh}）`, en: `: not computed (${reason.en})` };
  }
  const text = roundPercent(rate.value).toFixed(1);
  return { zh: ` = ${text}${unitZh}`, en: ` = ${text}${unitEn}` };
}

function join(parts: readonly (LocalizedText | string)[]): LocalizedText {
  return {
    zh: parts.map((p) => (typeof p === 'string' ? p : p.zh)).join(''),
    en: parts.map((p) => (typeof p === 'string' ? p : p.en)).join(''),
  };
}

/**
 * A growth rate explained. Comparable: “同口径增速 = Σ本年累计 ÷ Σ上年同期累计 − 1” and
 * “增速 = 228.4亿元 ÷ 189.9亿元 − 1 = 20.3%”; a level change says it is not comparable.
 */
export function explainGrowth(figure: GrowthFigure, unit: FigureUnit = 'wan_yuan'): Explanation {
  const comparable = figure.basis === 'comparable';
  const n = figure.enterprises ?? 0;
  const formula: LocalizedText = comparable
    ? {
        zh: `同口径增速 = Σ本年累计 ÷ Σ上年同期累计 − 1（同一批 ${n} 家企业）`,
        en: `Comparable growth = Σ year to date ÷ Σ same period last year − 1 (the same ${n} enterprises)`,
      }
    : {
        zh: '总量增幅 = 本年合计 ÷ 上年公布合计 − 1（企业范围不同，非同口径）',
        en: "Change in totals = this year's total ÷ last year's published total − 1 (different enterprises, not comparable)",
      };
  const computation = join([
    { zh: comparable ? '增速 = ' : '增幅 = ', en: comparable ? 'Growth = ' : 'Change = ' },
    formatAmount(figure.numerator, unit),
    ' ÷ ',
    formatAmount(figure.base, unit),
    ' − 1',
    result(figure.growth, '%', '%'),
  ]);
  return { name: GROWTH_BASIS_LABELS[figure.basis], formula, computation };
}

/** “增速变化 = 18.4% − 18.1% = 0.3 个百分点”, from the published rates. */
export function explainPointChange(change: PointChange): Explanation {
  const rateText = (rate: Rate): string => (rate.ok ? percentText(rate) : '—');
  return {
    name: { zh: '增速变化', en: 'Change in growth' },
    formula: {
      zh: '增速变化（百分点）= 本期增速 − 比较期增速',
      en: 'Change (points) = growth this period − growth in the period compared',
    },
    computation: join([
      { zh: '增速变化 = ', en: 'Change = ' },
      `${rateText(change.current)} − ${rateText(change.previous)}`,
      result(change.publishedPoints, ' 个百分点', ' points'),
    ]),
  };
}

/** “名称 = 部分 ÷ 整体 × 100% = … ÷ … × 100% = 结果”: the three ratios of a part to its whole. */
function ratioOfWhole(
  name: LocalizedText,
  formula: LocalizedText,
  part: number | null,
  whole: number | null,
  percent: boolean,
  rate: Rate,
  unit: FigureUnit,
): Explanation {
  const times = percent ? ' × 100%' : ' × 100';
  return {
    name,
    formula,
    computation: join([
      { zh: `${name.zh} = `, en: `${name.en} = ` },
      formatAmount(part, unit),
      ' ÷ ',
      formatAmount(whole, unit),
      times,
      percent ? result(rate, '%', '%') : result(rate, ' 个百分点', ' points'),
    ]),
  };
}

/** “贡献率 = 本部分增量 ÷ 总增量 × 100% = 46.2亿元 ÷ 184.2亿元 × 100% = 25.1%”. */
export function explainContribution(
  part: PartFigures,
  total: WholeFigures,
  unit: FigureUnit = 'wan_yuan',
): Explanation {
  return ratioOfWhole(
    { zh: '贡献率', en: 'Contribution' },
    {
      zh: '贡献率 = 本部分增量 ÷ 总增量 × 100%（增量 = 本年累计 − 上年同期累计）',
      en: "Contribution = the part's increase ÷ the total increase × 100% (increase = year to date − same period last year)",
    },
    part.delta,
    total.delta,
    true,
    part.contribution,
    unit,
  );
}

/** “拉动 = 本部分增量 ÷ 上年同期合计 × 100 = 46.2亿元 ÷ 1000亿元 × 100 = 4.6 个百分点”. */
export function explainPull(
  part: PartFigures,
  total: WholeFigures,
  unit: FigureUnit = 'wan_yuan',
): Explanation {
  return ratioOfWhole(
    { zh: '拉动', en: 'Pull' },
    {
      zh: '拉动（百分点）= 本部分增量 ÷ 全部上年同期累计 × 100；各部分拉动之和等于总增速',
      en: "Pull (points) = the part's increase ÷ the whole's same period last year × 100; the pulls add up to the growth rate",
    },
    part.delta,
    total.ytdPrevYear,
    false,
    part.pull,
    unit,
  );
}

/** “比重 = 本部分本年累计 ÷ 合计 × 100% = 346.2亿元 ÷ 1184.2亿元 × 100% = 29.2%”. */
export function explainShare(
  part: PartFigures,
  total: WholeFigures,
  unit: FigureUnit = 'wan_yuan',
): Explanation {
  return ratioOfWhole(
    { zh: '比重', en: 'Share' },
    {
      zh: '比重 = 本部分本年累计 ÷ 全部本年累计 × 100%',
      en: "Share = the part's year to date ÷ the whole's year to date × 100%",
    },
    part.ytd,
    total.ytd,
    true,
    part.share,
    unit,
  );
}

/** A one-line summary of a part for a drawer: “增长 15.4%，贡献率 25.1%，拉动 4.6 个百分点”. */
export function summarizePart(part: PartFigures): LocalizedText {
  const growth = formatGrowth(part.growth);
  const contribution = formatPercent(part.contribution);
  const pull = formatPull(part.pull);
  return {
    zh: `${growth.zh}，贡献率 ${contribution.zh}，${pull.zh}`,
    en: `${growth.en}, contribution ${contribution.en}, ${pull.en}`,
  };
}
