import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from './grid';
import type { ColumnSpec, DetectedHeader } from './header-detection';
import { detectHeader } from './header-detection';
import { columnLetter, readRows } from './read-rows';

const SPECS: ColumnSpec[] = [
  { key: 'uscc', label: { zh: '统一社会信用代码', en: 'USCC' }, aliases: [], required: true },
  {
    key: 'name',
    label: { zh: '企业名称', en: 'Name' },
    aliases: [],
    required: true,
    keepPunctuation: true,
  },
  {
    key: 'capital',
    label: { zh: '注册资本', en: 'Capital' },
    aliases: [],
    required: false,
    unitAware: true,
  },
  { key: 'address', label: { zh: '地址', en: 'Address' }, aliases: [], required: false },
];

const header = (grid: Grid): DetectedHeader => {
  const result = detectHeader(grid, SPECS);
  if (!result.ok) throw new Error(result.error.text.en);
  return result.value;
};

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it('refuses what is not a column index', () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });

  it('gives every column its own name, in spreadsheet order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (index) => {
        const a = columnLetter(index);
        const b = columnLetter(index + 1);
        expect(a.length < b.length || (a.length === b.length && a < b)).toBe(true);
      }),
    );
  });
});

describe('readRows', () => {
  const grid: Grid = [
    ['2024年企业名录'],
    ['序号', '企业名称', '统一社会信用代码', '注册资本（元）'],
    [1, '来宾某某（有限合伙）', '９１４５１３００１２３４５６７８８６', '20,000,000'],
    [2, null, null, null],
    [null, '', '  ', null],
    [3, '  兴宾\u3000机械厂 ', '91451300MA5KXXXX1X', 12345],
    [4, '武宣糖业', null, null],
    [],
    [null, null, null, null],
    [5, null, '', '\u200B'],
  ];

  it('reads the data rows, skipping blank ones but counting them in row numbers', () => {
    const detected = header(grid);
    const rows = readRows(grid, detected, SPECS);
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 6, 7]);
    expect(rows[0]?.values).toEqual({
      name: '来宾某某（有限合伙）',
      uscc: '914513001234567886',
      capital: '20,000,000',
    });
    expect(rows[1]?.values).toEqual({
      name: '兴宾 机械厂',
      uscc: '91451300MA5KXXXX1X',
      capital: '12345',
    });
    expect(rows[2]?.values).toEqual({ name: '武宣糖业', uscc: null, capital: null });
  });

  it('leaves out columns the file does not have, and keeps the cells as read', () => {
    const rows = readRows(grid, header(grid), SPECS);
    expect('address' in (rows[0]?.values ?? {})).toBe(false);
    expect(rows[1]?.cells).toEqual({
      name: '  兴宾\u3000机械厂 ',
      uscc: '91451300MA5KXXXX1X',
      capital: 12345,
    });
  });

  it('makes full-width punctuation half-width except in columns that keep it', () => {
    const g: Grid = [
      ['统一社会信用代码', '企业名称', '地址'],
      ['ＡＢＣ（１）', '某（集团）公司', '兴宾区（工业园）'],
    ];
    expect(readRows(g, header(g), SPECS)[0]?.values).toEqual({
      uscc: 'ABC(1)',
      name: '某（集团）公司',
      address: '兴宾区(工业园)',
    });
  });

  it('gives nothing for a sheet with only a header and trailing blank rows', () => {
    const g: Grid = [['统一社会信用代码', '企业名称'], [], [null, ''], ['  ', null]];
    expect(readRows(g, header(g), SPECS)).toEqual([]);
  });

  it('numbers rows as the spreadsheet does for any pattern of blank rows', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (filled) => {
        const g: Grid = [
          ['标题'],
          ['统一社会信用代码', '企业名称'],
          ...filled.map((f, i) => (f ? [`code${i}`, `name${i}`] : [null, ' '])),
        ];
        const rows = readRows(g, header(g), SPECS);
        const expected = filled.flatMap((f, i) => (f ? [i + 3] : []));
        expect(rows.map((r) => r.rowNumber)).toEqual(expected);
        for (const row of rows) expect(row.values.uscc).toBe(`code${row.rowNumber - 3}`);
      }),
    );
  });
});
