import type { LocalizedText } from '../common/locale';
import type { ScaleCategory } from '../scale/scale-categories';

/**
 * How an indicator is reported. A flow (产值, 营业收入 …) is reported as 本月, 本年累计 and
 * 上年同期累计; a stock (期末从业人员 …) as 期末 and 上年同期 (kept in the `ytd` and
 * `prevYearYtd` fields of a report value, `month` staying empty).
 */
export type IndicatorKind = 'flow' | 'stock';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['flow', 'stock'];

/** An indicator is configuration: adding one needs no code change. */
export interface Indicator {
  /** Stable code used by the API and imports: `output`, `revenue` … (lower case, a–z 0–9 _). */
  code: string;
  name: LocalizedText;
  /** Unit as shown on forms: 万元, 万千瓦时, 人 … */
  unit: LocalizedText;
  kind: IndicatorKind;
  /** Decimal places a value is kept and shown with (0–4). */
  decimals: number;
  /** Which 四上 categories report it. */
  categories: readonly ScaleCategory[];
  /** A required indicator must be filled before submission. */
  required: boolean;
  /** 利润总额 may be negative; most figures may not. */
  allowNegative: boolean;
  sortOrder: number;
}

const wan: LocalizedText = { zh: '万元', en: '10k yuan' };
const INDUSTRY: readonly ScaleCategory[] = ['industry'];

/**
 * The demo set for 规上工业 (codes are part of the API). Every indicator is required except
 * 工业用电量: many enterprises read it from the power company's bill, which arrives after the
 * enterprise deadline, so it may be left empty and filled later.
 */
export const DEFAULT_INDICATORS: readonly Indicator[] = [
  {
    code: 'output',
    name: { zh: '工业总产值(当年价)', en: 'Gross industrial output (current prices)' },
    unit: wan,
    kind: 'flow',
    decimals: 1,
    categories: INDUSTRY,
    required: true,
    allowNegative: false,
    sortOrder: 10,
  },
  {
    code: 'revenue',
    name: { zh: '营业收入', en: 'Operating revenue' },
    unit: wan,
    kind: 'flow',
    decimals: 1,
    categories: INDUSTRY,
    required: true,
    allowNegative: false,
    sortOrder: 20,
  },
  {
    code: 'profit',
    name: { zh: '利润总额', en: 'Total profit' },
    unit: wan,
    kind: 'flow',
    decimals: 1,
    categories: INDUSTRY,
    required: true,
    allowNegative: true,
    sortOrder: 30,
  },
  {
    code: 'tax',
    name: { zh: '税金总额', en: 'Total taxes' },
    unit: wan,
    kind: 'flow',
    decimals: 1,
    categories: INDUSTRY,
    required: true,
    allowNegative: false,
    sortOrder: 40,
  },
  {
    code: 'electricity',
    name: { zh: '工业用电量', en: 'Industrial electricity consumption' },
    unit: { zh: '万千瓦时', en: '10k kWh' },
    kind: 'flow',
    decimals: 1,
    categories: INDUSTRY,
    required: false,
    allowNegative: false,
    sortOrder: 50,
  },
  {
    code: 'employees',
    name: { zh: '期末从业人员', en: 'Persons employed at period end' },
    unit: { zh: '人', en: 'persons' },
    kind: 'stock',
    decimals: 0,
    categories: INDUSTRY,
    required: true,
    allowNegative: false,
    sortOrder: 60,
  },
];

/** Whether an enterprise of a category reports an indicator (an enterprise of no category reports none). */
export function reportsIndicator(
  indicator: Pick<Indicator, 'categories'>,
  category: ScaleCategory | null,
): boolean {
  return category !== null && indicator.categories.includes(category);
}

const CODE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Indicator codes: lower case letters, digits and `_`, starting with a letter, at most 40. */
export function isValidIndicatorCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** The most decimals any figure is kept with. */
export const MAX_DECIMALS = 4;

/**
 * Round a value to an indicator's decimals (half away from zero), as forms keep it. The value is
 * first taken to 15 significant digits, so that 1.005 (stored in binary as 1.00499999…) rounds to
 * 1.01 as the clerk who typed it expects. Never returns −0. Non-finite values are returned
 * unchanged; `decimals` must be a whole number from 0 to MAX_DECIMALS.
 */
export function roundToDecimals(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new Error(`Decimals must be a whole number from 0 to ${MAX_DECIMALS}: ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A value in whole units of its last decimal place (1234.5 with 1 decimal → 12345). */
export function toDecimalUnits(value: number, decimals: number): number {
  return Math.round(roundToDecimals(value, decimals) * 10 ** decimals);
}

/**
 * A figure as forms and messages show it: thousands separated, fixed decimals
 * (1234.5 with 1 decimal → "1,234.5"; −0.04 → "0.0").
 */
export function formatFigure(value: number, decimals: number): string {
  const rounded = roundToDecimals(value, decimals);
  if (!Number.isFinite(rounded)) return String(rounded);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return rounded < 0 ? `-${text}` : text;
}
