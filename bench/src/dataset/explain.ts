/**
 * EXPLAIN ANALYZE of the product's own queries on a loaded database, captured with
 * auto_explain on one connection (plans come back as notices): the refresh of a period's
 * cockpit aggregates (a rebuild: imports, the demo load, a repair) and the first page of the
 * enterprise rows behind the city's growth by contribution (the cockpit's explain view; its
 * top-N ranking is the same query).
 */
import { DEFAULT_OUTPUT_BANDS, parsePeriod, wholeDivisors } from '@gongyeyun/core';
import {
  findAggregates,
  findFigureFactsPage,
  refreshAggregates,
  type Database,
} from '@gongyeyun/db';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';

export async function explainProductQueries(url: string, period: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: string[] = [];
  client.on('notice', (n) => plans.push(n.message ?? ''));
  try {
    await client.query(`load 'auto_explain'`);
    await client.query(`set auto_explain.log_min_duration = 0`);
    await client.query(`set auto_explain.log_analyze = on`);
    await client.query(`set auto_explain.log_buffers = on`);
    await client.query(`set auto_explain.log_level = notice`);
    const db = drizzle(client) as unknown as Database;
    const parts = parsePeriod(period)!;
    const bands = {
      indicator: 'output',
      bands: DEFAULT_OUTPUT_BANDS,
      annualPeriod: `${parts.year - 1}-12`,
      monthsCovered: parts.month,
    };
    const [{ id: cityId, path } = { id: 0, path: '' }] = (
      await client.query<{ id: number; path: string }>(
        `select id, path from org_units where code = '451300'`,
      )
    ).rows;
    plans.push(`-- refreshAggregates('${period}')`);
    await db.transaction((tx) => refreshAggregates(tx, period, bands));
    const scope = { orgUnitPaths: [path], enterpriseIds: [] };
    const filter = {
      period,
      indicator: 'output',
      basis: 'approved' as const,
      orgUnitIds: [cityId],
      dimension: 'total' as const,
      dimKey: '',
      orgUnitId: cityId,
      bands,
    };
    const [whole] = await findAggregates(db, filter);
    plans.push(`-- findFigureFactsPage: the first 20 enterprise rows by contribution`);
    await findFigureFactsPage(db, scope, filter, {
      sort: 'contribution',
      direction: 'desc',
      offset: 0,
      limit: 20,
      divisors: wholeDivisors({
        key: '',
        ytd: whole?.ytdComparable ?? '0',
        ytdPrevYear: whole?.ytdPrevYear ?? '0',
      }),
    });
  } finally {
    await client.end();
  }
  return plans.filter((p) => !/^(LOAD|SET)\b/.test(p)).join('\n\n');
}
