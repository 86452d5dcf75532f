import type { Scope } from '@gongyeyun/core';
import { listIndicators, listValuesInScope } from '@gongyeyun/db';
import type { Deps } from '../../deps';
import { storedFigure } from './report-writes';
import { orgPathFilter } from './reports.service';

/** A period's figures in scope, as the data-value API gives them. */
export async function listDataValues(
  deps: Deps,
  scope: Scope,
  query: { period: string; indicator?: string | undefined; orgUnitId?: number | undefined },
) {
  const decimals = new Map((await listIndicators(deps.db)).map((i) => [i.code, i.decimals]));
  const rows = await listValuesInScope(deps.db, scope, {
    period: query.period,
    indicator: query.indicator,
    orgPath: await orgPathFilter(deps.db, scope, query.orgUnitId),
  });
  return {
    dataValues: rows.map((r) => {
      const d = decimals.get(r.indicator) ?? 4;
      return {
        ...r,
        month: storedFigure(r.month, d),
        ytd: storedFigure(r.ytd, d),
        prevYearYtd: storedFigure(r.prevYearYtd, d),
      };
    }),
  };
}
