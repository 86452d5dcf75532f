import type { CellValue, Grid } from './grid';
import type { ColumnSpec, DetectedHeader } from './header-detection';
import { normalizeText } from './normalize-cell';

/** The column name a spreadsheet shows for a 0-based index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index}`);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** One data row of an import file. */
export interface ImportRow {
  /** The row number the spreadsheet shows (1-based; title, header and blank rows count). */
  rowNumber: number;
  /**
   * Normalised text per recognised column (normalizeText), null for a blank cell. A column the
   * file does not have is absent, so an update can leave that field alone.
   */
  values: Record<string, string | null>;
  /** The cells as read, per recognised column, for parsers that want the original type. */
  cells: Record<string, CellValue>;
}

/**
 * The data rows below the header, each with the values of the recognised columns. Rows blank in
 * every recognised column (in the middle, or the trailing rows a sheet often carries) are skipped
 * but still counted, so row numbers match what the clerk sees in Excel.
 */
export function readRows(
  grid: Grid,
  header: DetectedHeader,
  specs: readonly ColumnSpec[],
): ImportRow[] {
  const keepPunctuation = new Set(specs.filter((s) => s.keepPunctuation).map((s) => s.key));
  const rows: ImportRow[] = [];
  for (let r = header.dataStartIndex; r < grid.length; r += 1) {
    const row = grid[r] ?? [];
    const values: Record<string, string | null> = {};
    const cells: Record<string, CellValue> = {};
    let blank = true;
    for (const column of header.columns) {
      const cell = row[column.index] ?? null;
      const text = normalizeText(cell, { keepPunctuation: keepPunctuation.has(column.key) });
      values[column.key] = text === '' ? null : text;
      cells[column.key] = cell;
      if (text !== '') blank = false;
    }
    if (!blank) rows.push({ rowNumber: r + 1, values, cells });
  }
  return rows;
}
