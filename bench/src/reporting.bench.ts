/**
 * Reporting benchmark: a county's month in one spreadsheet. 3,000 above-scale enterprises of
 * 兴宾区 (registered through the enterprise import, entered into 规上 by API) fill the June 2021
 * template — dry run, commit (every rule, values, their history, reports and audit in one
 * transaction), the same file again — through the HTTP API of a real server on a fresh embedded
 * database holding the demo city. Prints a table and writes bench/out/reporting.json.
 */
import { makeUscc } from '@gongyeyun/core';
import ExcelJS from 'exceljs';
import { report, startBenchServer, timer, upload } from './bench-server';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 3000);
const PERIOD = '2021-06';
const SERIAL = 700_000;

const results: Record<string, number | string> = {};
const time = timer(results);
const server = await startBenchServer();
const { base } = server;
const cookie = await server.login('officer-xingbin');
const headers = { cookie, 'x-gongyeyun-csrf': '1', 'content-type': 'application/json' };

// The enterprises: registered in one import, then entered into 规上 from 2020.
const registry = new ExcelJS.Workbook();
const sheet = registry.addWorksheet('名录');
sheet.addRow(['统一社会信用代码', '企业名称', '县区', '行业代码', '成立日期', '经营状态']);
const usccs: string[] = [];
for (let i = 0; i < ENTERPRISES; i++) {
  const uscc = makeUscc({ divisionCode: '451302', serial: SERIAL + i });
  usccs.push(uscc);
  sheet.addRow([uscc, `来宾市月报基准${i}号制造有限公司`, '兴宾区', '3099', '2015-03-01', '在营']);
}
const registered = await time(`register ${ENTERPRISES} enterprises (setup), ms`, async () =>
  upload<{ committed: boolean; errors: unknown[] }>(
    `${base}/api/enterprises/import?dryRun=false`,
    cookie,
    Buffer.from(await registry.xlsx.writeBuffer()),
    'registry.xlsx',
  ),
);
if (!registered.committed)
  throw new Error(`registry import failed: ${JSON.stringify(registered.errors.slice(0, 3))}`);
const ids: number[] = [];
for (let page = 1; ids.length < ENTERPRISES; page++) {
  const res = await fetch(
    `${base}/api/enterprises?q=${encodeURIComponent('月报基准')}&pageSize=200&page=${page}`,
    { headers },
  );
  const body = (await res.json()) as { items: { id: number }[] };
  if (!body.items.length) break;
  ids.push(...body.items.map((e) => e.id));
}
await time(`enter ${ENTERPRISES} enterprises into 规上 (setup, 8 at a time), ms`, async () => {
  for (let i = 0; i < ids.length; i += 8)
    await Promise.all(
      ids.slice(i, i + 8).map((id) =>
        fetch(`${base}/api/enterprises/${id}/scale-events`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ category: 'industry', kind: 'entered', occurredOn: '2020-01-01' }),
        }),
      ),
    );
});

// The county's template for June, filled for the new enterprises (本年累计 and 期末 only).
const template = await time('download the template, ms', async () =>
  Buffer.from(
    await (
      await fetch(`${base}/api/reporting/template.xlsx?period=${PERIOD}`, { headers: { cookie } })
    ).arrayBuffer(),
  ),
);
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(template as unknown as ArrayBuffer);
const ws = wb.worksheets[0]!;
const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
const col = (label: string) => header.indexOf(label) + 1;
const ours = new Set(usccs);
let filled = 0;
for (let r = 3; r <= ws.rowCount; r++) {
  const row = ws.getRow(r);
  if (!ours.has(row.getCell(1).text)) continue;
  const k = 1 + (filled % 17) / 10;
  row.getCell(col('工业总产值(当年价)本年累计（万元）')).value = Math.round(12_000 * k) / 10;
  row.getCell(col('工业总产值(当年价)上年同期累计（万元）')).value = Math.round(11_000 * k) / 10;
  row.getCell(col('营业收入本年累计（万元）')).value = Math.round(11_500 * k) / 10;
  row.getCell(col('营业收入上年同期累计（万元）')).value = Math.round(10_600 * k) / 10;
  row.getCell(col('利润总额本年累计（万元）')).value = Math.round(600 * k) / 10;
  row.getCell(col('利润总额上年同期累计（万元）')).value = Math.round(560 * k) / 10;
  row.getCell(col('税金总额本年累计（万元）')).value = Math.round(350 * k) / 10;
  row.getCell(col('税金总额上年同期累计（万元）')).value = Math.round(330 * k) / 10;
  row.getCell(col('工业用电量本年累计（万千瓦时）')).value = Math.round(900 * k) / 10;
  row.getCell(col('工业用电量上年同期累计（万千瓦时）')).value = Math.round(870 * k) / 10;
  row.getCell(col('期末从业人员期末（人）')).value = Math.round(80 * k);
  row.getCell(col('期末从业人员上年同期（人）')).value = Math.round(78 * k);
  filled++;
}
const file = Buffer.from(await wb.xlsx.writeBuffer());
results['rows filled / file size, KB'] = `${filled} / ${Math.round(file.length / 1024)}`;
interface Answer {
  committed: boolean;
  created: number;
  unchanged: number;
  values: number;
  errors: { row: number; column: string; message: string }[];
}
const send = (dryRun: boolean) =>
  upload<Answer>(
    `${base}/api/reporting/import?period=${PERIOD}&dryRun=${dryRun}`,
    cookie,
    file,
    'june.xlsx',
  );
const dry = await time(`dry run: ${filled} enterprises' month, ms`, () => send(true));
results['dry run: reports to create / errors'] = `${dry.created} / ${dry.errors.length}`;
if (dry.errors.length) console.error(dry.errors.slice(0, 5));
const commit = await time(`commit: ${filled} enterprises' month, ms`, () => send(false));
results['committed / values'] = `${String(commit.committed)} / ${commit.values}`;
const values = commit.values;
results['commit: values per second'] = Math.round(
  values / ((results[`commit: ${filled} enterprises' month, ms`] as number) / 1000),
);
const again = await time('the same file again, ms', () => send(false));
results['again: unchanged'] = again.unchanged;

await server.stop();
report('reporting', results, { enterprises: ENTERPRISES, period: PERIOD });
