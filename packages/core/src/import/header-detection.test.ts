import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from './grid';
import type { ColumnSpec, DetectedHeader, HeaderProblem } from './header-detection';
import { detectHeader, headerKey, headerUnit } from './header-detection';

/** The columns of the enterprise import, as the service declares them. */
const SPECS: ColumnSpec[] = [
  {
    key: 'uscc',
    label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
    aliases: ['社会信用代码', '信用代码', 'USCC'],
    required: true,
  },
  {
    key: 'name',
    label: { zh: '企业名称', en: 'Enterprise name' },
    aliases: ['单位名称', '名称'],
    required: true,
    keepPunctuation: true,
  },
  {
    key: 'industryCode',
    label: { zh: '行业代码', en: 'Industry code' },
    aliases: ['国民经济行业代码', '行业类别代码'],
    required: true,
  },
  {
    key: 'registeredCapital',
    label: { zh: '注册资本（万元）', en: 'Registered capital (10k yuan)' },
    aliases: ['注册资金'],
    required: false,
    unitAware: true,
  },
  {
    key: 'foundedOn',
    label: { zh: '成立日期', en: 'Founded on' },
    aliases: ['成立时间', '注册日期'],
    required: false,
  },
  {
    key: 'contactPhone',
    label: { zh: '联系电话', en: 'Contact phone' },
    aliases: ['电话'],
    required: false,
  },
];

const detected = (grid: Grid, specs = SPECS): DetectedHeader => {
  const result = detectHeader(grid, specs);
  if (!result.ok) throw new Error(result.error.text.en);
  return result.value;
};
const problem = (grid: Grid, specs = SPECS): HeaderProblem => {
  const result = detectHeader(grid, specs);
  if (result.ok) throw new Error('expected a problem');
  return result.error;
};
const columnMap = (header: DetectedHeader) =>
  Object.fromEntries(header.columns.map((c) => [c.key, c.letter]));

describe('headerKey and headerUnit', () => {
  it.each([
    ['统一社会信用代码', '统一社会信用代码'],
    [' 统一 社会信用代码 ', '统一社会信用代码'],
    ['*统一社会信用代码', '统一社会信用代码'],
    ['统一社会信用代码：', '统一社会信用代码'],
    ['USCC', 'uscc'],
    ['ＵＳＣＣ', 'uscc'],
    ['注册资本（万元）', '注册资本'],
    ['注册资本(元)', '注册资本'],
    ['注册资本 ( 亿元 )', '注册资本'],
    ['注册资本【万元】', '注册资本'],
    ['注册资本（单位：万元）', '注册资本'],
    ['注册资本/元', '注册资本'],
    ['注册资本万元', '注册资本'],
    ['注册资本（万元人民币）', '注册资本'],
    ['企业名称（盖章）', '企业名称(盖章)'],
  ])('%s → %s', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it.each([
    ['注册资本（万元）', '万元'],
    ['注册资本(元)', '元'],
    ['注册资本（亿元）', '亿元'],
    ['注册资本【元】', '元'],
    ['注册资本（单位：元）', '元'],
    ['注册资本/亿元', '亿元'],
    ['注册资本：元', '元'],
    ['注册资本万元', '万元'],
    ['注册资本(人民币元)', '元'],
    ['注册资本', null],
    ['单元', null],
  ])('%s declares %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });
});

describe('detectHeader', () => {
  it('finds a plain header in the first row', () => {
    const header = detected([
      ['统一社会信用代码', '企业名称', '行业代码', '注册资本（万元）', '成立日期', '联系电话'],
      ['914513001234567886', '来宾某某有限公司', '1391', '2000', '2021-03-08', '0772-1234567'],
    ]);
    expect(header).toMatchObject({ headerRowIndex: 0, headerRowCount: 1, dataStartIndex: 1 });
    expect(header.columns.map((c) => [c.key, c.index, c.letter])).toEqual([
      ['uscc', 0, 'A'],
      ['name', 1, 'B'],
      ['industryCode', 2, 'C'],
      ['registeredCapital', 3, 'D'],
      ['foundedOn', 4, 'E'],
      ['contactPhone', 5, 'F'],
    ]);
    expect(header.columns.find((c) => c.key === 'registeredCapital')?.unit).toBe('万元');
    expect(header.columns.find((c) => c.key === 'uscc')?.unit).toBeUndefined();
    expect(header.ignored).toEqual([]);
  });

  it('skips a title row (merged across the columns, so only its first cell has text)', () => {
    const header = detected([
      ['2024年来宾市工业企业名录', null, null, null],
      ['序号', '企业名称', '统一社会信用代码', '行业代码'],
      [1, '来宾某某有限公司', '914513001234567886', '1391'],
    ]);
    expect(header).toMatchObject({ headerRowIndex: 1, headerRowCount: 1, dataStartIndex: 2 });
    expect(columnMap(header)).toEqual({ name: 'B', uscc: 'C', industryCode: 'D' });
    expect(header.ignored).toEqual(['序号']);
  });

  it('skips several title and note rows, and takes the sheet unit from a 单位 line', () => {
    const header = detected([
      [],
      ['兴宾区规模以上工业企业基本情况表'],
      ['填报单位：兴宾区工信局', null, null, '金额单位：元'],
      ['统一社会信用代码', '企业名称', '行业代码', '注册资本'],
      ['914513001234567886', '来宾某某有限公司', '1391', '20000000'],
    ]);
    expect(header).toMatchObject({ headerRowIndex: 3, dataStartIndex: 4 });
    expect(header.columns.find((c) => c.key === 'registeredCapital')?.unit).toBe('元');
  });

  it('prefers the unit in the column header to the sheet unit', () => {
    const header = detected([
      ['单位：元'],
      ['统一社会信用代码', '企业名称', '行业代码', '注册资本（亿元）'],
    ]);
    expect(header.columns.find((c) => c.key === 'registeredCapital')?.unit).toBe('亿元');
  });

  it('combines a two-row header of merged cells', () => {
    // A1:A2, B1:B2 and F1:F2 merged down; C1:E1 a group label merged across.
    const header = detected([
      ['2024年企业名录'],
      ['统一社会信用代码', '企业名称', '基本情况', null, null, '备注'],
      [null, null, '行业代码', '注册资本（元）', '成立日期', null],
      ['914513001234567886', '来宾某某有限公司', '1391', '20000000', '2021-03-08', ''],
    ]);
    expect(header).toMatchObject({ headerRowIndex: 1, headerRowCount: 2, dataStartIndex: 3 });
    expect(columnMap(header)).toEqual({
      uscc: 'A',
      name: 'B',
      industryCode: 'C',
      registeredCapital: 'D',
      foundedOn: 'E',
    });
    expect(header.columns.find((c) => c.key === 'registeredCapital')).toMatchObject({
      header: '注册资本(元)',
      unit: '元',
    });
    expect(header.ignored).toEqual(['备注']);
  });

  it('matches a column name only together with its group label', () => {
    const header = detected([
      ['统一社会信用代码', '企业名称', '行业', null, '注册资本（万元）'],
      [null, null, '代码', '门类', null],
    ]);
    expect(header.headerRowCount).toBe(2);
    expect(header.columns.find((c) => c.key === 'industryCode')).toMatchObject({
      letter: 'C',
      header: '行业代码',
    });
    expect(header.columns.find((c) => c.key === 'registeredCapital')?.unit).toBe('万元');
    expect(header.ignored).toEqual(['行业门类']);
  });

  it('maps shuffled columns by their header text', () => {
    const header = detected([
      ['联系电话', '成立日期', '行业代码', '企业名称', '备注', '统一社会信用代码'],
    ]);
    expect(columnMap(header)).toEqual({
      contactPhone: 'A',
      foundedOn: 'B',
      industryCode: 'C',
      name: 'D',
      uscc: 'F',
    });
    expect(header.ignored).toEqual(['备注']);
  });

  it('recognises aliases, English labels and messy spellings', () => {
    const header = detected([
      [' 社会信用 代码 ', '单位名称（盖章）', 'Industry code', '注册资金(元)', '成立时间', '*电话'],
    ]);
    expect(Object.keys(columnMap(header))).toEqual([
      'uscc',
      'name',
      'industryCode',
      'registeredCapital',
      'foundedOn',
      'contactPhone',
    ]);
    expect(header.columns.find((c) => c.key === 'registeredCapital')?.unit).toBe('元');
    expect(detected([['USCC', '名称', '行业类别代码']]).columns).toHaveLength(3);
  });

  it('reports columns beyond Z with their spreadsheet letters', () => {
    const row: Grid[number] = Array.from({ length: 27 }, () => null);
    row[0] = '企业名称';
    row[1] = '行业代码';
    row[26] = '统一社会信用代码';
    expect(detected([row]).columns.find((c) => c.key === 'uscc')?.letter).toBe('AA');
  });

  it('names the missing required columns in both languages', () => {
    const result = problem([['公司名录'], ['企业名称', '注册资本', '成立日期']]);
    expect(result).toMatchObject({ kind: 'missing_columns', keys: ['uscc', 'industryCode'] });
    expect(result.text.zh).toBe('缺少必填列：统一社会信用代码、行业代码（表头在第 2 行）');
    expect(result.text.en).toBe(
      'Missing required columns: Unified social credit code, Industry code (header in row 2)',
    );
  });

  it('refuses a sheet without a recognisable header', () => {
    const result = problem([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(result.kind).toBe('not_found');
    expect(result.text.zh).toContain('统一社会信用代码、企业名称、行业代码');
    expect(problem([]).kind).toBe('not_found');
  });

  it('looks only at the first maxScanRows rows', () => {
    const grid: Grid = [
      ...Array.from({ length: 10 }, () => ['说明']),
      ['统一社会信用代码', '企业名称', '行业代码'],
    ];
    expect(detectHeader(grid, SPECS).ok).toBe(false);
    expect(detectHeader(grid, SPECS, { maxScanRows: 11 }).ok).toBe(true);
  });

  it('refuses a column given twice, naming where', () => {
    const result = problem([['统一社会信用代码', '企业名称', '行业代码', '名称']]);
    expect(result).toMatchObject({ kind: 'duplicate_column', keys: ['name'] });
    expect(result.text.zh).toContain('企业名称 (B、D)');
  });

  it('finds the template header wherever it is put below title rows', () => {
    const headerRow = SPECS.map((s) => s.label.zh);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.shuffledSubarray(headerRow, { minLength: headerRow.length }),
        (titleRows, shuffled) => {
          const grid: Grid = [
            ...Array.from({ length: titleRows }, (_, i) => [`标题 ${i}`]),
            shuffled,
            shuffled.map(() => 'x'),
          ];
          const header = detected(grid);
          expect(header.headerRowIndex).toBe(titleRows);
          expect(header.dataStartIndex).toBe(titleRows + 1);
          for (const column of header.columns) {
            const spec = SPECS.find((s) => s.key === column.key);
            expect(shuffled[column.index]).toBe(spec?.label.zh);
          }
        },
      ),
    );
  });
});
