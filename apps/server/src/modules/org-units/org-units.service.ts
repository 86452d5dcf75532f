import {
  canBeChildOf,
  isValidOrgUnitCode,
  ORG_UNIT_KIND_LABELS,
  type Scope,
} from '@gongyeyun/core';
import type {
  TCreateOrgUnitRequest,
  TFindOrgUnitsQuery,
  TOrgUnit,
  TOrgUnitNode,
  TOrgUnitTree,
  TPage,
  TUpdateOrgUnitRequest,
} from '@gongyeyun/contract';
import {
  findOrgUnitByCode,
  findOrgUnitInScope,
  findOrgUnits,
  insertOrgUnit,
  listOrgUnitsInScope,
  updateOrgUnit,
  type OrgUnitRow,
  type OrgUnitWithChildren,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';

const ORG_UNIT = { zh: '该组织机构', en: 'Org unit' };

export const presentOrgUnit = (row: OrgUnitWithChildren): TOrgUnit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  kind: row.kind,
  parentId: row.parentId,
  path: row.path,
  note: row.note,
  childCount: row.childCount,
});

const auditable = (row: OrgUnitRow) => ({
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  kind: row.kind,
  parentId: row.parentId,
  note: row.note,
});

export async function findOrgUnitsPage(
  deps: Deps,
  scope: Scope,
  query: TFindOrgUnitsQuery,
): Promise<TPage<TOrgUnit>> {
  const page = await findOrgUnits(deps.db, scope, query);
  return {
    items: page.items.map(presentOrgUnit),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getOrgUnit(deps: Deps, scope: Scope, id: number): Promise<TOrgUnit> {
  const row = await findOrgUnitInScope(deps.db, scope, id);
  if (!row) throw notFound(ORG_UNIT);
  return presentOrgUnit(row);
}

/** The caller's subtrees as a tree; the roots are the granted units themselves. */
export async function getOrgUnitTree(deps: Deps, scope: Scope): Promise<TOrgUnitTree> {
  const rows = await listOrgUnitsInScope(deps.db, scope);
  const nodes = new Map<number, TOrgUnitNode>();
  const roots: TOrgUnitNode[] = [];
  for (const row of rows) {
    const node: TOrgUnitNode = {
      id: row.id,
      code: row.code,
      name: row.name,
      nameEn: row.nameEn,
      kind: row.kind,
      children: [],
    };
    nodes.set(row.id, node);
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots };
}

function checkCode(kind: TCreateOrgUnitRequest['kind'], code: string) {
  if (!isValidOrgUnitCode(kind, code)) {
    const text = {
      zh: `代码“${code}”不符合${ORG_UNIT_KIND_LABELS[kind].zh}的代码规则（行政区划用 GB/T 2260 的 6 位代码，乡镇用 9 位统计代码，园区和部门用字母、数字和连字符）`,
      en: `Code “${code}” does not fit a ${ORG_UNIT_KIND_LABELS[kind].en.toLowerCase()} (divisions: 6-digit GB/T 2260; townships: 9 digits; parks and departments: letters, digits, hyphens)`,
    };
    throw new AppError('VALIDATION', text, [{ field: 'code', text }]);
  }
}

async function checkCodeFree(deps: Deps, code: string, exceptId?: number) {
  const existing = await findOrgUnitByCode(deps.db, code);
  if (existing && existing.id !== exceptId) {
    const text = {
      zh: `代码“${code}”已被“${existing.name}”使用`,
      en: `Code “${code}” is already used by “${existing.name}”`,
    };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
}

export async function createOrgUnit(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TCreateOrgUnitRequest,
): Promise<TOrgUnit> {
  const parent = await findOrgUnitInScope(deps.db, actor.scope, input.parentId);
  if (!parent) throw notFound({ zh: '上级组织机构', en: 'Parent org unit' });
  if (!canBeChildOf(input.kind, parent.kind)) {
    const text = {
      zh: `${ORG_UNIT_KIND_LABELS[input.kind].zh}不能设在${ORG_UNIT_KIND_LABELS[parent.kind].zh}之下`,
      en: `A ${ORG_UNIT_KIND_LABELS[input.kind].en.toLowerCase()} cannot sit under a ${ORG_UNIT_KIND_LABELS[parent.kind].en.toLowerCase()}`,
    };
    throw new AppError('VALIDATION', text, [{ field: 'kind', text }]);
  }
  checkCode(input.kind, input.code);
  await checkCodeFree(deps, input.code);
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertOrgUnit(tx, input, parent);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'org_unit',
      entityId: created.id,
      after: auditable(created),
    });
    return created;
  });
  return presentOrgUnit({ ...row, childCount: 0 });
}

export async function editOrgUnit(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: TUpdateOrgUnitRequest,
): Promise<TOrgUnit> {
  const before = await findOrgUnitInScope(deps.db, actor.scope, id);
  if (!before) throw notFound(ORG_UNIT);
  if (input.code !== undefined && input.code !== before.code) {
    checkCode(before.kind, input.code);
    await checkCodeFree(deps, input.code, id);
  }
  const row = await deps.db.transaction(async (tx) => {
    const updated = (await updateOrgUnit(tx, id, input))!;
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'org_unit',
      entityId: id,
      before: auditable(before),
      after: auditable(updated),
    });
    return updated;
  });
  return presentOrgUnit({ ...row, childCount: before.childCount });
}

/**
 * The area a figure or a target page is about: the org unit asked for if it lies in the
 * caller's scope (else 404), or the caller's own area — the highest unit of their scope that is
 * not a department.
 */
export async function areaOf(deps: Deps, scope: Scope, unitId?: number): Promise<OrgUnitRow> {
  if (unitId !== undefined) {
    const unit = await findOrgUnitInScope(deps.db, scope, unitId);
    if (!unit) throw notFound({ zh: '该地区', en: 'Area' });
    return unit;
  }
  const top = (await listOrgUnitsInScope(deps.db, scope))
    .filter((u) => u.kind !== 'department')
    .sort((a, b) => a.depth - b.depth || a.id - b.id)[0];
  if (!top)
    throw new AppError('FORBIDDEN', { zh: '您没有可统计的地区', en: 'No area in your scope' });
  return top;
}
