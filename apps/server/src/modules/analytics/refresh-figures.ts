import { DEFAULT_OUTPUT_BANDS, parsePeriod } from '@gongyeyun/core';
import { refreshAggregates, type BandRule, type Database } from '@gongyeyun/db';

/** Output bands are read from 工业总产值: last year's annual figure, else this year's annualised. */
export const BAND_INDICATOR = 'output';

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
 * Brings a period's cockpit figures in step with its reports. Call it in the transaction that
 * changes which reports count (submission, return, approval, a correction, an import), once.
 */
export async function refreshPeriodFigures(tx: Database, period: string): Promise<void> {
  await refreshAggregates(tx, period, bandRuleFor(period));
}
