import { makeUscc } from '@gongyeyun/core';
import type { TEnterprise, TImportResult } from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gbk } from '../../../test/gbk';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const code = (serial: number, division = '451302') => makeUscc({ divisionCode: division, serial });

/** A spreadsheet as county clerks send them: a title row, units in the header, full-width digits. */
async function messyWorkbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  ws.addRow(['兴宾区规上工业企业名录（2021年）']);
  ws.mergeCells('A1:I1');
  ws.addRow([
    '序号',
    '社会信用代码',
    '单位名称',
    '县区',
    '乡镇',
    '行业代码',
    '注册资本(元)',
    '成立时间',
    '经营状态',
  ]);
  for (const [i, row] of rows.entries()) ws.addRow([i + 1, ...row]);
  ws.addRow([]);
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachDatabase('enterprise spreadsheet import', (t) => {
  let s: TestApp;
  let xingbin: TestClient;
  let heshan: TestClient;
  const good = [
    [
      code(2001),
      '来宾市甜蜜糖业有限公司',
      '兴宾区',
      '凤凰镇',
      '1340',
      '５０,０００,０００',
      '2008/5/1',
      '在营',
    ],
    [
      ` ${code(2002).toLowerCase()} `,
      '来宾市兴华铝业有限公司',
      '451302',
      '',
      '3216 铝冶炼',
      '12000000',
      new Date(Date.UTC(2012, 2, 8)),
      '停产',
    ],
    [code(2003), '来宾市木艺家居有限公司', '兴宾区', null, '2110', null, '2015年6月18日', null],
  ];

  beforeAll(async () => {
    s = await createTestApp(t);
    xingbin = await s.as('officer-xingbin');
    heshan = await s.as('officer-heshan');
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('checks a messy file row by row, naming row and column, and writes nothing', async () => {
    const file = await messyWorkbook([
      ...good,
      [
        code(2004).slice(0, 17) + '0',
        '校验位错误公司',
        '兴宾区',
        null,
        '1340',
        '100',
        '2020-01-01',
        '在营',
      ],
      [code(2005), '外县公司', '鹿寨县', null, '1340', '100', '2020-01-01', '在营'],
      [code(2001), '重复的公司', '兴宾区', null, '1340', '100', '2020-01-01', '在营'],
      [code(2006), '日期错误公司', '兴宾区', null, '9999', '一百', '2020-13-45', '在营'],
    ]);
    const res = await xingbin.upload('/api/enterprises/import?dryRun=true', '名录.xlsx', file);
    expect(res.statusCode).toBe(200);
    const result = res.json<TImportResult>();
    expect(result).toMatchObject({
      dryRun: true,
      committed: false,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const at = (row: number) =>
      result.errors
        .filter((e) => e.row === row)
        .map((e) => e.column)
        .sort();
    // Row 1 is the title, row 2 the header: data starts at row 3.
    expect(at(6)).toEqual(['B']);
    expect(result.errors.find((e) => e.row === 6)!.message).toMatch(/校验/);
    expect(at(7)).toEqual(['D']);
    expect(result.errors.find((e) => e.row === 8)!.message).toContain('第 3 行');
    expect(at(9)).toEqual(['F', 'G', 'H']);
    expect((await xingbin.get('/api/enterprises')).json<{ total: number }>().total).toBe(0);

    const refused = await xingbin.upload('/api/enterprises/import?dryRun=false', '名录.xlsx', file);
    expect(refused.json()).toMatchObject({ committed: false });
    expect((await xingbin.get('/api/enterprises')).json<{ total: number }>().total).toBe(0);
  });

  it('commits a clean file at once, converting 元 to 万元, and re-importing changes nothing', async () => {
    const file = await messyWorkbook(good);
    const committed = (
      await xingbin.upload('/api/enterprises/import?dryRun=false', '名录.xlsx', file)
    ).json<TImportResult>();
    expect(committed).toMatchObject({ committed: true, created: 3, errors: [] });
    const list = (await xingbin.get('/api/enterprises?sort=uscc')).json<{
      items: { id: number; uscc: string }[];
    }>();
    expect(list.items.map((e) => e.uscc)).toEqual([code(2001), code(2002), code(2003)]);
    const sugar = (await xingbin.get(`/api/enterprises/${list.items[0]!.id}`)).json<TEnterprise>();
    expect(sugar).toMatchObject({
      registeredCapital: '5000.00',
      foundedOn: '2008-05-01',
      townshipName: '凤凰镇',
      status: 'operating',
    });
    const aluminium = (
      await xingbin.get(`/api/enterprises/${list.items[1]!.id}`)
    ).json<TEnterprise>();
    expect(aluminium).toMatchObject({
      registeredCapital: '1200.00',
      foundedOn: '2012-03-08',
      industryCode: '3216',
      status: 'stopped',
    });

    const again = (
      await xingbin.upload('/api/enterprises/import?dryRun=false', '名录.xlsx', file)
    ).json<TImportResult>();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const changed = await messyWorkbook([good[0]!, [...good[1]!.slice(0, 7), '在营'], good[2]!]);
    const update = (
      await xingbin.upload('/api/enterprises/import?dryRun=true', '名录.xlsx', changed)
    ).json<TImportResult>();
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(update.rows.find((r) => r.outcome === 'updated')!.changes).toEqual(['status']);
  });

  it('reads GBK and UTF-8 CSV alike', async () => {
    const text = `统一社会信用代码,企业名称,县区,行业代码\r\n${code(2010)},来宾糖业有限公司,兴宾区,1340\r\n`;
    for (const bytes of [gbk(text), Buffer.from(`\ufeff${text}`, 'utf8')]) {
      const res = (
        await xingbin.upload('/api/enterprises/import?dryRun=true', 'a.csv', bytes)
      ).json<TImportResult>();
      expect(res).toMatchObject({ created: 1, errors: [] });
      expect(res.rows[0]!.name).toBe('来宾糖业有限公司');
    }
  });

  it('refuses another county’s enterprise and files that are not spreadsheets', async () => {
    const file = await messyWorkbook([good[0]!]);
    const res = (
      await heshan.upload('/api/enterprises/import?dryRun=true', '名录.xlsx', file)
    ).json<TImportResult>();
    expect(res.errors.map((e) => e.column)).toContain('B');
    expect(res.errors[0]!.message).toMatch(/管理范围/);

    const png = await xingbin.upload(
      '/api/enterprises/import?dryRun=true',
      'x.xlsx',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    );
    expect(png.statusCode).toBe(400);
    expect(png.json()).toMatchObject({
      error: { code: 'VALIDATION', fields: [{ field: 'file' }] },
    });
    const big = await xingbin.upload(
      '/api/enterprises/import?dryRun=true',
      'big.csv',
      Buffer.alloc(11 * 1024 * 1024, 0x41),
    );
    expect(big.statusCode).toBe(400);
    expect(big.json<{ error: { message: string } }>().error.message).toContain('10 MB');
  });

  it('offers a template that imports cleanly once its example row is filled in', async () => {
    const template = await xingbin.get('/api/enterprises/import/template');
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.getCell('A3').value = code(2020);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const res = (
      await xingbin.upload('/api/enterprises/import?dryRun=true', 't.xlsx', filled)
    ).json<TImportResult>();
    expect(res).toMatchObject({ created: 1, errors: [] });
  });

  it('exports the filtered list in the import’s columns', async () => {
    const res = await xingbin.get('/api/enterprises/export?q=' + encodeURIComponent('铝业'));
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    expect(ws.getRow(2).getCell(2).value).toBe('来宾市兴华铝业有限公司');
    expect(ws.actualRowCount).toBe(2);
  });
});
