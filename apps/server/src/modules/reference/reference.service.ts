import type {
  TEnterpriseTag,
  TEnterpriseTagInput,
  TFindIndustryClassesQuery,
  TIndustryClass,
  TPage,
  TScaleThreshold,
  TScaleThresholdInput,
} from '@gongyeyun/contract';
import {
  findEnterpriseTag,
  findIndustryClasses,
  findScaleThreshold,
  insertScaleThreshold,
  listEnterpriseTags,
  listScaleThresholds,
  updateScaleThreshold,
  upsertEnterpriseTag,
  type Database,
  type ScaleThresholdRow,
} from '@gongyeyun/db';
import type { ScaleThresholdRule } from '@gongyeyun/core';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';

export async function findIndustryClassesPage(
  deps: Deps,
  query: TFindIndustryClassesQuery,
): Promise<TPage<TIndustryClass>> {
  const page = await findIndustryClasses(deps.db, query);
  return { items: page.items, total: page.total, page: query.page, pageSize: query.pageSize };
}

const presentThreshold = (row: ScaleThresholdRow): TScaleThreshold => ({
  id: row.id,
  category: row.category,
  fromYear: row.fromYear,
  industryCodes: row.industryCodes ?? null,
  combine: row.combine,
  revenueAtLeast: row.revenueAtLeast,
  employeesAtLeast: row.employeesAtLeast,
  note: row.note,
});

export async function listThresholds(deps: Deps): Promise<TScaleThreshold[]> {
  return (await listScaleThresholds(deps.db)).map(presentThreshold);
}

/** The thresholds as the rules the core judges by (a row missing its amount is left out). */
export async function thresholdRules(db: Database): Promise<ScaleThresholdRule[]> {
  return (await listScaleThresholds(db)).flatMap((row): ScaleThresholdRule[] => {
    const base = {
      category: row.category,
      fromYear: row.fromYear,
      ...(row.industryCodes ? { divisions: row.industryCodes } : {}),
    };
    const revenue = row.revenueAtLeast === null ? null : Number(row.revenueAtLeast);
    switch (row.combine) {
      case 'revenue':
        return revenue === null ? [] : [{ ...base, combine: 'revenue', revenueAtLeast: revenue }];
      case 'revenue_or_employees':
        return revenue === null || row.employeesAtLeast === null
          ? []
          : [
              {
                ...base,
                combine: 'revenue_or_employees',
                revenueAtLeast: revenue,
                employeesAtLeast: row.employeesAtLeast,
              },
            ];
      case 'qualification':
      case 'all':
        return [{ ...base, combine: row.combine }];
    }
  });
}

/** A revenue rule needs its amount, an employees rule its headcount. */
function checkThreshold(input: TScaleThresholdInput): void {
  const needsRevenue = input.combine === 'revenue' || input.combine === 'revenue_or_employees';
  if (needsRevenue && input.revenueAtLeast === null) {
    const text = {
      zh: '按营业收入判定的标准须填写收入门槛（万元）',
      en: 'A revenue rule needs its revenue threshold (万元)',
    };
    throw new AppError('VALIDATION', text, [{ field: 'revenueAtLeast', text }]);
  }
  if (input.combine === 'revenue_or_employees' && input.employeesAtLeast === null) {
    const text = {
      zh: '“收入或从业人员”标准须填写从业人员门槛',
      en: 'A revenue-or-employees rule needs its employee threshold',
    };
    throw new AppError('VALIDATION', text, [{ field: 'employeesAtLeast', text }]);
  }
}

export async function createThreshold(
  deps: Deps,
  ctx: RequestContext,
  input: TScaleThresholdInput,
): Promise<TScaleThreshold> {
  checkThreshold(input);
  return deps.db.transaction(async (tx) => {
    const row = await insertScaleThreshold(tx, input);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'scale_threshold',
      entityId: row.id,
      after: presentThreshold(row),
    });
    return presentThreshold(row);
  });
}

export async function editThreshold(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: TScaleThresholdInput,
): Promise<TScaleThreshold> {
  const before = await findScaleThreshold(deps.db, id);
  if (!before) throw notFound({ zh: '该四上标准', en: 'Threshold rule' });
  checkThreshold(input);
  return deps.db.transaction(async (tx) => {
    const row = (await updateScaleThreshold(tx, id, input))!;
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'scale_threshold',
      entityId: id,
      before: presentThreshold(before),
      after: presentThreshold(row),
    });
    return presentThreshold(row);
  });
}

export async function listTags(deps: Deps): Promise<TEnterpriseTag[]> {
  return listEnterpriseTags(deps.db);
}

export async function saveTag(
  deps: Deps,
  ctx: RequestContext,
  input: TEnterpriseTagInput,
  mode: 'create' | 'update',
): Promise<TEnterpriseTag> {
  const before = await findEnterpriseTag(deps.db, input.code);
  if (mode === 'create' && before) {
    const text = { zh: `标签代码“${input.code}”已存在`, en: `Tag code “${input.code}” exists` };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
  if (mode === 'update' && !before) throw notFound({ zh: '该标签', en: 'Tag' });
  return deps.db.transaction(async (tx) => {
    const row = await upsertEnterpriseTag(tx, input);
    await recordAudit(tx, ctx, {
      action: mode,
      entity: 'enterprise_tag',
      entityId: row.code,
      before: before ?? null,
      after: row,
    });
    return row;
  });
}
