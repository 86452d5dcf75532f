import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, MoneyUnit } from './grid';
import { normalizeText, parseDate, parseDecimal, parseMoney, scaleDecimal } from './normalize-cell';

describe('normalizeText', () => {
  it.each<[CellValue | undefined, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['  企业名称  ', '企业名称'],
    ['１２３４', '1234'],
    ['ＡＢＣａｂｃ', 'ABCabc'],
    ['９１４５１３００１２３４５６７８８６', '914513001234567886'],
    ['（有限公司）', '(有限公司)'],
    ['１，２３４．５', '1,234.5'],
    ['０７７２－１２３４５６７', '0772-1234567'],
    ['来宾\u3000市', '来宾 市'],
    ['来宾\u00A0\u00A0市', '来宾 市'],
    ['兴宾区\n\r\n  工业园', '兴宾区 工业园'],
    ['91\u200B45\u200C13\u200D00\uFEFF', '91451300'],
    ['a \t b', 'a b'],
    [1234.5, '1234.5'],
    [0.1 + 0.2, '0.3'],
    [-0, '0'],
    [13800138000, '13800138000'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2021, 2, 8)), '2021-03-08'],
    [new Date(Date.UTC(2021, 2, 8, 9, 30, 5)), '2021-03-08 09:30:05'],
    [new Date(Number.NaN), ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps full-width punctuation when asked, still converting digits, letters and spaces', () => {
    expect(normalizeText('来宾某某（有限合伙）　２号Ａ', { keepPunctuation: true })).toBe(
      '来宾某某（有限合伙） 2号A',
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('parseDecimal', () => {
  it.each<[CellValue, string, MoneyUnit | null]>([
    [1234.5, '1234.5', null],
    [0, '0', null],
    [-12.25, '-12.25', null],
    [0.1 + 0.2, '0.3', null],
    ['1234.5', '1234.5', null],
    ['1,234.5', '1234.5', null],
    ['1，234.5', '1234.5', null],
    ['1,234,567.89', '1234567.89', null],
    ['１２３４', '1234', null],
    ['１，２３４．５０', '1234.5', null],
    [' 2000 ', '2000', null],
    ['2000万元', '2000', '万元'],
    ['2000 万元', '2000', '万元'],
    ['2000万', '2000', '万元'],
    ['1.5亿元', '1.5', '亿元'],
    ['3亿', '3', '亿元'],
    ['20000000元', '20000000', '元'],
    ['￥1,000', '1000', null],
    ['人民币500万元', '500', '万元'],
    ['500万元人民币', '500', '万元'],
    ['00012.500', '12.5', null],
    ['.5', '0.5', null],
    ['5.', '5', null],
    ['+7', '7', null],
    ['-0.00', '0', null],
    ['1.5E+07', '15000000', null],
    ['2e-3', '0.002', null],
    ['12345678901234.56', '12345678901234.56', null],
    ['0.1', '0.1', null],
  ])('%j → %s (%s)', (input, value, unit) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value, unit });
  });

  it('keeps every digit of text input (no float rounding)', () => {
    expect(parseDecimal('123456789012345678.123456789')).toMatchObject({
      ok: true,
      value: '123456789012345678.123456789',
    });
  });

  it.each<[CellValue, string]>([
    [null, '未填写数字'],
    ['', '未填写数字'],
    ['abc', '“abc”不是有效的数字'],
    ['12,34', '“12,34”不是有效的数字'],
    ['1,2345', '“1,2345”不是有效的数字'],
    ['1.2.3', '“1.2.3”不是有效的数字'],
    ['12%', '“12%”不是有效的数字'],
    ['万元', '“万元”不是有效的数字'],
    ['-', '“-”不是有效的数字'],
    ['1e999', '“1e999”不是有效的数字'],
    ['1'.repeat(40), `“${'1'.repeat(40)}”不是有效的数字`],
    [true, '“TRUE”不是有效的数字'],
    [new Date(Date.UTC(2021, 0, 1)), '“2021-01-01”不是有效的数字'],
  ])('%j is refused: %s', (input, zh) => {
    const result = parseDecimal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toBe(zh);
      expect(result.error.en.length).toBeGreaterThan(0);
    }
  });

  it('accepts any integer or 2-decimal amount written with thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (cents) => {
        const text = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const grouped = text.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',');
        const parsed = parseDecimal(grouped);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(scaleDecimal(parsed.value, '万元')).toBe(text);
      }),
    );
  });
});

describe('scaleDecimal', () => {
  it.each<[string, MoneyUnit, MoneyUnit, string]>([
    ['20000000', '元', '万元', '2000.00'],
    ['2000', '万元', '万元', '2000.00'],
    ['1.5', '亿元', '万元', '15000.00'],
    ['12345', '元', '万元', '1.23'],
    ['12350', '元', '万元', '1.24'],
    ['12349.99', '元', '万元', '1.23'],
    ['-12350', '元', '万元', '-1.24'],
    ['-12349', '元', '万元', '-1.23'],
    ['49', '元', '万元', '0.00'],
    ['50', '元', '万元', '0.01'],
    ['-49', '元', '万元', '0.00'],
    ['0', '元', '万元', '0.00'],
    ['1.23', '万元', '元', '12300.00'],
    ['1', '万元', '亿元', '0.00'],
    ['5000', '万元', '亿元', '0.50'],
    ['99999999999999.995', '万元', '万元', '100000000000000.00'],
  ])('%s %s → %s', (value, from, to, expected) => {
    expect(scaleDecimal(value, from, to)).toBe(expected);
  });

  it('throws on something that is not a decimal (a programming error)', () => {
    expect(() => scaleDecimal('1,000', '元')).toThrow(/not a decimal/);
  });

  it('round-trips 万元 → 元 → 万元 for 2-decimal amounts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const wan = `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        const yuan = scaleDecimal(wan, '万元', '元');
        expect(scaleDecimal(yuan, '元', '万元')).toBe(wan);
      }),
    );
  });
});

describe('parseMoney', () => {
  it.each<[CellValue, MoneyUnit | undefined, string]>([
    ['20000000', '元', '2000.00'],
    [20000000, '元', '2000.00'],
    ['2000', undefined, '2000.00'],
    ['2000万元', '元', '2000.00'],
    ['2亿元', '万元', '20000.00'],
    ['1,234.5', '万元', '1234.50'],
    ['１２３４', '元', '0.12'],
    [0.5, '亿元', '5000.00'],
  ])('%j in a %s column → %s 万元', (input, unit, expected) => {
    expect(parseMoney(input, unit)).toEqual({ ok: true, value: expected });
  });

  it('passes the parse error on', () => {
    expect(parseMoney('many')).toEqual({
      ok: false,
      error: { zh: '“many”不是有效的数字', en: '"many" is not a valid number' },
    });
  });
});

describe('parseDate', () => {
  it.each<[CellValue, string]>([
    [new Date(Date.UTC(2021, 2, 8)), '2021-03-08'],
    [new Date(Date.UTC(2021, 2, 8, 23, 59)), '2021-03-08'],
    [44263, '2021-03-08'],
    [44263.75, '2021-03-08'],
    ['44263', '2021-03-08'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
    ['2021-03-08', '2021-03-08'],
    ['2021-3-8', '2021-03-08'],
    ['2021/3/8', '2021-03-08'],
    ['2021/03/08', '2021-03-08'],
    ['2021.3.8', '2021-03-08'],
    ['2021年3月8日', '2021-03-08'],
    ['2021 年 3 月 8 日', '2021-03-08'],
    ['2021年03月08号', '2021-03-08'],
    ['2021年3月8', '2021-03-08'],
    ['20210308', '2021-03-08'],
    [20210308, '2021-03-08'],
    ['２０２１－０３－０８', '2021-03-08'],
    ['２０２１年３月８日', '2021-03-08'],
    ['2021-03-08 14:30', '2021-03-08'],
    ['2021-03-08 14:30:00', '2021-03-08'],
    ['2021-03-08T00:00:00.000Z', '2021-03-08'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    [null, '未填写日期'],
    ['  ', '未填写日期'],
    ['2021-02-29', '日期“2021-02-29”不存在'],
    ['1900-02-29', '日期“1900-02-29”不存在'],
    ['2021-13-01', '日期“2021-13-01”不存在'],
    ['2021-04-31', '日期“2021-04-31”不存在'],
    ['2021-00-10', '日期“2021-00-10”不存在'],
    ['20211301', '日期“20211301”不存在'],
    ['2021年2月30日', '日期“2021年2月30日”不存在'],
    ['2021-03/08', '无法识别的日期“2021-03/08”，请填写如 2021-03-08 的日期'],
    ['03/08/2021', '无法识别的日期“03/08/2021”，请填写如 2021-03-08 的日期'],
    ['210308', '无法识别的日期“210308”，请填写如 2021-03-08 的日期'],
    ['下个月', '无法识别的日期“下个月”，请填写如 2021-03-08 的日期'],
    [60, '无法识别的日期“60”，请填写如 2021-03-08 的日期'],
    [0, '无法识别的日期“0”，请填写如 2021-03-08 的日期'],
    [-5, '无法识别的日期“-5”，请填写如 2021-03-08 的日期'],
    [2958466, '无法识别的日期“2958466”，请填写如 2021-03-08 的日期'],
    [true, '无法识别的日期“TRUE”，请填写如 2021-03-08 的日期'],
    [new Date(Number.NaN), '无法识别的日期“Invalid Date”，请填写如 2021-03-08 的日期'],
    [2021, '“2021”只有年份，请填写完整日期，如 2021-03-08'],
    ['2021', '“2021”只有年份，请填写完整日期，如 2021-03-08'],
  ])('%j is refused: %s', (input, zh) => {
    const result = parseDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toBe(zh);
      expect(result.error.en.length).toBeGreaterThan(0);
    }
  });

  it('reads every Excel day number as the date Excel shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const result = parseDate(serial);
        if (serial >= 1900 && serial <= 2100) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('reads back any real date written in each accepted form', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1000-01-01'),
          max: new Date('9999-12-31'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          const forms = [
            iso,
            `${y}/${Number(m)}/${Number(day)}`,
            `${y}.${m}.${day}`,
            `${y}年${Number(m)}月${Number(day)}日`,
            `${y}${m}${day}`,
            d,
          ];
          for (const form of forms) expect(parseDate(form)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });
});
