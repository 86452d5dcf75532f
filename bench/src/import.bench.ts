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
 * a failure of the import is recorded as it came (status, error text, the server's peak RSS);
 * a month the product refuses in one file is then sent in parts (BENCH_PART_ROWS rows each,
 * default 10,000), one after another, and timed as a whole.
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
import { loadAverage, reopenPeriod, type OpenReport } from './dataset/database';
import { datasetDir } from './dataset/generate';
import { withLoadedDatabase } from './dataset/prepare';

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    county: { type: 'string', default: '3000' },
    enterprises: { type: 'string', default: '20000' },
  },
});
/** Rows of a part when the whole month is refused (the product's limit is 20,000 a sheet). */
const PART_ROWS = Number(process.env.BENCH_PART_ROWS ?? 10_000);
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

/** The template's rows filled from the dataset: title, header, data rows, cells filled. */
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
      col: i,
      code: hit[0],
      field: text.includes('上年同期') ? 'prevYearYtd' : 'ytd',
    });
  });
  let cells = 0;
  const rows: unknown[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const row = (ws.getRow(r).values as unknown[]).slice(1);
    const uscc = ws.getRow(r).getCell(1).text;
    const figures = open.get(uscc);
    if (!figures) continue;
    const out = header.map((_, i) => (i === 0 ? uscc : (row[i] ?? null)));
    for (const c of columns) {
      const v = figures.values[c.code]?.[c.field];
      if (v === null || v === undefined) continue;
      out[c.col] = Number(v);
      cells++;
    }
    rows.push(out);
  }
  const title = (ws.getRow(1).values as unknown[]).slice(1);
  return { title, header, rows, cells, columns: columns.length };
}

/** A workbook of the template's title and header and the given data rows. */
async function xlsx(title: unknown[], header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('月报数据');
  ws.addRow(title);
  ws.addRow(header);
  ws.getColumn(1).numFmt = '@';
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const size of sizes) {
  const key = `${size.label} ${size.enterprises}`;
  const options = {
    enterprises: size.enterprises,
    years: 1,
    seed: 1,
    out: datasetDir(size.enterprises, 1, 1),
  };
  const run: Record<string, unknown> = { ...size };
  runs.push(run);
  await withLoadedDatabase(
    options,
    results,
    async (db) => {
      const period = db.periods[db.periods.length - 1]!;
      const open = new Map((await reopenPeriod(db.url, period)).map((r) => [r.uscc, r]));

      const server = await startBenchServer({ databaseUrl: db.url });
      const cookie = await server.login('admin');
      const indicators = (await (
        await fetch(`${server.base}/api/reporting/indicators`, { headers: { cookie } })
      ).json()) as { code: string; name: { zh: string } | string; active?: boolean }[];
      const names = new Map(
        indicators.map((i) => [i.code, typeof i.name === 'string' ? i.name : i.name.zh]),
      );
      let t0 = performance.now();
      const res = await fetch(`${server.base}/api/reporting/template.xlsx?period=${period}`, {
        headers: { cookie },
      });
      const template = Buffer.from(await res.arrayBuffer());
      results[`${key}: download the template, ms`] = Math.round(performance.now() - t0);
      if (!res.ok)
        throw new Error(`template: ${res.status} ${template.toString('utf8').slice(0, 300)}`);
      const filled = await fill(template, open, names);
      const whole = await xlsx(filled.title, filled.header, filled.rows);
      results[`${key}: rows filled / figures (cells) / file, KiB`] =
        `${filled.rows.length} / ${filled.cells} / ${Math.round(whole.length / 1024)}`;
      Object.assign(run, {
        period,
        rows: filled.rows.length,
        cells: filled.cells,
        bytes: whole.length,
      });

      // The whole month in one file; when the product refuses it, in parts of PART_ROWS rows (as
      // its message asks), one after another.
      const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
      const send = async (file: Buffer, dryRun: boolean) => {
        const answer = await post(
          `${server.base}/api/reporting/import?period=${period}&dryRun=${dryRun}`,
          cookie,
          file,
          `${period}.xlsx`,
        ).catch((e: Error) => ({ status: 0, text: e.message, ms: 0 }));
        return { ...answer, memory: memory(server) };
      };
      let files = [whole];
      const tried = await send(whole, true);
      if (tried.status !== 200) {
        results[`${key}: one file refused`] =
          `${tried.status} after ${tried.ms} ms: ${tried.text.slice(0, 160)} (server RSS ${tried.memory.rss} MiB, peak ${tried.memory.peak})`;
        run.refused = {
          status: tried.status,
          ms: tried.ms,
          memory: tried.memory,
          error: tried.text.slice(0, 2000),
        };
        files = [];
        for (let i = 0; i < filled.rows.length; i += PART_ROWS)
          files.push(await xlsx(filled.title, filled.header, filled.rows.slice(i, i + PART_ROWS)));
        results[`${key}: in parts of ${PART_ROWS} rows`] = files.length;
      }
      for (const dryRun of [true, false]) {
        const step = dryRun ? 'dry run' : 'commit';
        let ms = 0;
        const totals = { created: 0, values: 0, errors: 0, warnings: 0 };
        let failure: string | null = null;
        let mem = memory(server);
        for (const [k, file] of files.entries()) {
          const answer = dryRun && k === 0 && files[0] === whole ? tried : await send(file, dryRun);
          mem = answer.memory;
          ms += answer.ms;
          if (answer.status !== 200) {
            failure = `part ${k + 1}: ${answer.status} after ${answer.ms} ms: ${answer.text.slice(0, 200)}`;
            break;
          }
          const body = JSON.parse(answer.text) as Answer;
          totals.created += body.created;
          totals.values += body.values;
          totals.errors += body.errors.length;
          totals.warnings += body.warnings.length;
          if (body.errors.length) console.error(body.errors.slice(0, 5));
        }
        run[step] = { ms, totals, memory: mem, failure, parts: files.length };
        results[`${key}: server RSS after the ${step} (peak), MiB`] = `${mem.rss} (${mem.peak})`;
        if (failure) {
          results[`${key}: ${step} failed`] = failure;
          break;
        }
        results[`${key}: ${step}, ms`] = ms;
        results[`${key}: ${step}, values/s`] = perSecond(filled.cells, ms);
        results[`${key}: ${step}: created / values / errors / warnings`] =
          `${totals.created} / ${totals.values} / ${totals.errors} / ${totals.warnings}`;
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
      const commit = run.commit as { failure: string | null; ms: number } | undefined;
      if (commit && !commit.failure)
        results[`${key}: ratio COPY / import commit (values/s)`] =
          Math.round((perSecond(copied, copyMs) / perSecond(filled.cells, commit.ms)) * 10) / 10;
    },
    `${key}: `,
  );
}
results['load average at the end (1 / 5 min)'] = loadAverage();
report(`import-${sizes[0]!.enterprises}-${sizes[1]!.enterprises}`, results, { runs });
