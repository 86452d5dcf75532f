import { DEFAULT_OUTPUT_BANDS, parsePeriod } from '@gongyeyun/core';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import {
  aggregateParts,
  findPeriodAggregates,
  findReportedPeriods,
  refreshAggregates,
  replaceAggregateParts,
  type BandRule,
  type Database,
} from '@gongyeyun/db';

/** Output bands are read from 工业总产值: last year's annual figure, else this year's annualised. */
export const BAND_INDICATOR = 'output';

/**
 * Up to this many enterprises a change takes their part out of the period's aggregates and puts
 * it back; beyond it (a county's import, a bulk approval) the period is rebuilt, which costs the
 * same whatever changed.
 */
export const PART_CHANGE_LIMIT = 500;

/** How output bands are read for a period. */
export function bandRuleFor(period: string): BandRule {
  const parts = parsePeriod(period);
  if (!parts) throw new Error(`Not a reporting period: ${period}`);
  return {
    indicator: BAND_INDICATOR,
    bands: DEFAULT_OUTPUT_BANDS,
    annualPeriod: `${parts.year - 1}-12`,
    monthsCovered: parts.month,
  };
}

/**
 * Rebuilds a period's cockpit figures from all its reports: for loading many reports at once,
 * and to repair. Call it in the transaction that changed the reports, once.
 */
export async function refreshPeriodFigures(tx: Database, period: string): Promise<void> {
  await refreshAggregates(tx, period, bandRuleFor(period));
}

/**
 * Runs `change`, which alters the given enterprises' reports of a period (their values or their
 * status), and keeps the period's cockpit figures in step in the same transaction: what the
 * enterprises counted for is read before, and the difference applied after, so a submission
 * touches its own few dozen aggregate rows and submissions of one period run side by side.
 */
export async function changingPeriodFigures<T>(
  tx: Database,
  period: string,
  enterpriseIds: readonly number[],
  change: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(enterpriseIds)].sort((a, b) => a - b);
  if (ids.length > PART_CHANGE_LIMIT) {
    const result = await change();
    await refreshPeriodFigures(tx, period);
    return result;
  }
  const bands = bandRuleFor(period);
  const before = await aggregateParts(tx, period, bands, ids);
  const result = await change();
  await replaceAggregateParts(tx, period, bands, ids, before);
  return result;
}

/**
 * An administrator's repair (`gongyeyun figures rebuild`): rebuilds the cockpit figures of one
 * period, or of every period with reports, each in its own audited transaction. Returns the
 * aggregate rows each period has afterwards.
 */
export async function rebuildFigures(
  deps: Deps,
  ctx: RequestContext,
  period?: string,
): Promise<{ period: string; rows: number }[]> {
  if (period !== undefined && !parsePeriod(period)) {
    const text = {
      zh: `“${period}”不是报告期，应为“年-月”，如 2021-06`,
      en: `“${period}” is not a reporting period; use year-month, e.g. 2021-06`,
    };
    throw new AppError('VALIDATION', text, [{ field: 'period', text }]);
  }
  const periods = period === undefined ? await findReportedPeriods(deps.db) : [period];
  const done: { period: string; rows: number }[] = [];
  for (const p of periods) {
    const rows = await deps.db.transaction(async (tx) => {
      await refreshPeriodFigures(tx, p);
      const rebuilt = (await findPeriodAggregates(tx, p)).length;
      await recordAudit(tx, ctx, {
        action: 'figures_rebuilt',
        entity: 'report_aggregates',
        entityId: p,
        after: { period: p, rows: rebuilt },
      });
      return rebuilt;
    });
    done.push({ period: p, rows });
  }
  return done;
}
