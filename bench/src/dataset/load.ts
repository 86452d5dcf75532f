/**
 * Loads a generated dataset (see generate.ts) into a database that holds the demo city: the
 * CSV files are copied as they are into staging tables (`COPY`, the database's own speed), then
 * turned into the product's rows with set-based SQL (synthetic counties, enterprises, their
 * entry into 规上 and their chains, the periods, one approved report per enterprise and period, the values), and each
 * period's cockpit aggregates are built with the product's own `refreshAggregates`.
 *
 * PostgreSQL: `COPY … FROM STDIN` streamed from the file (bounded memory).
 * PGlite: `COPY … FROM '/dev/blob'`, the file read whole (city scale).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_OUTPUT_BANDS, parsePeriod } from '@gongyeyun/core';
import { createDb, refreshAggregates, type DbHandle } from '@gongyeyun/db';
import { FIRST_YEAR } from './generate';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type LoadTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface LoadTimings {
  /** Rows of report_values.csv. */
  values: number;
  /** COPY of the values file into a bare staging table, ms. */
  copyValuesMs: number;
  copyOtherMs: number;
  /** Enterprises, chains, periods and reports from the staging tables, ms. */
  registryMs: number;
  /** report_values from the staging table (indexes, keys, foreign keys), ms. */
  insertValuesMs: number;
  /** refreshAggregates of every period, ms, and per period. */
  aggregatesMs: number;
  aggregatesPerPeriodMs: number[];
  periods: string[];
}

interface Sql {
  exec(text: string): Promise<void>;
  rows<T>(text: string): Promise<T[]>;
  copy(table: string, file: string): Promise<void>;
  handle: DbHandle;
  close(): Promise<void>;
}

async function connect(target: LoadTarget): Promise<Sql> {
  if (target.kind === 'postgres') {
    const handle = await createDb({ kind: 'postgres', url: target.url, poolSize: 1 });
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      handle,
      exec: async (text) => {
        await client.query(text);
      },
      rows: async <T>(text: string) => (await client.query(text)).rows as T[],
      copy: async (table, file) => {
        const sink = client.query(copyFrom(`copy ${table} from stdin with (format csv, header)`));
        await pipeline(createReadStream(file), sink);
      },
      close: async () => {
        await client.end();
        await handle.close();
      },
    };
  }
  const handle = await createDb({ kind: 'pglite', dataDir: target.dataDir });
  await handle.migrate();
  const lite = handle.pglite!;
  return {
    handle,
    exec: async (text) => {
      await lite.exec(text);
    },
    rows: async <T>(text: string) => (await lite.query<T>(text)).rows,
    copy: async (table, file) => {
      await lite.query(`copy ${table} from '/dev/blob' with (format csv, header)`, [], {
        blob: new Blob([readFileSync(file)]),
      });
    },
    close: () => handle.close(),
  };
}

const ms = (t0: number) => Math.round(performance.now() - t0);

export async function loadDataset(dir: string, target: LoadTarget): Promise<LoadTimings> {
  const db = await connect(target);
  try {
    await db.exec(`
      drop table if exists bench_org_units, bench_enterprises, bench_values;
      create table bench_org_units (code text, name text, kind text, parent_code text);
      create table bench_enterprises (ref integer, uscc text, name text, county_code text,
        industry_code text, chains text, annual_output numeric);
      create table bench_values (enterprise_ref integer, period text, indicator_code text,
        month numeric, ytd numeric, prev_year_ytd numeric);`);
    let t0 = performance.now();
    await db.copy('bench_org_units', join(dir, 'org_units.csv'));
    await db.copy('bench_enterprises', join(dir, 'enterprises.csv'));
    const copyOtherMs = ms(t0);
    t0 = performance.now();
    await db.copy('bench_values', join(dir, 'report_values.csv'));
    const copyValuesMs = ms(t0);

    t0 = performance.now();
    await db.exec(`
      insert into indicators (code, name, name_en, unit, unit_en, kind, decimals, categories,
        required, sort_order)
      values
        ('energy_use', '综合能源消费量', 'Energy consumption', '吨标准煤', 'tce', 'flow', 1,
          '["industry"]', false, 70),
        ('rd_spend', '研究与试验发展经费支出', 'R&D spending', '万元', '10k yuan', 'flow', 1,
          '["industry"]', false, 80)
      on conflict (code) do nothing;

      insert into org_units (code, name, kind, parent_id, path, depth)
      select b.code, b.name, 'county', p.id, 'new:' || b.code, p.depth + 1
      from bench_org_units b join org_units p on p.code = b.parent_code
      where not exists (select 1 from org_units o where o.code = b.code);
      update org_units o set path = p.path || o.id || '/'
      from org_units p where p.id = o.parent_id and o.path like 'new:%';

      insert into enterprises (uscc, name, search_text, county_id, org_path, industry_code,
        scale_category, status)
      select b.uscc, b.name, b.name, c.id, c.path, b.industry_code, 'industry', 'operating'
      from bench_enterprises b join org_units c on c.code = b.county_code
      on conflict (uscc) do nothing;

      create temporary table bench_ids as
        select b.ref, e.id, e.county_id from bench_enterprises b join enterprises e using (uscc);
      create unique index on bench_ids (ref);
      analyze bench_ids;

      -- Every generated enterprise is above the 规上 line: entered the year before its first
      -- period, so it is an expected reporter of every generated period.
      insert into enterprise_scale_events (enterprise_id, category, kind, occurred_on, reason)
      select i.id, 'industry', 'entered', '${FIRST_YEAR - 1}-01-01', '基准数据 generated'
      from bench_ids i
      where not exists (select 1 from enterprise_scale_events s where s.enterprise_id = i.id);

      insert into enterprise_chains (enterprise_id, chain_id, source)
      select i.id, ch.id, 'auto'
      from bench_enterprises b join bench_ids i using (ref)
      cross join lateral unnest(string_to_array(b.chains, '|')) as c(code)
      join chains ch on ch.code = c.code
      on conflict do nothing;

      insert into report_periods (period, year, opens_on, enterprise_deadline, county_deadline,
        locks_on)
      select p, left(p, 4)::int, d, d + 6, d + 9, d + 11
      from (select distinct period as p, ((period || '-01')::date + interval '1 month')::date as d
            from bench_values) x
      on conflict (period) do nothing;

      insert into reports (enterprise_id, period, county_id, status, first_submitted_at,
        submitted_at, approved_at)
      select i.id, p.period, i.county_id, 'approved', now(), now(), now()
      from bench_ids i cross join (select distinct period from bench_values) p
      on conflict (enterprise_id, period) do nothing;
      analyze reports;`);
    const registryMs = ms(t0);

    t0 = performance.now();
    await db.exec(`
      insert into report_values (enterprise_id, period, indicator_code, report_id, month, ytd,
        prev_year_ytd)
      select i.id, v.period, v.indicator_code, r.id, v.month, v.ytd, v.prev_year_ytd
      from bench_values v
      join bench_ids i on i.ref = v.enterprise_ref
      join reports r on r.enterprise_id = i.id and r.period = v.period
      on conflict do nothing;
      analyze report_values;`);
    const insertValuesMs = ms(t0);
    const [count] = await db.rows<{ n: string }>(`select count(*) as n from bench_values`);

    const periods = (
      await db.rows<{ period: string }>(`select distinct period from bench_values order by period`)
    ).map((r) => r.period);
    const aggregatesPerPeriodMs: number[] = [];
    t0 = performance.now();
    for (const period of periods) {
      const t1 = performance.now();
      const parts = parsePeriod(period)!;
      await db.handle.db.transaction((tx) =>
        refreshAggregates(tx, period, {
          indicator: 'output',
          bands: DEFAULT_OUTPUT_BANDS,
          annualPeriod: `${parts.year - 1}-12`,
          monthsCovered: parts.month,
        }),
      );
      aggregatesPerPeriodMs.push(ms(t1));
    }
    const aggregatesMs = ms(t0);
    await db.exec(`analyze report_aggregates;`);
    return {
      values: Number(count?.n ?? 0),
      copyValuesMs,
      copyOtherMs,
      registryMs,
      insertValuesMs,
      aggregatesMs,
      aggregatesPerPeriodMs,
      periods,
    };
  } finally {
    await db.close();
  }
}
