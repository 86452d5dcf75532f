import type { LocalizedText } from '../common/locale';

/**
 * A reporting period, keyed `YYYY-MM` by its last month: `2021-02` is 1–2月 (January is never
 * reported alone), then `2021-03` … `2021-12`. Eleven periods a year.
 */
export type PeriodKey = string;

export interface PeriodParts {
  year: number;
  /** Last month covered, 2–12. */
  month: number;
  /** First month covered: 1 for the 1–2月 period, else `month`. */
  firstMonth: number;
}

const PERIOD_PATTERN = /^(\d{4})-(\d{2})$/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MONTH_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Parse a key; null when it is not a reporting period (`2021-01`, `2021-13`, `21-03` …). */
export function parsePeriod(key: string): PeriodParts | null {
  const m = PERIOD_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 2 || month > 12) return null;
  return { year, month, firstMonth: month === 2 ? 1 : month };
}

export const isPeriodKey = (key: string): boolean => parsePeriod(key) !== null;

function partsOf(key: PeriodKey): PeriodParts {
  const parts = parsePeriod(key);
  if (!parts) throw new Error(`Not a reporting period: ${JSON.stringify(key)}`);
  return parts;
}

const keyOf = (year: number, month: number): PeriodKey =>
  `${String(year)}-${String(month).padStart(2, '0')}`;

/** The period that contains a calendar month: 2021-01 and 2021-02 → `2021-02`. */
export function periodOfMonth(year: number, month: number): PeriodKey {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Bad month: ${month}`);
  return keyOf(year, Math.max(2, month));
}

/** The eleven periods of a year in order. */
export function periodsOfYear(year: number): PeriodKey[] {
  return Array.from({ length: 11 }, (_, i) => keyOf(year, i + 2));
}

/** The previous period of the same year, or null for 1–2月 (the first of the year). */
export function previousPeriodInYear(key: PeriodKey): PeriodKey | null {
  const { year, month } = partsOf(key);
  return month === 2 ? null : keyOf(year, month - 1);
}

/** The previous period across years (`2021-02` → `2020-12`). */
export function previousPeriod(key: PeriodKey): PeriodKey {
  const { year, month } = partsOf(key);
  return month === 2 ? keyOf(year - 1, 12) : keyOf(year, month - 1);
}

export function nextPeriod(key: PeriodKey): PeriodKey {
  const { year, month } = partsOf(key);
  return month === 12 ? keyOf(year + 1, 2) : keyOf(year, month + 1);
}

/** The same period a year earlier (`2021-05` → `2020-05`). */
export function samePeriodLastYear(key: PeriodKey): PeriodKey {
  const { year, month } = partsOf(key);
  return keyOf(year - 1, month);
}

/** Periods from `from` to `to` inclusive, in order (empty when from > to). */
export function periodRange(from: PeriodKey, to: PeriodKey): PeriodKey[] {
  partsOf(from);
  partsOf(to);
  const out: PeriodKey[] = [];
  for (let k = from; k <= to; k = nextPeriod(k)) out.push(k);
  return out;
}

/** Months covered by a period: 2 for 1–2月, else 1. */
export const monthsInPeriod = (key: PeriodKey): number => (partsOf(key).month === 2 ? 2 : 1);

/** 2021年1–2月 / Jan–Feb 2021; 2021年3月 / Mar 2021. */
export function periodLabel(key: PeriodKey): LocalizedText {
  const { year, month } = partsOf(key);
  return month === 2
    ? { zh: `${year}年1–2月`, en: `Jan–Feb ${year}` }
    : { zh: `${year}年${month}月`, en: `${MONTH_EN[month - 1] ?? ''} ${year}` };
}

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const isoDate = (year: number, month: number, day: number): string =>
  `${keyOf(year, month)}-${String(day).padStart(2, '0')}`;

/** Last calendar day of the period, `YYYY-MM-DD`. */
export function periodEndDate(key: PeriodKey): string {
  const { year, month } = partsOf(key);
  return isoDate(year, month, daysInMonth(year, month));
}

/** When a period opens and its deadlines fall (dates `YYYY-MM-DD`, Asia/Shanghai calendar days). */
export interface PeriodSchedule {
  period: PeriodKey;
  /** Enterprises may fill the form from this day. */
  opensOn: string;
  /** 企业报送截止: submitted after this day is late. */
  enterpriseDeadline: string;
  /** 县区审核截止: the county approves by this day. */
  countyDeadline: string;
  /** 市级锁定: the day the city plans to lock the period. */
  locksOn: string;
}

/** Days of the month after the period's last month (the month reports are made in). */
export interface CalendarRule {
  openDay: number;
  enterpriseDeadlineDay: number;
  countyDeadlineDay: number;
  lockDay: number;
}

/** 1st open, 7th enterprises, 10th counties, 12th lock: the usual 统计 rhythm. */
export const DEFAULT_CALENDAR_RULE: CalendarRule = {
  openDay: 1,
  enterpriseDeadlineDay: 7,
  countyDeadlineDay: 10,
  lockDay: 12,
};

/**
 * The calendar of a year: for each period, the days of the following month (December's fall in
 * January of the next year). Errors when the days are not in order open ≤ enterprise ≤ county ≤ lock
 * or not within 1–28.
 */
export function reportingCalendar(
  year: number,
  rule: CalendarRule = DEFAULT_CALENDAR_RULE,
): PeriodSchedule[] {
  const days = [rule.openDay, rule.enterpriseDeadlineDay, rule.countyDeadlineDay, rule.lockDay];
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 28)) {
    throw new Error('Calendar days must be whole days from 1 to 28');
  }
  if (days.some((d, i) => i > 0 && d < (days[i - 1] ?? 0))) {
    throw new Error('Calendar days must be in order: open ≤ enterprise ≤ county ≤ lock');
  }
  return periodsOfYear(year).map((period) => {
    const { month } = partsOf(period);
    const y = month === 12 ? year + 1 : year;
    const m = month === 12 ? 1 : month + 1;
    return {
      period,
      opensOn: isoDate(y, m, rule.openDay),
      enterpriseDeadline: isoDate(y, m, rule.enterpriseDeadlineDay),
      countyDeadline: isoDate(y, m, rule.countyDeadlineDay),
      locksOn: isoDate(y, m, rule.lockDay),
    };
  });
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
/** Check an edited schedule: dates valid and in order, opening after the period's first month. */
export function checkSchedule(schedule: PeriodSchedule): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const parts = parsePeriod(schedule.period);
  if (!parts)
    return [
      {
        zh: `报告期“${schedule.period}”无效`,
        en: `“${schedule.period}” is not a reporting period`,
      },
    ];
  const fields: [keyof PeriodSchedule, LocalizedText][] = [
    ['opensOn', { zh: '开始填报日期', en: 'opening date' }],
    ['enterpriseDeadline', { zh: '企业报送截止日期', en: 'enterprise deadline' }],
    ['countyDeadline', { zh: '县区审核截止日期', en: 'county deadline' }],
    ['locksOn', { zh: '市级锁定日期', en: 'lock date' }],
  ];
  for (const [field, label] of fields) {
    if (!isIsoDate(schedule[field])) {
      problems.push({
        zh: `${label.zh}不是有效日期（应为 YYYY-MM-DD）`,
        en: `The ${label.en} is not a valid date (YYYY-MM-DD)`,
      });
    }
  }
  if (problems.length > 0) return problems;
  if (schedule.opensOn < isoDate(parts.year, parts.firstMonth, 1)) {
    problems.push({
      zh: '开始填报日期早于报告期本身',
      en: 'The form cannot open before the period begins',
    });
  }
  for (let i = 1; i < fields.length; i++) {
    const [a, la] = fields[i - 1] as [keyof PeriodSchedule, LocalizedText];
    const [b, lb] = fields[i] as [keyof PeriodSchedule, LocalizedText];
    if (schedule[b] < schedule[a]) {
      problems.push({ zh: `${lb.zh}早于${la.zh}`, en: `The ${lb.en} is before the ${la.en}` });
    }
  }
  return problems;
}

/**
 * Reads a period as people write it in published tables: `2021-06`, `2021.6`, `2021年6月`,
 * `2021年1-6月` (also with —, –, ~ or 至). A cumulative span must start in January; 1–2月 is
 * `YYYY-02`. January alone is not a reporting period. Null when the text is none of these.
 */
export function parsePeriodText(text: string): PeriodKey | null {
  const t = text.replace(/\s/g, '').replace(/[－—–~～至]/g, '-');
  const key = /^(\d{4})[-./](\d{1,2})$/.exec(t);
  const written = /^(\d{4})年(?:(\d{1,2})-)?(\d{1,2})月(?:份)?$/.exec(t);
  let year: number;
  let month: number;
  if (key) {
    year = Number(key[1]);
    month = Number(key[2]);
  } else if (written) {
    if (written[2] !== undefined && Number(written[2]) !== 1) return null;
    year = Number(written[1]);
    month = Number(written[3]);
  } else return null;
  const period = keyOf(year, month);
  return isPeriodKey(period) ? period : null;
}
