/**
 * One worksheet as the import reads it, before any interpretation.
 *
 * `grid[r][c]` is the cell in spreadsheet row r + 1, column c (0 = A), so row numbers shown to a
 * clerk are always `r + 1`. Rows may have different lengths; a missing cell is blank. A merged
 * cell appears only in its first (top-left) cell, the others are null.
 */
export type CellValue = string | number | boolean | Date | null;

export type Grid = CellValue[][];

/** Money units a header or a cell may declare. Amounts are stored in 万元. */
export type MoneyUnit = '元' | '万元' | '亿元';

export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元'];
