/**
 * Bulk import of a month's figures through the product's HTTP spreadsheet import on
 * PostgreSQL, at two sizes: 3,000 enterprises (a county's month; --county N) and a province's
 * month (--enterprises N, default 20,000; 60,000 for a whole province).
 *
 * For each size a generated region (dataset/generate.ts, one year) is loaded with the dataset
 * loader into a fresh database holding the demo city, and its last period's reports removed.
 * The city administrator then downloads that period's template (every expected reporter),
 * fills 本年累计 and 上年同期累计 of every active indicator from the dataset (本月 derived by
 * the server), and sends it: dry run (every rule, nothing written), then commit (values, their
 * history, reports and the audit record, all or nothing). Beside it, a raw COPY of the same
 * figures into a bare staging table on the same server, values/s, and the ratio. A refusal or
 * a failure of the import is recorded as it came (status, error text, the server's peak RSS).
 * Prints a table and writes bench/out/import-<county>-<enterprises>.json.
 *
 * npm run import -w bench -- --enterprises 60000 [--county 3000]
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { report, startBenchServer, type BenchServer } from './bench-server';
import {
  createBenchDatabase,
  ensureDataset,
  loadAverage,
  reopenPeriod,
  type OpenReport,
} from './dataset/database';
import { datasetDir } from './dataset/generate';
import { loadDataset } from './dataset/load';

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    county: { type: 'string', default: '3000' },
    enterprises: { type: 'string', default: '20000' },
  },
});
const sizes = [
  { label: 'county', enterprises: Number(args.county) },
  { label: 'province', enterprises: Number(args.enterprises) },
];
const results: Record<string, number | string> = {
  'load average at the start (1 / 5 min)': loadAverage(),
};
const runs: Record<string, unknown>[] = [];

/** The server's resident memory now and at its peak, MiB. */
const memory = (server: BenchServer) => {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: null, peak: null };
  }
};

/** A multipart upload as a browser form sends it, with no client-side time limit. */
function post(url: string, cookie: string, file: Buffer, name: string) {
  const boundary = `----gongyeyun${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
        `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise<{ status: number; text: string; ms: number }>((resolve, reject) => {
    const t0 = performance.now();
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          cookie,
          'x-gongyeyun-csrf': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: Math.round(performance.now() - t0),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Answer {
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  values: number;
  errors: { row: number; column: string; message: string }[];
  warnings: unknown[];
}

/** The template filled from the dataset; the number of cells filled. */
async function fill(template: Buffer, open: Map<string, OpenReport>, names: Map<string, string>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(2).values as unknown[])
    .slice(1)
    .map((v) => (typeof v === 'string' ? v : ''));
  // Column → indicator and field, by the indicator's name (longest first) and the field's label.
  const byName = [...names.entries()].sort((a, b) => b[1].length - a[1].length);
  const columns: { col: number; code: string; field: 'ytd' | 'prevYearYtd' }[] = [];
  header.forEach((text, i) => {
    const hit = byName.find(([, zh]) => text.startsWith(zh));
    if (!hit || text.includes('本月')) return;
    columns.push({
      col: i + 1,
      code: hit[0],
      field: text.includes('上年同期') ? 'prevYearYtd' : 'ytd',
    });
  });
  let cells = 0;
  let rows = 0;
  for (let r = 3; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const figures = open.get(row.getCell(1).text);
    if (!figures) continue;
    rows++;
    for (const c of columns) {
      const v = figures.values[c.code]?.[c.field];
      if (v === null || v === undefined) continue;
      row.getCell(c.col).value = Number(v);
      cells++;
    }
  }
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), cells, rows, columns: columns.length };
}

for (const size of sizes) {
  const key = `${size.label} ${size.enterprises}`;
  const options = {
    enterprises: size.enterprises,
    years: 1,
    seed: 1,
    out: datasetDir(size.enterprises, 1, 1),
  };
  const generatedMs = await ensureDataset(options);
  if (generatedMs) results[`${key}: generate CSV, ms`] = generatedMs;
  const db = await createBenchDatabase(`import_${size.enterprises}`);
  const run: Record<string, unknown> = { ...size };
  runs.push(run);
  try {
    const first = await startBenchServer({ databaseUrl: db.url });
    await first.stop();
    let t0 = performance.now();
    const load = await loadDataset(options.out, { kind: 'postgres', url: db.url });
    results[`${key}: load the dataset (setup), ms`] = Math.round(performance.now() - t0);
    const period = load.periods[load.periods.length - 1]!;
    const open = new Map((await reopenPeriod(db.url, period)).map((r) => [r.uscc, r]));

    const server = await startBenchServer({ databaseUrl: db.url });
    const cookie = await server.login('admin');
    const indicators = (await (
      await fetch(`${server.base}/api/reporting/indicators`, { headers: { cookie } })
    ).json()) as { code: string; name: { zh: string } | string; active?: boolean }[];
    const names = new Map(
      indicators.map((i) => [i.code, typeof i.name === 'string' ? i.name : i.name.zh]),
    );
    t0 = performance.now();
    const res = await fetch(`${server.base}/api/reporting/template.xlsx?period=${period}`, {
      headers: { cookie },
    });
    const template = Buffer.from(await res.arrayBuffer());
    results[`${key}: download the template, ms`] = Math.round(performance.now() - t0);
    if (!res.ok)
      throw new Error(`template: ${res.status} ${template.toString('utf8').slice(0, 300)}`);
    const filled = await fill(template, open, names);
    results[`${key}: rows filled / figures (cells) / file, KiB`] =
      `${filled.rows} / ${filled.cells} / ${Math.round(filled.file.length / 1024)}`;
    Object.assign(run, {
      period,
      rows: filled.rows,
      cells: filled.cells,
      bytes: filled.file.length,
    });

    const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
    for (const dryRun of [true, false]) {
      const step = dryRun ? 'dry run' : 'commit';
      const answer = await post(
        `${server.base}/api/reporting/import?period=${period}&dryRun=${dryRun}`,
        cookie,
        filled.file,
        `${period}.xlsx`,
      ).catch((e: Error) => ({ status: 0, text: e.message, ms: 0 }));
      const mem = memory(server);
      run[step] = { status: answer.status, ms: answer.ms, memory: mem };
      if (answer.status !== 200) {
        results[`${key}: ${step} failed`] =
          `${answer.status} after ${answer.ms} ms: ${answer.text.slice(0, 200)} (server RSS ${mem.rss} MiB, peak ${mem.peak})`;
        run[step] = { ...(run[step] as object), error: answer.text.slice(0, 2000) };
        break;
      }
      const body = JSON.parse(answer.text) as Answer;
      run[step] = {
        ...(run[step] as object),
        answer: { ...body, errors: body.errors.slice(0, 20), warnings: body.warnings.length },
      };
      results[`${key}: ${step}, ms`] = answer.ms;
      results[`${key}: ${step}, values/s`] = perSecond(filled.cells, answer.ms);
      results[`${key}: ${step}: created / values / errors / warnings`] =
        `${body.created} / ${body.values} / ${body.errors.length} / ${body.warnings.length}`;
      results[`${key}: server RSS after the ${step} (peak), MiB`] = `${mem.rss} (${mem.peak})`;
      if (body.errors.length) console.error(body.errors.slice(0, 5));
    }
    await server.stop();

    // The same figures as rows of a bare staging table, COPY from memory.
    const csv: string[] = ['enterprise_id,period,indicator_code,ytd,prev_year_ytd'];
    for (const r of open.values())
      for (const [code, f] of Object.entries(r.values))
        csv.push(`${r.enterpriseId},${period},${code},${f.ytd ?? ''},${f.prevYearYtd ?? ''}`);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`create table bench_import_copy (enterprise_id integer, period text,
      indicator_code text, ytd numeric, prev_year_ytd numeric)`);
    t0 = performance.now();
    const sink = client.query(
      copyFrom(`copy bench_import_copy from stdin with (format csv, header)`),
    );
    await new Promise<void>((resolve, reject) => {
      sink.on('finish', resolve);
      sink.on('error', reject);
      sink.end(csv.join('\n') + '\n');
    });
    const copyMs = performance.now() - t0;
    const { rows } = await client.query<{ n: string }>(
      `select count(ytd) + count(prev_year_ytd) as n from bench_import_copy`,
    );
    await client.end();
    const copied = Number(rows[0]!.n);
    results[`${key}: raw COPY of the same values, values/s`] = perSecond(copied, copyMs);
    run.copy = { values: copied, ms: Math.round(copyMs) };
    const commit = run.commit as { status: number; ms: number } | undefined;
    if (commit?.status === 200)
      results[`${key}: ratio COPY / import commit (values/s)`] =
        Math.round((perSecond(copied, copyMs) / perSecond(filled.cells, commit.ms)) * 10) / 10;
  } finally {
    await db.drop();
  }
}
results['load average at the end (1 / 5 min)'] = loadAverage();
report(`import-${sizes[0]!.enterprises}-${sizes[1]!.enterprises}`, results, { runs });
