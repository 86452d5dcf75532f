import { rankCounties, type CountyFigures, type RankingScheme, type Scope } from '@gongyeyun/core';
import type { TPublishInput, TRanking, TScheme, TSchemeInput } from '@gongyeyun/contract';
import {
  findOrgUnitInScope,
  findPublishedRanking,
  findRankingScheme,
  insertPublishedRanking,
  insertRankingScheme,
  latestRankingVersion,
  listActuals,
  listOrgUnitsInScope,
  listPublishedRankings,
  listRankingSchemes,
  listTargets,
  type PublishedRankingRow,
  type RankingSchemeRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { actualOf } from './targets.service';

const presentScheme = (row: RankingSchemeRow): TScheme => ({
  id: row.id,
  year: row.year,
  name: row.name,
  orgUnitId: row.orgUnitId,
  scheme: row.scheme as TScheme['scheme'],
});

export async function listSchemes(deps: Deps, year?: number): Promise<TScheme[]> {
  return (await listRankingSchemes(deps.db, year)).map(presentScheme);
}

export async function createScheme(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TSchemeInput,
): Promise<TScheme> {
  const unit = await findOrgUnitInScope(deps.db, actor.scope, input.orgUnitId);
  if (!unit) throw notFound({ zh: '该组织机构', en: 'Org unit' });
  return deps.db.transaction(async (tx) => {
    const id = await insertRankingScheme(tx, input);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'ranking_scheme',
      entityId: id,
      after: input,
    });
    return { id, ...input };
  });
}

/** What a ranking is computed from, frozen with it when published. */
export interface Frozen {
  scheme: RankingScheme;
  names: Record<string, string>;
  counties: CountyFigures[];
  result: TRanking['counties'];
}

async function schemeIn(deps: Deps, scope: Scope, schemeId: number) {
  const row = await findRankingScheme(deps.db, schemeId);
  if (!row || !(await findOrgUnitInScope(deps.db, scope, row.orgUnitId)))
    throw notFound({ zh: '该考评方案', en: 'Ranking scheme' });
  return row;
}

/** Each county's figure and target for every metric of the scheme at the period. */
async function compute(
  deps: Deps,
  scope: Scope,
  row: RankingSchemeRow,
  period: string,
): Promise<Frozen> {
  const scheme = row.scheme;
  const units = await listOrgUnitsInScope(deps.db, scope);
  const counties = units.filter((u) => u.parentId === row.orgUnitId && u.kind === 'county');
  const parent = units.find((u) => u.id === row.orgUnitId)!;
  const targets = await listTargets(deps.db, scope, { year: row.year, underPath: parent.path });
  const actuals = await listActuals(
    deps.db,
    targets.map((t) => t.id),
  );
  const figures: CountyFigures[] = [];
  for (const county of counties) {
    const values: Record<string, number | null> = {};
    const goals: Record<string, number | null> = {};
    for (const metric of scheme.metrics) {
      const target = targets.find((t) => t.orgUnitId === county.id && t.metric === metric.key);
      goals[metric.key] = target ? Number(target.goal) : null;
      values[metric.key] = await actualOf(
        deps.db,
        scope,
        metric.key,
        county,
        period,
        target ? actuals.filter((a) => a.targetId === target.id) : [],
      );
    }
    figures.push({ key: String(county.id), values, targets: goals });
  }
  const names = Object.fromEntries(counties.map((c) => [String(c.id), c.name]));
  const result = rankCounties(scheme, figures).map((c) => ({ ...c, name: names[c.key] ?? c.key }));
  return { scheme, names, counties: figures, result };
}

/** The ranking as it would be published now (version 0). */
export async function previewRanking(
  deps: Deps,
  scope: Scope,
  schemeId: number,
  period: string,
): Promise<TRanking> {
  const row = await schemeIn(deps, scope, schemeId);
  const frozen = await compute(deps, scope, row, period);
  return {
    id: null,
    schemeId,
    period,
    version: 0,
    reason: null,
    publishedAt: null,
    counties: frozen.result,
  };
}

const presentPublished = (row: PublishedRankingRow): TRanking => ({
  id: row.id,
  schemeId: row.schemeId,
  period: row.period,
  version: row.version,
  reason: row.reason,
  publishedAt: row.publishedAt.toISOString(),
  counties: (row.frozen as Frozen).result,
});

/** Every published version of a scheme's rankings, newest first: never recomputed. */
export async function publishedRankings(
  deps: Deps,
  scope: Scope,
  schemeId: number,
  period?: string,
): Promise<TRanking[]> {
  await schemeIn(deps, scope, schemeId);
  return (await listPublishedRankings(deps.db, schemeId, period)).map(presentPublished);
}

/** One published ranking with what was frozen with it (its scheme's metrics and names). */
export async function publishedRanking(
  deps: Deps,
  scope: Scope,
  id: number,
): Promise<{ ranking: TRanking; frozen: Frozen; schemeName: string }> {
  const row = await findPublishedRanking(deps.db, id);
  if (!row) throw notFound({ zh: '该榜单', en: 'Published ranking' });
  const scheme = await schemeIn(deps, scope, row.schemeId).catch(() => {
    throw notFound({ zh: '该榜单', en: 'Published ranking' });
  });
  return { ranking: presentPublished(row), frozen: row.frozen as Frozen, schemeName: scheme.name };
}

/**
 * Publishes a month's ranking, frozen with the scheme and every county's figures and targets.
 * Publishing a period again makes a new version and needs the reason; earlier versions stay.
 */
export async function publishRanking(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TPublishInput,
): Promise<TRanking> {
  return publishAs(deps, ctx, { scope: actor.scope, userId: actor.userId }, input);
}

/** `publishRanking` for a caller of the given scope (the demo publishes as the city). */
export async function publishAs(
  deps: Deps,
  ctx: RequestContext,
  by: { scope: Scope; userId: number | null },
  input: TPublishInput,
): Promise<TRanking> {
  const row = await schemeIn(deps, by.scope, input.schemeId);
  const frozen = await compute(deps, by.scope, row, input.period);
  return deps.db.transaction(async (tx) => {
    const latest = await latestRankingVersion(tx, row.id, input.period);
    if (latest > 0 && !input.reason) {
      const text = {
        zh: '该月排名已发布过，重新发布须说明原因',
        en: 'This month was published before; give the reason for a new version',
      };
      throw new AppError('VALIDATION', text, [{ field: 'reason', text }]);
    }
    const version = latest + 1;
    const id = await insertPublishedRanking(tx, {
      schemeId: row.id,
      period: input.period,
      version,
      reason: input.reason,
      frozen,
      publishedBy: by.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'publish',
      entity: 'ranking',
      entityId: id,
      after: { schemeId: row.id, period: input.period, version, reason: input.reason },
    });
    const [saved] = await listPublishedRankings(tx, row.id, input.period);
    return presentPublished(saved!);
  });
}
