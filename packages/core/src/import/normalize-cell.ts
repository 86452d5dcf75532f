import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { err, ok } from '../common/result';
import type { CellValue, MoneyUnit } from './grid';

/*
 * Cell values as clerks type them: full-width digits from a Chinese input method, numbers stored
 * as text with thousands separators, amounts with a unit, dates in half a dozen spellings.
 * Everything here is exact: decimals stay strings (BigInt arithmetic, never floats).
 */

export interface NormalizeTextOptions {
  /**
   * Keep full-width punctuation such as （） as typed. Enterprise names are registered with
   * full-width brackets; digits, letters and spaces are made half-width all the same.
   */
  keepPunctuation?: boolean;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
/** Offset between a full-width form (U+FF01…U+FF5E) and its ASCII character. */
const FULL_WIDTH_OFFSET = 0xfee0;

const toHalfWidth = (char: string): string =>
  String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET);

/**
 * The text of a cell as the import compares and stores it: full-width ASCII made half-width,
 * ideographic and other spaces made plain, zero-width characters removed, whitespace runs
 * (including line breaks typed with Alt+Enter) collapsed to one space, trimmed.
 * Numbers are written as Excel shows them (15 significant digits, never in exponent form),
 * dates as YYYY-MM-DD (with the time when there is one), booleans as TRUE / FALSE.
 * A blank cell gives ''.
 */
export function normalizeText(
  value: CellValue | undefined,
  options: NormalizeTextOptions = {},
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberToText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateToText(value);
  return value
    .replace(ZERO_WIDTH, '')
    .replace(options.keepPunctuation ? FULL_WIDTH_ALPHANUMERIC : FULL_WIDTH_ASCII, toHalfWidth)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A spreadsheet number as Excel displays it: 15 significant digits, no exponent. */
function numberToText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return expandExponent(String(rounded === 0 ? 0 : rounded));
}

/** '1.5e+21' → '1500000000000000000000'; '1e-7' → '0.0000001'. Exact: only moves the point. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const sign = match[1] ?? '';
  const digits = (match[2] ?? '') + (match[3] ?? '');
  const point = 1 + Number(match[4]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Spreadsheet dates carry no time zone; readers hand them over as UTC. */
function dateToText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = isoDateOf(date);
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

const isoDateOf = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;

/** How a cell is quoted back to the clerk in a message. */
const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

// ---------------------------------------------------------------------------------------------
// Exact decimals

/** value = (negative ? −1 : 1) × units / 10^scale. */
interface Decimal {
  negative: boolean;
  units: bigint;
  scale: number;
}

/** More digits than any amount the platform records (万元 with 14 integer digits) could need. */
const MAX_DIGITS = 30;

/** Parses a plain decimal ('-1234.50', '.5', '1.5E+07'); null when it is not one. */
function parseDecimalText(text: string): Decimal | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/.exec(text);
  if (!match) return null;
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (whole.length + fraction.length === 0) return null;
  const significant = (whole + fraction).replace(/^0+/, '');
  if (significant.length > MAX_DIGITS) return null;
  let units = BigInt(whole + fraction || '0');
  let scale = fraction.length - Number(match[4] ?? '0');
  if (Math.abs(scale) > MAX_DIGITS * 2) return null;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: match[1] === '-', units, scale };
}

function shift(decimal: Decimal, powerOfTen: number): Decimal {
  const scale = decimal.scale - powerOfTen;
  return scale >= 0
    ? { ...decimal, scale }
    : { ...decimal, units: decimal.units * 10n ** BigInt(-scale), scale: 0 };
}

/** Rounds half away from zero (half-up on the magnitude, as 四舍五入) to `places` decimals. */
function round(decimal: Decimal, places: number): Decimal {
  if (decimal.scale <= places) {
    return {
      ...decimal,
      units: decimal.units * 10n ** BigInt(places - decimal.scale),
      scale: places,
    };
  }
  const divisor = 10n ** BigInt(decimal.scale - places);
  let units = decimal.units / divisor;
  if ((decimal.units % divisor) * 2n >= divisor) units += 1n;
  return { ...decimal, units, scale: places };
}

/** Writes the decimal with exactly its scale (no exponent, '-' only when not zero). */
function formatScaled({ negative, units, scale }: Decimal): string {
  let text = units.toString();
  if (scale > 0) {
    text = text.padStart(scale + 1, '0');
    text = `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  }
  return negative && units !== 0n ? `-${text}` : text;
}

/** The shortest exact form: no leading zeros, no trailing fractional zeros. */
function formatCanonical(decimal: Decimal): string {
  let { units, scale } = decimal;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return formatScaled({ negative: decimal.negative, units, scale });
}

const UNIT_POWER: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

const CELL_UNITS: readonly { suffix: string; unit: MoneyUnit }[] = [
  { suffix: '亿元', unit: '亿元' },
  { suffix: '万元', unit: '万元' },
  { suffix: '元', unit: '元' },
  { suffix: '亿', unit: '亿元' },
  { suffix: '万', unit: '万元' },
];

export type DecimalResult =
  { ok: true; value: string; unit: MoneyUnit | null } | { ok: false; error: LocalizedText };

const notANumber = (text: string): LocalizedText => ({
  zh: `“${shown(text)}”不是有效的数字`,
  en: `"${shown(text)}" is not a valid number`,
});

/**
 * A number from a cell: a spreadsheet number, or text such as '1,234.5', '１２３４', '1，234.5',
 * '2000万元', '￥1,000', '1.5E+07'. `value` is the exact decimal in its shortest form
 * ('1234.5', '-0.25', '2000'); `unit` is the unit written in the cell (元 / 万元 / 亿元, '万' and
 * '亿' alone count as 万元 and 亿元) or null. Text is converted digit for digit; a spreadsheet
 * number is taken at the 15 significant digits Excel shows, so 0.1 + 0.2 reads as 0.3.
 */
export function parseDecimal(value: CellValue | undefined): DecimalResult {
  if (typeof value === 'boolean' || value instanceof Date) {
    return err(notANumber(normalizeText(value)));
  }
  const text = normalizeText(value);
  if (text === '') return err({ zh: '未填写数字', en: 'No number given' });
  let body = text.replace(/\s+/g, '').replace(/^(人民币|RMB|CNY|[¥￥])/i, '');
  body = body.replace(/(人民币|RMB|CNY)$/i, '');
  let unit: MoneyUnit | null = null;
  for (const candidate of CELL_UNITS) {
    if (body.endsWith(candidate.suffix)) {
      unit = candidate.unit;
      body = body.slice(0, -candidate.suffix.length);
      break;
    }
  }
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(body);
  if (body.includes(',') && !grouped) return err(notANumber(text));
  const decimal = parseDecimalText(body.replace(/,/g, ''));
  if (!decimal) return err(notANumber(text));
  return { ok: true, value: formatCanonical(decimal), unit };
}

/**
 * Converts an exact decimal string between money units, rounding half-up to 2 decimals:
 * scaleDecimal('20000000', '元', '万元') → '2000.00'. `decimal` is a plain decimal as
 * parseDecimal returns it; anything else is a programming error and throws.
 */
export function scaleDecimal(decimal: string, from: MoneyUnit, to: MoneyUnit = '万元'): string {
  const parsed = parseDecimalText(decimal);
  if (!parsed) throw new Error(`scaleDecimal: not a decimal: ${JSON.stringify(decimal)}`);
  return formatScaled(round(shift(parsed, UNIT_POWER[from] - UNIT_POWER[to]), 2));
}

/**
 * An amount of money in 万元 with 2 decimals, from a cell of a column whose header declares
 * `columnUnit`. A unit written in the cell itself ('2亿元' in a 万元 column) wins over the
 * header's.
 */
export function parseMoney(
  value: CellValue | undefined,
  columnUnit: MoneyUnit = '万元',
): Result<string, LocalizedText> {
  const parsed = parseDecimal(value);
  if (!parsed.ok) return parsed;
  return ok(scaleDecimal(parsed.value, parsed.unit ?? columnUnit, '万元'));
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Last day Excel can show: 9999-12-31. */
const MAX_EXCEL_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoOf = (year: number, month: number, day: number): string =>
  `${year}-${pad2(month)}-${pad2(day)}`;

const unreadableDate = (text: string): LocalizedText => ({
  zh: `无法识别的日期“${shown(text)}”，请填写如 2021-03-08 的日期`,
  en: `"${shown(text)}" is not a date we can read; write it like 2021-03-08`,
});

function fromParts(
  year: number,
  month: number,
  day: number,
  text: string,
): Result<string, LocalizedText> {
  return isRealDate(year, month, day)
    ? ok(isoOf(year, month, day))
    : err({
        zh: `日期“${shown(text)}”不存在`,
        en: `"${shown(text)}" is not a real date`,
      });
}

/**
 * Excel's day number (1900 date system, the default): 1 is 1900-01-01, and 60 is the
 * 1900-02-29 that Excel keeps for compatibility with Lotus 1-2-3 but which never existed.
 */
function fromSerial(serial: number, text: string): Result<string, LocalizedText> {
  const day = Math.floor(serial);
  if (Number.isInteger(serial) && serial >= 1900 && serial <= 2100) {
    return err({
      zh: `“${shown(text)}”只有年份，请填写完整日期，如 2021-03-08`,
      en: `"${shown(text)}" is only a year; write the full date, like 2021-03-08`,
    });
  }
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === 60) return err(unreadableDate(text));
  const daysAfter18991231 = day < 60 ? day : day - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + daysAfter18991231 * DAY_MS);
  return ok(isoDateOf(date));
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_SUFFIX}$`);
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date from a cell, as 'YYYY-MM-DD': a spreadsheet date, an Excel day number (44263 →
 * 2021-03-08), or text: 2021-03-08, 2021/3/8, 2021.3.8, 2021年3月8日, 20210308 (full-width digits
 * too; a time after the date is ignored). A bare year such as 2021 is refused rather than read as
 * day 2021 of 1900.
 */
export function parseDate(value: CellValue | undefined): Result<string, LocalizedText> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? err(unreadableDate(String(value)))
      : ok(isoDateOf(value));
  }
  if (typeof value === 'boolean') return err(unreadableDate(normalizeText(value)));
  const text = normalizeText(value);
  if (text === '') return err({ zh: '未填写日期', en: 'No date given' });
  const compactText = text.replace(/\s+/g, '');
  const parts = SEPARATED.exec(text);
  if (parts) return fromParts(Number(parts[1]), Number(parts[3]), Number(parts[4]), text);
  const chinese = CHINESE.exec(compactText);
  if (chinese) return fromParts(Number(chinese[1]), Number(chinese[2]), Number(chinese[3]), text);
  const compact = COMPACT.exec(compactText);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), text);
  if (typeof value === 'number' || /^\d{1,5}(\.\d+)?$/.test(compactText)) {
    return fromSerial(Number(compactText), text);
  }
  return err(unreadableDate(text));
}
