import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { err, ok } from '../common/result';
import type { CellValue, Grid, MoneyUnit } from './grid';
import { normalizeText } from './normalize-cell';
import { columnLetter } from './read-rows';

/** One column the import understands. */
export interface ColumnSpec {
  key: string;
  /** The zh label is the header of the downloadable template. */
  label: LocalizedText;
  /** Other header texts seen in real files (统一社会信用代码 / 社会信用代码 / 信用代码 / USCC …). */
  aliases: string[];
  required: boolean;
  /**
   * A money column whose header may declare its unit: 注册资本（万元）, 注册资本(元), 注册资本/亿元.
   * Without a declaration the unit is the one a "单位：元" line above the header gives, else 万元.
   */
  unitAware?: boolean;
  /** Keep full-width punctuation in this column's values (enterprise names: （有限合伙）). */
  keepPunctuation?: boolean;
}

export interface DetectedColumn {
  key: string;
  /** 0-based column index in the grid. */
  index: number;
  /** The column as the spreadsheet names it: A, B, … Z, AA. */
  letter: string;
  /** The header text found (group and column name joined for a two-row header). */
  header: string;
  /** For unit-aware columns: the unit of the amounts in this column. */
  unit?: MoneyUnit;
}

export interface DetectedHeader {
  /** 0-based grid index of the (first) header row; the spreadsheet row is one more. */
  headerRowIndex: number;
  /** 2 when the header is a group row above a row of column names (merged cells). */
  headerRowCount: 1 | 2;
  /** 0-based grid index of the first row after the header. */
  dataStartIndex: number;
  /** Recognised columns, left to right. */
  columns: DetectedColumn[];
  /** Header texts of columns the import does not use (they are left alone). */
  ignored: string[];
}

export type HeaderProblem =
  | { kind: 'not_found'; text: LocalizedText }
  | { kind: 'missing_columns'; text: LocalizedText; keys: string[] }
  | { kind: 'duplicate_column'; text: LocalizedText; keys: string[] };

export interface DetectHeaderOptions {
  /** How many rows from the top may hold the header (title rows included). */
  maxScanRows?: number;
}

const UNIT_IN_HEADER =
  /(?:\(|单位:?|\/|:)(?:人民币)?(亿元|万元|元)(?:人民币)?\)?|(亿元|万元)(?:人民币)?\)?$/;
const UNIT_OF_SHEET = /单位:?(?:人民币)?(亿元|万元|元)/;

/** Header text made comparable: half-width, no spaces, one kind of bracket, lower case. */
function compactHeader(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')')
    .replace(/：/g, ':')
    .toLowerCase();
}

/** The matching key of a header: units, required-field stars and trailing colons dropped. */
export function headerKey(text: string): string {
  return compactHeader(text)
    .replace(/[*※]/g, '')
    .replace(/\((?:单位:?)?(?:人民币)?(?:亿元|万元|元)(?:人民币)?\)/g, '')
    .replace(/(?:单位:?|\/|:)(?:人民币)?(?:亿元|万元|元)(?:人民币)?$/, '')
    .replace(/(?:亿元|万元)$/, '')
    .replace(/:$/, '');
}

/** The key without any bracketed remark: 企业名称(盖章) → 企业名称. */
const bareKey = (key: string): string => key.replace(/\([^)]*\)/g, '');

/** The money unit a header declares, if any. */
export function headerUnit(text: string): MoneyUnit | null {
  const match = UNIT_IN_HEADER.exec(compactHeader(text));
  const unit = match?.[1] ?? match?.[2];
  return unit === '元' || unit === '万元' || unit === '亿元' ? unit : null;
}

const cellText = (row: CellValue[] | undefined, index: number): string =>
  normalizeText(row?.[index] ?? null);

interface Candidate {
  headerRowIndex: number;
  headerRowCount: 1 | 2;
  /** Per grid column: header texts to try, best first (empty for a blank header). */
  texts: string[][];
}

function singleRowCandidate(grid: Grid, index: number): Candidate {
  const row = grid[index] ?? [];
  return {
    headerRowIndex: index,
    headerRowCount: 1,
    texts: row.map((_, c) => {
      const text = cellText(row, c);
      return text === '' ? [] : [text];
    }),
  };
}

/**
 * A group row above a row of column names. A cell merged down both rows has its text in the
 * upper row only; a group label merged across columns has it in its first column only, so it is
 * carried to the right until the next label. A column name is tried with its group label first
 * (行业 + 代码 → 行业代码), then alone.
 */
function twoRowCandidate(grid: Grid, index: number): Candidate {
  const upper = grid[index] ?? [];
  const lower = grid[index + 1] ?? [];
  const width = Math.max(upper.length, lower.length);
  const texts: string[][] = [];
  let group = '';
  for (let c = 0; c < width; c += 1) {
    const above = cellText(upper, c);
    const below = cellText(lower, c);
    if (above !== '') group = above;
    if (below !== '') texts.push(group === '' ? [below] : [`${group}${below}`, below]);
    else texts.push(above === '' ? [] : [above]);
  }
  return { headerRowIndex: index, headerRowCount: 2, texts };
}

interface Match {
  key: string;
  index: number;
  header: string;
}

function matchCandidate(candidate: Candidate, lookup: Map<string, string>): Match[] {
  const matches: Match[] = [];
  candidate.texts.forEach((texts, index) => {
    for (const text of texts) {
      const key = headerKey(text);
      const specKey = lookup.get(key) ?? lookup.get(bareKey(key));
      if (specKey !== undefined) {
        matches.push({ key: specKey, index, header: text });
        return;
      }
    }
  });
  return matches;
}

function buildLookup(specs: readonly ColumnSpec[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    for (const text of [spec.label.zh, spec.label.en, spec.key, ...spec.aliases]) {
      const key = headerKey(text);
      if (key !== '' && !lookup.has(key)) lookup.set(key, spec.key);
    }
  }
  return lookup;
}

const distinctKeys = (matches: Match[]): number => new Set(matches.map((m) => m.key)).size;

/** A "金额单位：万元" line between the title and the header sets the unit of the whole sheet. */
function sheetUnit(grid: Grid, headerRowIndex: number): MoneyUnit | null {
  for (let r = 0; r < headerRowIndex; r += 1) {
    for (const cell of grid[r] ?? []) {
      const unit = UNIT_OF_SHEET.exec(compactHeader(normalizeText(cell)))?.[1];
      if (unit === '元' || unit === '万元' || unit === '亿元') return unit;
    }
  }
  return null;
}

const labelList = (specs: readonly ColumnSpec[], separator: string, locale: 'zh' | 'en') =>
  specs.map((s) => s.label[locale]).join(separator);

/**
 * Finds the header among the first rows of a sheet: the row (or pair of rows, for a merged
 * two-row header) that names the most known columns, so title rows above it are skipped.
 * Columns are matched by header text, ignoring spaces, full/half-width brackets, required-field
 * stars and the unit, trying the template label, its English label and the aliases.
 */
export function detectHeader(
  grid: Grid,
  specs: readonly ColumnSpec[],
  options: DetectHeaderOptions = {},
): Result<DetectedHeader, HeaderProblem> {
  const maxScanRows = options.maxScanRows ?? 10;
  const lookup = buildLookup(specs);
  const scanned = Math.min(maxScanRows, grid.length);

  const candidates: Candidate[] = [];
  for (let r = 0; r < scanned; r += 1) {
    candidates.push(singleRowCandidate(grid, r));
    if (r + 1 < scanned) candidates.push(twoRowCandidate(grid, r));
  }
  let found: { candidate: Candidate; matches: Match[]; score: number } | null = null;
  for (const candidate of candidates) {
    const matches = matchCandidate(candidate, lookup);
    const score = distinctKeys(matches);
    // Ties go to the simpler reading: one header row rather than two (a title above a header
    // reads as a two-row header too), then the earlier row.
    const better =
      found === null ||
      score > found.score ||
      (score === found.score && candidate.headerRowCount < found.candidate.headerRowCount);
    if (better) found = { candidate, matches, score };
  }

  if (found === null || found.score === 0) {
    const required = specs.filter((s) => s.required);
    return err({
      kind: 'not_found',
      text: {
        zh: `在前 ${maxScanRows} 行中没有找到表头，请使用导入模板（表头应包含：${labelList(required, '、', 'zh')}）`,
        en: `No header row found in the first ${maxScanRows} rows; please use the import template (the header must include: ${labelList(required, ', ', 'en')})`,
      },
    });
  }

  const { candidate, matches } = found;
  const headerRow = candidate.headerRowIndex + candidate.headerRowCount;

  const byKey = new Map<string, Match[]>();
  for (const match of matches) byKey.set(match.key, [...(byKey.get(match.key) ?? []), match]);
  const duplicated = specs.filter((s) => (byKey.get(s.key)?.length ?? 0) > 1);
  if (duplicated.length > 0) {
    const where = (spec: ColumnSpec, locale: 'zh' | 'en') =>
      `${spec.label[locale]} (${(byKey.get(spec.key) ?? []).map((m) => columnLetter(m.index)).join(locale === 'zh' ? '、' : ', ')})`;
    return err({
      kind: 'duplicate_column',
      keys: duplicated.map((s) => s.key),
      text: {
        zh: `以下列出现了不止一次，请只保留一列：${duplicated.map((s) => where(s, 'zh')).join('；')}`,
        en: `These columns appear more than once; keep only one of each: ${duplicated.map((s) => where(s, 'en')).join('; ')}`,
      },
    });
  }

  const missing = specs.filter((s) => s.required && !byKey.has(s.key));
  if (missing.length > 0) {
    return err({
      kind: 'missing_columns',
      keys: missing.map((s) => s.key),
      text: {
        zh: `缺少必填列：${labelList(missing, '、', 'zh')}（表头在第 ${headerRow} 行）`,
        en: `Missing required columns: ${labelList(missing, ', ', 'en')} (header in row ${headerRow})`,
      },
    });
  }

  const defaultUnit = sheetUnit(grid, candidate.headerRowIndex) ?? '万元';
  const unitAware = new Set(specs.filter((s) => s.unitAware).map((s) => s.key));
  const columns = matches.map((match): DetectedColumn => {
    const column: DetectedColumn = {
      key: match.key,
      index: match.index,
      letter: columnLetter(match.index),
      header: match.header,
    };
    if (unitAware.has(match.key)) {
      const texts = candidate.texts[match.index] ?? [];
      column.unit =
        headerUnit(match.header) ?? texts.map(headerUnit).find((u) => u !== null) ?? defaultUnit;
    }
    return column;
  });
  const matchedIndexes = new Set(matches.map((m) => m.index));
  const ignored = candidate.texts.flatMap((texts, index) =>
    matchedIndexes.has(index) || texts[0] === undefined ? [] : [texts[0]],
  );

  return ok({
    headerRowIndex: candidate.headerRowIndex,
    headerRowCount: candidate.headerRowCount,
    dataStartIndex: headerRow,
    columns,
    ignored,
  });
}
