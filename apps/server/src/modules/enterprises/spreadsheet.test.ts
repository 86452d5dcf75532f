import { deflateRawSync } from 'node:zlib';
import type { ColumnSpec, Grid } from '@gongyeyun/core';
import { detectHeader, makeUscc, parseDate, parseMoney, readRows } from '@gongyeyun/core';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SpreadsheetProblem } from './spreadsheet';
import {
  DEFAULT_SPREADSHEET_LIMITS,
  SpreadsheetError,
  parseCsv,
  readSpreadsheet,
  writeWorkbook,
} from './spreadsheet';
import { GBK, gbk } from '../../../test/gbk';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The SpreadsheetError a read ends in. */
async function refusal(
  buffer: Buffer,
  limits = {},
): Promise<{ problem: SpreadsheetProblem; zh: string; en: string }> {
  try {
    await readSpreadsheet(buffer, '企业名录.xlsx', limits);
  } catch (error) {
    if (error instanceof SpreadsheetError) return { problem: error.problem, ...error.text };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const SPECS: ColumnSpec[] = [
  {
    key: 'uscc',
    label: { zh: '统一社会信用代码', en: 'USCC' },
    aliases: ['社会信用代码', '信用代码', 'USCC'],
    required: true,
  },
  {
    key: 'name',
    label: { zh: '企业名称', en: 'Name' },
    aliases: ['单位名称', '名称'],
    required: true,
    keepPunctuation: true,
  },
  { key: 'industryCode', label: { zh: '行业代码', en: 'Industry' }, aliases: [], required: true },
  {
    key: 'registeredCapital',
    label: { zh: '注册资本（万元）', en: 'Registered capital' },
    aliases: ['注册资本', '注册资金'],
    required: false,
    unitAware: true,
  },
  { key: 'foundedOn', label: { zh: '成立日期', en: 'Founded on' }, aliases: [], required: false },
];

const fullWidth = (text: string): string =>
  text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const xlsxOf = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer());

const loadXlsx = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
};

/**
 * A file as county clerks send them: a title merged across the columns, a two-row header of
 * merged cells with the unit in a header, amounts and codes stored as text (some with full-width
 * digits or thousands separators), dates in several spellings, a blank row in the middle and
 * formatted but empty rows at the end.
 */
async function messyWorkbook(dataRows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填表说明', { state: 'hidden' }).addRow(['隐藏的说明页']);
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow(['2024年兴宾区工业企业名录']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['序号', '统一社会信用代码', '企业名称', '基本情况', null, null, '备注']);
  sheet.addRow([null, null, null, '行业代码', '注册资本（元）', '成立日期', null]);
  for (const column of ['A', 'B', 'C', 'G']) sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells('D2:F2');
  for (let i = 0; i < dataRows; i += 1) {
    const uscc = makeUscc({ divisionCode: '451302', serial: i + 1 });
    const forms = [
      [uscc, '20,000,000', '2021-03-08'],
      [fullWidth(uscc), '２０，０００，０００', '2021年3月8日'],
      [` ${uscc} `, 20000000, new Date(Date.UTC(2021, 2, 8))],
      [uscc, '2000万元', 44263],
    ] as const;
    const [code, capital, founded] = forms[i % forms.length] ?? forms[0];
    sheet.addRow([i + 1, code, `来宾第${i + 1}糖业（有限合伙）`, '1340', capital, founded, null]);
    if (i === 2) sheet.addRow([null, '', '  ', null]);
  }
  // Rows a clerk formatted but never filled, and a stray space further down.
  const last = sheet.rowCount;
  for (let r = last + 1; r <= last + 30; r += 1) sheet.getRow(r).getCell(2).numFmt = '@';
  sheet.getRow(last + 40).getCell(3).value = '   ';
  return xlsxOf(workbook);
}

describe('writeWorkbook and readSpreadsheet', () => {
  it('round-trips a workbook with a title row', async () => {
    const buffer = await writeWorkbook([
      {
        name: '企业名录',
        title: '企业名录导入模板',
        columns: [
          { header: '统一社会信用代码', text: true },
          { header: '企业名称', width: 32 },
          { header: '注册资本（万元）' },
        ],
        rows: [
          ['914513001234567886', '来宾糖业（集团）有限公司', 2000.5],
          ['91451302MA5K000010', null, null],
          ['=HYPERLINK("http://example.com")', '"引号",逗号', 0],
        ],
      },
    ]);
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const grid = await readSpreadsheet(buffer, 'template.xlsx');
    expect(grid).toEqual([
      ['企业名录导入模板'],
      ['统一社会信用代码', '企业名称', '注册资本（万元）'],
      ['914513001234567886', '来宾糖业（集团）有限公司', 2000.5],
      ['91451302MA5K000010'],
      ['=HYPERLINK("http://example.com")', '"引号",逗号', 0],
    ]);

    const sheet = (await loadXlsx(buffer)).worksheets[0];
    expect(sheet?.name).toBe('企业名录');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.getCell('A2').font?.bold).toBe(true);
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.model.merges).toEqual(['A1:C1']);
    expect(sheet?.getColumn(1).numFmt).toBe('@');
    expect(sheet?.getColumn(2).width).toBe(32);
    // Strings that look like formulas stay text: an export cannot smuggle a formula in.
    expect(sheet?.getCell('A5').type).toBe(ExcelJS.ValueType.String);
  });

  it('writes several sheets, freezing the header row when there is no title', async () => {
    const buffer = await writeWorkbook([
      { name: 'a/b:c', columns: [{ header: '名称' }], rows: [['x']] },
      { name: 'a_b_c', columns: [{ header: '代码' }], rows: [] },
      { name: '', columns: [], rows: [] },
    ]);
    const workbook = await loadXlsx(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['a_b_c', 'a_b_c(2)', 'Sheet3']);
    expect(workbook.worksheets[0]?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(await readSpreadsheet(buffer, 'x.xlsx')).toEqual([['名称'], ['x']]);
  });

  it('streams a large export and reads it back', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => [
      makeUscc({ divisionCode: '451302', serial: i + 1 }),
      `企业${i + 1}`,
      i % 7 === 3 ? null : i * 1.5,
    ]);
    const buffer = await writeWorkbook([
      {
        name: '导出',
        title: '企业名录（导出）',
        columns: [
          { header: '统一社会信用代码', text: true },
          { header: '企业名称' },
          { header: '注册资本' },
        ],
        rows,
      },
    ]);
    const sheet = (await loadXlsx(buffer)).worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.getCell('B2').font?.bold).toBe(true);
    expect(sheet?.model.merges).toEqual(['A1:C1']);
    const grid = await readSpreadsheet(buffer, 'export.xlsx');
    expect(grid).toHaveLength(6_002);
    expect(grid[2]).toEqual([rows[0]?.[0], '企业1', 0]);
    expect(grid[5]).toEqual([rows[3]?.[0], '企业4']);
    expect(grid[6_001]).toEqual([rows[5_999]?.[0], '企业6000', 5_999 * 1.5]);
  });
});

describe('readSpreadsheet: .xlsx', () => {
  it('reads a messy county file, and the core import makes sense of it', async () => {
    const grid = await readSpreadsheet(await messyWorkbook(8), '名录.xlsx');
    // The hidden instructions sheet is skipped; merged cells keep their value in the first cell.
    expect(grid[0]).toEqual(['2024年兴宾区工业企业名录']);
    expect(grid[1]).toEqual([
      '序号',
      '统一社会信用代码',
      '企业名称',
      '基本情况',
      null,
      null,
      '备注',
    ]);
    expect(grid[2]).toEqual([null, null, null, '行业代码', '注册资本（元）', '成立日期']);
    expect(grid[4]?.[1]).toBe(fullWidth(makeUscc({ divisionCode: '451302', serial: 2 })));
    expect(grid[5]?.[5]).toEqual(new Date(Date.UTC(2021, 2, 8)));
    // 8 data rows + 1 blank row after the header; the formatted empty rows are gone.
    expect(grid).toHaveLength(3 + 8 + 1);

    const header = detectHeader(grid, SPECS);
    if (!header.ok) throw new Error(header.error.text.en);
    expect(header.value).toMatchObject({ headerRowIndex: 1, headerRowCount: 2, dataStartIndex: 3 });
    expect(header.value.ignored).toEqual(['序号', '备注']);
    const capital = header.value.columns.find((c) => c.key === 'registeredCapital');
    expect(capital).toMatchObject({ letter: 'E', unit: '元' });

    const rows = readRows(grid, header.value, SPECS);
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 8, 9, 10, 11, 12]);
    for (const row of rows) {
      const serial = Number(/第(\d+)/.exec(row.values.name ?? '')?.[1]);
      expect(row.values.uscc).toBe(makeUscc({ divisionCode: '451302', serial }));
      expect(row.values.name).toBe(`来宾第${serial}糖业（有限合伙）`);
      expect(parseMoney(row.cells.registeredCapital ?? null, capital?.unit)).toEqual({
        ok: true,
        value: '2000.00',
      });
      expect(parseDate(row.cells.foundedOn ?? null)).toEqual({ ok: true, value: '2021-03-08' });
    }
  });

  it('reads 5,000 messy rows', async () => {
    const buffer = await messyWorkbook(5_000);
    const grid = await readSpreadsheet(buffer, 'big.xlsx');
    const header = detectHeader(grid, SPECS);
    if (!header.ok) throw new Error(header.error.text.en);
    const rows = readRows(grid, header.value, SPECS);
    expect(rows).toHaveLength(5_000);
    expect(rows[0]?.rowNumber).toBe(4);
    expect(rows[4_999]?.rowNumber).toBe(5_004);
    expect(rows[4_999]?.values).toEqual({
      uscc: makeUscc({ divisionCode: '451302', serial: 5_000 }),
      name: '来宾第5000糖业（有限合伙）',
      industryCode: '1340',
      registeredCapital: '2000万元',
      foundedOn: '44263',
    });
    expect(parseDate(rows[4_999]?.values.foundedOn ?? null)).toEqual({
      ok: true,
      value: '2021-03-08',
    });
    const unit = header.value.columns.find((c) => c.key === 'registeredCapital')?.unit;
    const capitals = new Set(rows.map((r) => parseMoney(r.cells.registeredCapital ?? null, unit)));
    expect([...capitals].every((c) => c.ok && c.value === '2000.00')).toBe(true);
  });

  it('turns rich text, formulas, hyperlinks, errors and booleans into plain values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = {
      richText: [{ text: '来宾' }, { text: '糖业', font: { bold: true } }],
    };
    sheet.getCell('B1').value = { formula: 'SUM(1,2)', result: 3 };
    sheet.getCell('C1').value = { text: '官网', hyperlink: 'https://example.com' };
    sheet.getCell('D1').value = { error: '#N/A' };
    sheet.getCell('E1').value = true;
    sheet.getCell('F1').value = {
      formula: 'DATE(2021,3,8)',
      result: new Date(Date.UTC(2021, 2, 8)),
    };
    sheet.getCell('G1').value = { formula: 'NOW()' };
    sheet.getCell('B3').value = '第三行';
    expect(await readSpreadsheet(await xlsxOf(workbook), 'x.xlsx')).toEqual([
      ['来宾糖业', 3, '官网', '#N/A', true, new Date(Date.UTC(2021, 2, 8))],
      [],
      [null, '第三行'],
    ]);
  });

  it('refuses a damaged file and a ZIP that is not a workbook', async () => {
    const garbage = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]);
    expect(await refusal(garbage)).toMatchObject({ problem: 'damaged' });

    const truncated = (await writeWorkbook([{ name: 'a', columns: [], rows: [] }])).subarray(
      0,
      500,
    );
    expect(await refusal(truncated)).toMatchObject({ problem: 'damaged' });

    const docx = handmadeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    expect(await refusal(docx)).toMatchObject({
      problem: 'not_spreadsheet',
      zh: '文件“企业名录.xlsx”不是 Excel（.xlsx）或 CSV 表格',
    });

    const ods = handmadeZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
      { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
    ]);
    expect(await refusal(ods)).toMatchObject({ problem: 'legacy_format' });
  });
});

// ---------------------------------------------------------------------------------------------
// ZIP files written byte by byte, to test what exceljs must never see

interface HandmadeEntry {
  name: string;
  data: Buffer;
  /** Deflate the data (method 8) rather than store it. */
  deflate?: boolean;
  /** What the central directory claims the unpacked size is (the truth by default). */
  claimedSize?: number;
}

function handmadeZip(entries: HandmadeEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const size = entry.claimedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const workbookXml = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') };

describe('readSpreadsheet: zip bombs are refused before exceljs inflates anything', () => {
  const exceljsLoads = () => vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');

  it('refuses a directory claiming more unpacked data than the limit', async () => {
    const spy = exceljsLoads();
    const bomb = handmadeZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), claimedSize: 0xfffffff0 },
    ]);
    expect(await refusal(bomb)).toEqual({
      problem: 'too_large_uncompressed',
      zh: '表格解压后过大，可能已损坏或是恶意文件',
      en: 'The spreadsheet is too large once unpacked; it may be damaged or malicious',
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses many entries that are each small but together too large', async () => {
    const spy = exceljsLoads();
    const parts = Array.from({ length: 30 }, (_, i) => ({
      name: `xl/media/image${i}.png`,
      data: Buffer.alloc(10),
      claimedSize: 4 * 1024 * 1024,
    }));
    expect(await refusal(handmadeZip([workbookXml, ...parts]))).toMatchObject({
      problem: 'too_large_uncompressed',
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an absurd compression ratio', async () => {
    const spy = exceljsLoads();
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = handmadeZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await refusal(bomb)).toMatchObject({ problem: 'too_large_uncompressed' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an entry that inflates to more than its directory claims', async () => {
    const spy = exceljsLoads();
    const lying = handmadeZip([
      workbookXml,
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.alloc(4 * 1024 * 1024, 0x20),
        deflate: true,
        claimedSize: 1000,
      },
    ]);
    expect(await refusal(lying)).toMatchObject({ problem: 'too_large_uncompressed' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a workbook with more cells than exceljs should hold in memory', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (let r = 1; r <= 30; r += 1) {
      for (let c = 1; c <= 10; c += 1) sheet.getCell(r, c).numFmt = '@';
    }
    const buffer = await xlsxOf(workbook);
    const spy = exceljsLoads();
    expect(await refusal(buffer, { maxCells: 299 })).toMatchObject({
      problem: 'too_many_cells',
      zh: '表格的单元格超过 299 个，请删除无关的工作表和大片空白格式后再导入，或分批导入',
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a sheet of a hundred thousand formatted empty rows', async () => {
    const spy = exceljsLoads();
    const rows = Array.from({ length: 100_001 }, (_, i) => `<row r="${i + 1}" s="1"/>`);
    const sheet = Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
    const zip = handmadeZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: sheet, deflate: true },
    ]);
    expect(await refusal(zip, { maxRows: 1000 })).toMatchObject({ problem: 'too_many_rows' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('lets an honest small package through to exceljs', async () => {
    const spy = exceljsLoads();
    const honest = handmadeZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2000, 0x20), deflate: true },
    ]);
    // Not a workbook exceljs can make sense of, but it got that far.
    expect((await refusal(honest)).problem).toBe('damaged');
    expect(spy).toHaveBeenCalled();
  });
});

describe('readSpreadsheet: files that are not what they should be', () => {
  it('refuses a file over the size limit', async () => {
    const big = Buffer.alloc(DEFAULT_SPREADSHEET_LIMITS.maxBytes + 1, 0x41);
    expect(await refusal(big)).toEqual({
      problem: 'too_large',
      zh: '文件超过 10 MB 上限',
      en: 'The file is larger than the 10 MB limit',
    });
    expect(await refusal(Buffer.from('a,b\n1,2\n'), { maxBytes: 4 })).toMatchObject({
      zh: '文件超过 0 MB 上限',
    });
  });

  it('refuses an empty file', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({
      problem: 'empty',
      zh: '文件“企业名录.xlsx”是空的',
    });
  });

  it('refuses a picture, a PDF and other binary files', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(png)).toEqual({
      problem: 'not_spreadsheet',
      zh: '文件“企业名录.xlsx”不是 Excel（.xlsx）或 CSV 表格',
      en: '"企业名录.xlsx" is not an Excel (.xlsx) or CSV spreadsheet',
    });
    expect(await refusal(Buffer.from('%PDF-1.7\n'))).toMatchObject({ problem: 'not_spreadsheet' });
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(await refusal(noise)).toMatchObject({ problem: 'not_spreadsheet' });
  });

  it('asks for .xlsx when given an old .xls (OLE compound file)', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const result = await refusal(xls);
    expect(result.problem).toBe('legacy_format');
    expect(result.zh).toContain('另存为');
    expect(result.zh).toContain('.xlsx');
  });

  it('refuses a sheet with more rows than the limit, trailing blank rows aside', async () => {
    const csv = (rows: number, blanks: number) =>
      Buffer.from(`${'a,b\r\n'.repeat(rows)}${',\r\n'.repeat(blanks)}`);
    expect(await refusal(csv(21, 0), { maxRows: 20 })).toEqual({
      problem: 'too_many_rows',
      zh: '表格超过 20 行，请分批导入',
      en: 'The sheet has more than 20 rows; please import it in parts',
    });
    expect(await readSpreadsheet(csv(20, 50), 'x.csv', { maxRows: 20 })).toHaveLength(20);
    const newlines = Buffer.alloc(DEFAULT_SPREADSHEET_LIMITS.maxBytes, 0x0a);
    newlines.write('a,b\n1,2\n');
    expect(await readSpreadsheet(newlines, 'x.csv')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    const commas = Buffer.alloc(DEFAULT_SPREADSHEET_LIMITS.maxBytes, 0x2c);
    expect(await refusal(commas)).toMatchObject({ problem: 'too_many_cells' });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (let r = 1; r <= 30; r += 1) sheet.getCell(r, 1).value = r;
    expect(await refusal(await xlsxOf(workbook), { maxRows: 20 })).toMatchObject({
      problem: 'too_many_rows',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// CSV

const CSV_TEXT =
  '统一社会信用代码,企业名称,注册资本（元）,成立日期\r\n' +
  '914513001234567886,来宾糖业有限公司,"20,000,000",2021年3月8日\r\n' +
  '91451302MA5K000010,兴宾机械厂,５００万元,2021/3/8\r\n' +
  '\r\n';

const CSV_GRID: Grid = [
  ['统一社会信用代码', '企业名称', '注册资本（元）', '成立日期'],
  ['914513001234567886', '来宾糖业有限公司', '20,000,000', '2021年3月8日'],
  ['91451302MA5K000010', '兴宾机械厂', '５００万元', '2021/3/8'],
];

describe('readSpreadsheet: CSV', () => {
  it('has a GBK table that Node decodes back to the same characters', () => {
    const decoder = new TextDecoder('gbk');
    for (const [char, hex] of Object.entries(GBK)) {
      expect(decoder.decode(Buffer.from(hex, 'hex'))).toBe(char);
    }
  });

  it('reads GBK CSV (not valid UTF-8)', async () => {
    const bytes = gbk(CSV_TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(await readSpreadsheet(bytes, '名录.csv')).toEqual(CSV_GRID);
  });

  it('reads UTF-8 CSV with and without a BOM', async () => {
    const utf8 = Buffer.from(CSV_TEXT, 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(await readSpreadsheet(withBom, '名录.csv')).toEqual(CSV_GRID);
    expect(await readSpreadsheet(utf8, '名录.csv')).toEqual(CSV_GRID);
  });

  it('reads UTF-16 tab-separated text (Excel’s "Unicode text")', async () => {
    const text =
      '统一社会信用代码\t企业名称\t注册资本（元）\t成立日期\r\n' +
      '914513001234567886\t来宾糖业有限公司\t20,000,000\t2021年3月8日\r\n' +
      '91451302MA5K000010\t兴宾机械厂\t５００万元\t2021/3/8\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readSpreadsheet(bytes, '名录.txt')).toEqual(CSV_GRID);
  });

  it('goes through the core import like an .xlsx does', async () => {
    const grid = await readSpreadsheet(gbk(CSV_TEXT), '名录.csv');
    const header = detectHeader(
      grid,
      SPECS.filter((s) => s.key !== 'industryCode'),
    );
    if (!header.ok) throw new Error(header.error.text.en);
    const rows = readRows(grid, header.value, SPECS);
    const unit = header.value.columns.find((c) => c.key === 'registeredCapital')?.unit;
    expect(unit).toBe('元');
    expect(rows.map((r) => parseMoney(r.values.registeredCapital ?? null, unit))).toEqual([
      { ok: true, value: '2000.00' },
      { ok: true, value: '500.00' },
    ]);
  });
});

describe('parseCsv', () => {
  it('handles quoted delimiters, doubled quotes, line breaks in quotes and CRLF', () => {
    const text =
      'name,address,note\r\n' +
      '"来宾糖业, 有限公司","兴宾区\r\n凤凰镇","他说""好"""\r\n' +
      'plain,"",x"y\n' +
      'last,row,"unterminated\nquote';
    expect(parseCsv(text)).toEqual([
      ['name', 'address', 'note'],
      ['来宾糖业, 有限公司', '兴宾区\r\n凤凰镇', '他说"好"'],
      ['plain', null, 'x"y'],
      ['last', 'row', 'unterminated\nquote'],
    ]);
  });

  it('accepts LF and lone CR line ends, and a missing final line end', () => {
    expect(parseCsv('a,b\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps blank lines as blank rows so row numbers match the file', () => {
    expect(parseCsv('a\n\n,\nb\n')).toEqual([['a'], [], [], ['b']]);
  });

  it('stops at the limits instead of filling the memory', () => {
    expect(parseCsv('a\nb\n\n\n,\n', { maxRows: 2 })).toEqual([['a'], ['b']]);
    expect(() => parseCsv('a\nb\n\nc\n', { maxRows: 2 })).toThrow(SpreadsheetError);
    expect(() => parseCsv(','.repeat(100), { maxCells: 100 })).toThrow(/more than 100 cells/);
  });

  it('detects semicolons and tabs', () => {
    expect(parseCsv('a;b;c\n1;2,5;3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted fields through readSpreadsheet too', async () => {
    const grid = await readSpreadsheet(
      Buffer.from('企业名称,地址\n"A, B 公司","一行\n两行"\n'),
      'x.csv',
    );
    expect(grid).toEqual([
      ['企业名称', '地址'],
      ['A, B 公司', '一行\n两行'],
    ]);
  });
});
