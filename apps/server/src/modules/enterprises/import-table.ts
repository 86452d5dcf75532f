import {
  detectHeader,
  readRows,
  type ColumnSpec,
  type DetectedHeader,
  type ImportRow,
} from '@gongyeyun/core';
import { AppError } from '../../errors';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet';

/** An uploaded spreadsheet read against an import's columns. */
export interface ImportTable {
  header: DetectedHeader;
  rows: ImportRow[];
  /** The spreadsheet letter of a column by its key ('' when the file lacks it). */
  letterOf: (key: string) => string;
}

/**
 * Reads an uploaded file (.xlsx or CSV), finds its header row against `columns` and returns the
 * data rows. A file that is not a spreadsheet, has no recognisable header or no data rows is
 * refused with a message a clerk understands, naming the field `file`.
 */
export async function readImportTable(
  file: { buffer: Buffer; fileName: string },
  columns: readonly ColumnSpec[],
): Promise<ImportTable> {
  let grid;
  try {
    grid = await readSpreadsheet(file.buffer, file.fileName);
  } catch (e) {
    if (e instanceof SpreadsheetError)
      throw new AppError('VALIDATION', e.text, [{ field: 'file', text: e.text }]);
    throw e;
  }
  const detected = detectHeader(grid, columns);
  if (!detected.ok)
    throw new AppError('VALIDATION', detected.error.text, [
      { field: 'file', text: detected.error.text },
    ]);
  const header = detected.value;
  const rows = readRows(grid, header, columns);
  if (rows.length === 0) {
    const text = { zh: '表格中没有数据行', en: 'The spreadsheet has no data rows' };
    throw new AppError('VALIDATION', text, [{ field: 'file', text }]);
  }
  const letterOf = (key: string) => header.columns.find((c) => c.key === key)?.letter ?? '';
  return { header, rows, letterOf };
}
