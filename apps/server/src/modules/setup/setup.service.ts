import type { OrgUnitKind } from '@gongyeyun/core';
import {
  countUsers,
  findOrgUnitByCode,
  getSetting,
  insertOrgUnit,
  loadDivisions,
  putSetting,
  type Database,
  type DivisionRecord,
  type OrgUnitRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import { beijingToday, ensureReportingDefaults } from '../reporting/reporting-settings.service';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { createUser } from '../users/users.service';

/** NBS statistical-only county-level zones (development zones, 新区): not GB/T 2260 divisions. */
const isStatisticalZone = (d: DivisionRecord) => d.level === 'county' && /^\d{4}7\d$/.test(d.code);

const KIND_OF_LEVEL: Record<DivisionRecord['level'], OrgUnitKind> = {
  province: 'province',
  city: 'city',
  county: 'county',
  township: 'township',
};

/**
 * Creates the org units of a region from the shipped GB/T 2260 data: its ancestors up to the
 * province, itself, and every division below it. Existing units (by code) are kept as they are.
 * Returns the region's own org unit.
 */
export async function ensureRegion(
  tx: Database,
  ctx: RequestContext & { systemName?: string },
  regionCode: string,
): Promise<{ region: OrgUnitRow; created: number }> {
  const all = loadDivisions().filter((d) => !isStatisticalZone(d));
  const byCode = new Map(all.map((d) => [d.code, d]));
  const region = byCode.get(regionCode);
  if (!region) {
    throw new AppError('VALIDATION', {
      zh: `行政区划代码 ${regionCode} 不在内置的 GB/T 2260 数据中`,
      en: `Division code ${regionCode} is not in the shipped GB/T 2260 data`,
    });
  }
  const chain: DivisionRecord[] = [];
  for (
    let d: DivisionRecord | undefined = region;
    d;
    d = d.parent ? byCode.get(d.parent) : undefined
  )
    chain.unshift(d);
  const below = (code: string): DivisionRecord[] =>
    all.filter((d) => d.parent === code).sort((a, b) => a.code.localeCompare(b.code));

  let created = 0;
  const ensure = async (d: DivisionRecord, parent: OrgUnitRow | null, sortOrder: number) => {
    const existing = await findOrgUnitByCode(tx, d.code);
    if (existing) return existing;
    created++;
    return insertOrgUnit(
      tx,
      { code: d.code, name: d.name, kind: KIND_OF_LEVEL[d.level], sortOrder },
      parent,
    );
  };
  let parent: OrgUnitRow | null = null;
  for (const d of chain) parent = await ensure(d, parent, 0);
  const regionRow = parent!;
  const walk = async (d: DivisionRecord, row: OrgUnitRow) => {
    for (const [i, child] of below(d.code).entries())
      await walk(child, await ensure(child, row, i));
  };
  await walk(region, regionRow);
  await recordAudit(tx, ctx, {
    action: 'load_divisions',
    entity: 'org_unit',
    entityId: regionRow.id,
    after: { region: regionCode, created },
  });
  return { region: regionRow, created };
}

export type InitialisationResult =
  | { kind: 'existing' }
  | { kind: 'demo'; logins: { username: string; role: string; scope: string }[]; password: string }
  | { kind: 'admin'; username: string; password: string };

/**
 * On an empty database: the demo city in demo mode; otherwise the configured region and one
 * administrator whose generated password is returned to be printed once.
 */
export async function initialiseInstallation(
  deps: Deps,
  loadDemo: (deps: Deps) => Promise<Extract<InitialisationResult, { kind: 'demo' }>>,
): Promise<InitialisationResult> {
  if ((await countUsers(deps.db)) > 0) return { kind: 'existing' };
  if (deps.config.demo) return loadDemo(deps);
  const ctx = { actor: null, ip: null, requestId: null, systemName: 'setup' };
  const region = await deps.db.transaction(
    async (tx) => (await ensureRegion(tx, ctx, deps.config.region)).region,
  );
  await ensureReportingDefaults(deps.db, [Number(beijingToday().slice(0, 4))]);
  const { temporaryPassword } = await createUser(deps, ctx, 'system', {
    username: 'admin',
    displayName: '系统管理员',
    grants: [{ role: 'admin', orgUnitId: region.id, enterpriseId: null }],
  });
  await putSetting(deps.db, 'installation', {
    region: deps.config.region,
    demo: false,
    at: new Date().toISOString(),
  });
  return { kind: 'admin', username: 'admin', password: temporaryPassword! };
}

export const installationInfo = (db: Database) =>
  getSetting<{ region: string; demo: boolean; at: string }>(db, 'installation');
