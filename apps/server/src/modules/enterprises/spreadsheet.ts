import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import type { CellValue, Grid, LocalizedText } from '@gongyeyun/core';
import ExcelJS from 'exceljs';

/*
 * Reading and writing the spreadsheets clerks exchange with the platform: the import template,
 * their filled-in files (.xlsx, or CSV in UTF-8 or GBK) and the Excel export. Everything about
 * interpreting the cells lives in @gongyeyun/core (import/); this file turns bytes into a Grid
 * and rows into bytes, and refuses files that are not spreadsheets or would exhaust the server.
 */

export interface SpreadsheetLimits {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Largest total size of an .xlsx once unzipped, in bytes. */
  maxUncompressedBytes: number;
  /** Most rows a sheet may have (title and header rows included). */
  maxRows: number;
  /**
   * Most cells all the sheets of an .xlsx may hold together. exceljs keeps a whole workbook in
   * memory (about 300 MB for a million cells), so a small file full of formatted empty cells
   * must be refused before it is loaded.
   */
  maxCells: number;
}

export const DEFAULT_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 20_000,
  maxCells: 1_000_000,
};

export type SpreadsheetProblem =
  | 'empty'
  | 'too_large'
  | 'not_spreadsheet'
  | 'legacy_format'
  | 'too_large_uncompressed'
  | 'damaged'
  | 'no_sheet'
  | 'too_many_rows'
  | 'too_many_cells';

/** A file the import cannot read, with a message a clerk understands. */
export class SpreadsheetError extends Error {
  constructor(
    readonly problem: SpreadsheetProblem,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'SpreadsheetError';
  }
}

/** A file name as quoted in a message: clerks' file names can be very long. */
const quoted = (fileName: string): string =>
  fileName.length > 60 ? `${fileName.slice(0, 60)}…` : fileName;

const megabytes = (bytes: number): string => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

const notSpreadsheet = (fileName: string) =>
  new SpreadsheetError('not_spreadsheet', {
    zh: `文件“${quoted(fileName)}”不是 Excel（.xlsx）或 CSV 表格`,
    en: `"${quoted(fileName)}" is not an Excel (.xlsx) or CSV spreadsheet`,
  });

const damaged = (fileName: string) =>
  new SpreadsheetError('damaged', {
    zh: `表格“${quoted(fileName)}”已损坏或无法读取，请用 Excel 或 WPS 打开后另存为 .xlsx 再导入`,
    en: `"${quoted(fileName)}" is damaged or cannot be read; open it in Excel or WPS, save it as .xlsx and import that`,
  });

const tooLargeUncompressed = () =>
  new SpreadsheetError('too_large_uncompressed', {
    zh: '表格解压后过大，可能已损坏或是恶意文件',
    en: 'The spreadsheet is too large once unpacked; it may be damaged or malicious',
  });

const tooManyRows = (maxRows: number) =>
  new SpreadsheetError('too_many_rows', {
    zh: `表格超过 ${maxRows} 行，请分批导入`,
    en: `The sheet has more than ${maxRows} rows; please import it in parts`,
  });

const tooManyCells = (maxCells: number) =>
  new SpreadsheetError('too_many_cells', {
    zh: `表格的单元格超过 ${maxCells} 个，请删除无关的工作表和大片空白格式后再导入，或分批导入`,
    en: `The spreadsheet has more than ${maxCells} cells; delete unrelated sheets and large formatted empty areas, or import it in parts`,
  });

const startsWith = (buffer: Buffer, bytes: readonly number[]): boolean =>
  buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Files clerks pick by mistake: images, PDF, archives. */
const OTHER_BINARY_FORMATS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
];

/**
 * The first worksheet of an uploaded spreadsheet (the first visible one, in tab order), as a
 * Grid whose row r is spreadsheet row r + 1. The format is told by the bytes, not the file
 * name: .xlsx (a ZIP), or CSV text in UTF-8 (with or without BOM), UTF-16 or GBK. Trailing blank
 * rows are dropped. Throws SpreadsheetError for what cannot or must not be read.
 */
export async function readSpreadsheet(
  buffer: Buffer,
  fileName: string,
  limits: Partial<SpreadsheetLimits> = {},
): Promise<Grid> {
  const all = { ...DEFAULT_SPREADSHEET_LIMITS, ...limits };
  const { maxBytes, maxRows } = all;
  if (buffer.length === 0) {
    throw new SpreadsheetError('empty', {
      zh: `文件“${quoted(fileName)}”是空的`,
      en: `"${quoted(fileName)}" is empty`,
    });
  }
  if (buffer.length > maxBytes) {
    throw new SpreadsheetError('too_large', {
      zh: `文件超过 ${megabytes(maxBytes)} MB 上限`,
      en: `The file is larger than the ${megabytes(maxBytes)} MB limit`,
    });
  }
  if (startsWith(buffer, ZIP_LOCAL_HEADER)) {
    checkXlsxPackage(buffer, fileName, all);
    return readXlsx(buffer, fileName, maxRows);
  }
  if (startsWith(buffer, OLE_COMPOUND_FILE)) {
    throw new SpreadsheetError('legacy_format', {
      zh: '这是旧版 Excel（.xls）文件或加密的表格，请在 Excel 或 WPS 中“另存为” .xlsx 格式（不设密码）后再导入',
      en: 'This is an old Excel (.xls) file or a password-protected workbook; save it as .xlsx (without a password) in Excel or WPS and import that',
    });
  }
  if (OTHER_BINARY_FORMATS.some((magic) => startsWith(buffer, magic))) {
    throw notSpreadsheet(fileName);
  }
  const text = decodeText(buffer, fileName);
  return trimAndLimit(parseCsv(text, { maxRows, maxCells: all.maxCells }), maxRows);
}

// ---------------------------------------------------------------------------------------------
// .xlsx: check the ZIP before anything inflates it

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const U32_MAX = 0xffffffff;
/** An .xlsx has a few dozen parts; thousands means something else. */
const MAX_ZIP_ENTRIES = 10_000;
/** Entries above this size must not claim to shrink more than MAX_RATIO to one. */
const RATIO_CHECK_FROM = 1024 * 1024;
const MAX_RATIO = 200;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * Reads the ZIP central directory (PKWARE APPNOTE 4.3.12, with ZIP64 sizes) and refuses a zip
 * bomb before exceljs inflates anything: too many entries, a total unpacked size over the limit,
 * an absurd compression ratio, or (since a directory can lie) an entry that inflates to more than
 * it declares — each entry is inflated here with the output capped at its declared size. The
 * worksheets' rows and cells are counted on the way, so a workbook too big to hold in memory is
 * refused too.
 */
function checkXlsxPackage(buffer: Buffer, fileName: string, limits: SpreadsheetLimits): void {
  const entries = readCentralDirectory(buffer, fileName);
  if (entries.length > MAX_ZIP_ENTRIES) throw tooLargeUncompressed();
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limits.maxUncompressedBytes) throw tooLargeUncompressed();
    if (entry.size > RATIO_CHECK_FROM && entry.size > entry.compressedSize * MAX_RATIO) {
      throw tooLargeUncompressed();
    }
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('content.xml') && names.has('mimetype')) {
      throw new SpreadsheetError('legacy_format', {
        zh: '这是 OpenDocument（.ods）表格，请在 WPS 或 Excel 中“另存为” .xlsx 格式后再导入',
        en: 'This is an OpenDocument (.ods) spreadsheet; save it as .xlsx in WPS or Excel and import that',
      });
    }
    throw notSpreadsheet(fileName);
  }
  // Rows without cells (formatting only) cost memory too, but far less than cells.
  const maxRowElements = Math.max(limits.maxRows * 10, 100_000);
  let rows = 0;
  let cells = 0;
  for (const entry of entries) {
    const content = entryContent(buffer, entry, fileName);
    if (!WORKSHEET_PART.test(entry.name)) continue;
    rows += countTags(content, 'row', maxRowElements - rows);
    if (rows > maxRowElements) throw tooManyRows(limits.maxRows);
    cells += countTags(content, 'c', limits.maxCells - cells);
    if (cells > limits.maxCells) {
      throw tooManyCells(limits.maxCells);
    }
  }
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** How many <tag …> or <tag> elements the XML holds, counting no further than `limit` + 1. */
function countTags(xml: Buffer, tag: string, limit: number): number {
  let count = 0;
  for (const needle of [`<${tag} `, `<${tag}>`]) {
    const bytes = Buffer.from(needle, 'latin1');
    for (let i = xml.indexOf(bytes); i !== -1 && count <= limit; i = xml.indexOf(bytes, i + 1)) {
      count += 1;
    }
  }
  return count;
}

function readCentralDirectory(buffer: Buffer, fileName: string): ZipEntry[] {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i -= 1) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(fileName);
  let count = buffer.readUInt16LE(eocd + 10);
  let directorySize = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) {
      throw damaged(fileName);
    }
    const record = Number(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) {
      throw damaged(fileName);
    }
    count = Number(buffer.readBigUInt64LE(record + 32));
    directorySize = Number(buffer.readBigUInt64LE(record + 40));
    offset = Number(buffer.readBigUInt64LE(record + 48));
  }
  if (offset + directorySize > buffer.length) throw damaged(fileName);
  if (count > MAX_ZIP_ENTRIES) throw tooLargeUncompressed();

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL_HEADER_SIGNATURE) {
      throw damaged(fileName);
    }
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    let compressedSize = buffer.readUInt32LE(p + 20);
    let size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    let localHeaderOffset = buffer.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > buffer.length) throw damaged(fileName);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    // ZIP64 extended information: the 8-byte values present are those whose 4-byte field is full.
    let q = p + 46 + nameLength;
    const extraEnd = q + extraLength;
    while (q + 4 <= extraEnd) {
      const id = buffer.readUInt16LE(q);
      const length = buffer.readUInt16LE(q + 2);
      if (id === ZIP64_EXTRA_ID) {
        let v = q + 4;
        const next = (): number => {
          if (v + 8 > q + 4 + length) throw damaged(fileName);
          const value = Number(buffer.readBigUInt64LE(v));
          v += 8;
          return value;
        };
        if (size === U32_MAX) size = next();
        if (compressedSize === U32_MAX) compressedSize = next();
        if (localHeaderOffset === U32_MAX) localHeaderOffset = next();
      }
      q += 4 + length;
    }
    if ((flags & 0x1) !== 0 || (method !== 0 && method !== 8)) throw damaged(fileName);
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p = end;
  }
  return entries;
}

/** An entry's unpacked bytes, inflated with the output capped at the size it declares. */
function entryContent(buffer: Buffer, entry: ZipEntry, fileName: string): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) {
    throw damaged(fileName);
  }
  const dataStart =
    header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > buffer.length) throw damaged(fileName);
  const data = buffer.subarray(dataStart, dataEnd);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(fileName);
    return data;
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if (error instanceof RangeError) throw tooLargeUncompressed();
    throw damaged(fileName);
  }
}

async function readXlsx(buffer: Buffer, fileName: string, maxRows: number): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer; at run time JSZip takes a Node Buffer as is.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw damaged(fileName);
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (sheet === undefined) {
    throw new SpreadsheetError('no_sheet', {
      zh: `表格“${quoted(fileName)}”中没有工作表`,
      en: `"${quoted(fileName)}" has no worksheet`,
    });
  }
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cellValue(cell);
      if (value !== null) cells[columnNumber - 1] = value;
    });
    if (cells.length === 0) return;
    // Fail fast on a sheet far over the limit; blank-looking rows past it are trimmed below.
    if (rowNumber > maxRows && !isBlankRow(cells)) throw tooManyRows(maxRows);
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return trimAndLimit(
    Array.from(grid, (row) => row ?? []),
    maxRows,
  );
}

type ExcelValue = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

/**
 * A cell as the import sees it: rich text as its plain text, a formula as its last computed
 * result, a hyperlink as its text, an error as its code (#N/A), a merged cell's value only in
 * its top-left cell.
 */
function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return plainValue(cell.value);
}

function plainValue(value: ExcelValue | { richText: ExcelJS.RichText[] }): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result);
  if ('hyperlink' in value) return plainValue(value.text);
  return null;
}

// ---------------------------------------------------------------------------------------------
// CSV

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * CSV text: UTF-8 (a BOM is dropped), UTF-16 with a BOM (Excel's "Unicode text"), otherwise GBK,
 * which is what Excel and WPS on a Chinese Windows write by default. (Node's 'gbk' decoder is
 * the WHATWG one, i.e. GB18030, a superset.)
 */
function decodeBytes(buffer: Buffer): string {
  if (startsWith(buffer, UTF16LE_BOM))
    return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (startsWith(buffer, UTF16BE_BOM))
    return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  const body = startsWith(buffer, UTF8_BOM) ? buffer.subarray(3) : buffer;
  try {
    return utf8.decode(body);
  } catch {
    return new TextDecoder('gbk').decode(body);
  }
}

/** The text of a CSV upload; refuses bytes that are no text at all. */
function decodeText(buffer: Buffer, fileName: string): string {
  const text = decodeBytes(buffer);
  // Text with control characters or undecodable bytes is some other binary format.
  let suspicious = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || code === 0xfffd) suspicious += 1;
  }
  if (suspicious > Math.max(8, text.length / 100)) throw notSpreadsheet(fileName);
  return text;
}

/** Comma, tab or semicolon: whichever the first lines use most. */
function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const count = (char: string) => sample.split(char).length - 1;
  const counts = [',', '\t', ';'].map((d) => ({ d, n: count(d) }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/**
 * RFC 4180 CSV as Excel writes and reads it: quoted fields may hold delimiters, doubled quotes
 * and line breaks; lines end in CRLF, LF or CR. A quote inside an unquoted field is kept as text.
 * Empty fields are blank cells (null). Past `maxRows` only blank lines may follow (they are
 * dropped), and past `maxCells` fields the text is refused, so a file of nothing but line breaks
 * or commas cannot fill the memory.
 */
export function parseCsv(
  text: string,
  options: { delimiter?: string; maxRows?: number; maxCells?: number } = {},
): Grid {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const maxCells = options.maxCells ?? Number.POSITIVE_INFINITY;
  let cells = 0;
  const rows: Grid = [];
  let row: CellValue[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field === '' ? null : field);
    field = '';
    cells += 1;
    if (cells > maxCells) throw tooManyCells(maxCells);
  };
  const endRow = () => {
    endField();
    const blank = row.every((cell) => cell === null);
    if (blank) cells -= row.length;
    if (rows.length < maxRows) rows.push(blank ? [] : row);
    else if (!blank) throw tooManyRows(maxRows);
    row = [];
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

const isBlankRow = (row: CellValue[]): boolean =>
  row.every(
    (cell) =>
      cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''),
  );

/** Drops trailing blank rows and enforces the row limit. */
function trimAndLimit(grid: Grid, maxRows: number): Grid {
  let end = grid.length;
  while (end > 0 && isBlankRow(grid[end - 1] ?? [])) end -= 1;
  if (end > maxRows) throw tooManyRows(maxRows);
  return end === grid.length ? grid : grid.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Writing: the import template and the Excel export

export interface WorkbookColumn {
  header: string;
  /** In characters; by default wide enough for the header and the first rows. */
  width?: number;
  /** Format the column as text, so Excel keeps what a clerk types (18-digit USCC, 0772 phones). */
  text?: boolean;
}

export interface WorkbookSheet {
  name: string;
  /** A title row above the header, merged across the columns. */
  title?: string;
  columns: WorkbookColumn[];
  rows: (string | number | null)[][];
}

/** Above this many rows in all, the workbook is written with exceljs's streaming writer. */
export const STREAMING_FROM_ROWS = 5_000;

/** The Excel sheet name rules: at most 31 characters, none of \ / ? * [ ] :, unique. */
function sheetNames(sheets: readonly WorkbookSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, i) => {
    const base =
      sheet.name
        .replace(/[\\/?*[\]:]/g, '_')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = `(${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Display width of text in Excel's character units: CJK and full-width characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

function columnWidth(sheet: WorkbookSheet, index: number): number {
  const column = sheet.columns[index];
  if (column?.width !== undefined) return column.width;
  let widest = displayWidth(column?.header ?? '');
  for (const row of sheet.rows.slice(0, 100)) {
    const value = row[index];
    if (value !== null && value !== undefined)
      widest = Math.max(widest, displayWidth(String(value)));
  }
  return Math.min(60, Math.max(8, widest + 2));
}

/** What both exceljs workbook kinds offer for writing a sheet. */
type WritableSheet = Pick<ExcelJS.Worksheet, 'addRow' | 'mergeCells' | 'columns'>;

function fillSheet(worksheet: WritableSheet, sheet: WorkbookSheet): void {
  worksheet.columns = sheet.columns.map((column, i) => ({
    width: columnWidth(sheet, i),
    ...(column.text ? { style: { numFmt: '@' } } : {}),
  }));
  const lastColumn = Math.max(1, sheet.columns.length);
  if (sheet.title !== undefined) {
    const title = worksheet.addRow([sheet.title]);
    title.height = 28;
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    if (lastColumn > 1) worksheet.mergeCells(1, 1, 1, lastColumn);
    title.commit();
  }
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
  });
  header.commit();
  for (const values of sheet.rows) worksheet.addRow(values.map((v) => v ?? null)).commit();
}

const sheetOptions = (sheet: WorkbookSheet): Partial<ExcelJS.AddWorksheetOptions> => ({
  views: [{ state: 'frozen', xSplit: 0, ySplit: sheet.title === undefined ? 1 : 2 }],
});

/**
 * An .xlsx with one worksheet per entry: an optional merged title row, a bold header row frozen
 * in place, then the rows. Large exports (over STREAMING_FROM_ROWS rows) are streamed row by row
 * instead of being built in memory first.
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  const names = sheetNames(sheets);
  const totalRows = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (totalRows <= STREAMING_FROM_ROWS) {
    const workbook = new ExcelJS.Workbook();
    sheets.forEach((sheet, i) => {
      fillSheet(workbook.addWorksheet(names[i], sheetOptions(sheet)), sheet);
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  sheets.forEach((sheet, i) => {
    const worksheet = workbook.addWorksheet(names[i], sheetOptions(sheet));
    fillSheet(worksheet, sheet);
    worksheet.commit();
  });
  await workbook.commit();
  return Buffer.concat(chunks);
}
