/**
 * Registry benchmark: a county clerk's 5,000-row messy spreadsheet (dry run, then commit, then
 * the same file again), and name-fragment search over the registry, through the HTTP API of a
 * real server (a child process, as `npm start` runs it) on a fresh embedded database holding
 * the demo city. Prints a table and writes JSON to
 * bench/out/.
 */
import { makeUscc } from '@gongyeyun/core';
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { report, startBenchServer, timer, upload } from './bench-server';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const NAME_WORDS = [
  '糖业',
  '铝业',
  '钙业',
  '木业',
  '家居',
  '制药',
  '食品',
  '电子',
  '机械',
  '纺织',
  '化工',
  '环保科技',
];
const CLASSES = [
  '1340',
  '3216',
  '3099',
  '2011',
  '2110',
  '2720',
  '1391',
  '3982',
  '3532',
  '1713',
  '2614',
  '3591',
];

async function messyFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  ws.addRow(['兴宾区企业名录']);
  ws.mergeCells('A1:H1');
  ws.addRow([
    '序号',
    '统一社会信用代码',
    '企业名称',
    '县区',
    '行业代码',
    '注册资本(元)',
    '成立日期',
    '经营状态',
  ]);
  for (let i = 0; i < ROWS; i++) {
    const k = i % NAME_WORDS.length;
    const capital = i % 3 === 0 ? `${(i % 97) + 1},000,000` : String(((i % 89) + 1) * 1_000_000);
    const founded =
      i % 2 === 0
        ? `20${10 + (i % 12)}/${(i % 12) + 1}/${(i % 27) + 1}`
        : `20${10 + (i % 12)}年${(i % 12) + 1}月${(i % 27) + 1}日`;
    // One row in fifty carries a mistake a clerk makes: a wrong check character.
    const uscc = makeUscc({ divisionCode: '451302', serial: 900_000 + i });
    ws.addRow([
      i + 1,
      i % 50 === 7 ? uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0') : uscc,
      `来宾市基准${i}号${NAME_WORDS[k]}有限公司`,
      '兴宾区',
      CLASSES[k],
      capital,
      founded,
      '在营',
    ]);
  }
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const results: Record<string, number | string> = {};
const time = timer(results);
const server = await startBenchServer();
const base = server.base;
results['first start with the demo city (600 enterprises), ms'] = server.startMs;
const cookie = await server.login('officer-xingbin');

const file = await messyFile();
results['file size, KB'] = Math.round(file.length / 1024);
interface ImportAnswer {
  created: number;
  unchanged: number;
  committed: boolean;
  errors: unknown[];
}
const importFile = (dryRun: boolean, body: Buffer) =>
  upload<ImportAnswer>(
    `${base}/api/enterprises/import?dryRun=${dryRun}`,
    cookie,
    body,
    'bench.xlsx',
  );
const dry = await time(`dry run of ${ROWS} rows, ms`, () => importFile(true, file));
results['rows to create / errors found'] = `${dry.created} / ${dry.errors.length}`;

// The clerk fixes the wrong rows and imports again.
const fixedWb = new ExcelJS.Workbook();
await fixedWb.xlsx.load(file as unknown as ArrayBuffer);
const sheet = fixedWb.worksheets[0]!;
for (let i = 0; i < ROWS; i++)
  if (i % 50 === 7)
    sheet.getCell(`B${i + 3}`).value = makeUscc({ divisionCode: '451302', serial: 900_000 + i });
const fixed = Buffer.from(await fixedWb.xlsx.writeBuffer());
const commit = await time(`commit of ${ROWS} rows, ms`, () => importFile(false, fixed));
results['committed'] = String(commit.committed);
const again = await time(`re-import of the same ${ROWS} rows, ms`, () => importFile(false, fixed));
results['re-import: unchanged rows'] = again.unchanged;

const searches: number[] = [];
for (const q of ['基准4321号', '铝业', '宏桂', '基准9', 'E2E']) {
  const t0 = performance.now();
  await fetch(`${base}/api/enterprises?q=${encodeURIComponent(q)}&pageSize=20`, {
    headers: { cookie },
  });
  searches.push(performance.now() - t0);
}
results['name-fragment search, worst of 5, ms'] = Math.round(Math.max(...searches));

await server.stop();
report('registry', results, { rows: ROWS });
