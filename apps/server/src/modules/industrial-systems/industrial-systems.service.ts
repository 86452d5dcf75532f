import { isOrgUnitInScope, type Scope } from '@gongyeyun/core';
import type {
  TChain,
  TChainInput,
  TChainTierInput,
  TChainUpdate,
  TIndustrialSystem,
  TIndustrialSystemInput,
  TIndustrialSystemUpdate,
} from '@gongyeyun/contract';
import {
  countEnterprisesByChain,
  findChain,
  findIndustrialSystem,
  findIndustrialSystemByCode,
  findIndustryClassesByCodes,
  findOrgUnitById,
  findTier,
  insertChain,
  insertIndustrialSystem,
  insertTier,
  listChainCodes,
  listChains,
  listIndustrialSystems,
  listTiers,
  replaceChainCodes,
  updateChain,
  updateIndustrialSystem,
  updateTier,
  type ChainRow,
  type Database,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { reclassifyAllEnterprises } from '../enterprises/classification';

const SYSTEM = { zh: '该产业体系', en: 'Industrial system' };
const CHAIN = { zh: '该产业链', en: 'Chain' };

async function presentChains(db: Database, scope: Scope, rows: ChainRow[]): Promise<TChain[]> {
  const ids = rows.map((c) => c.id);
  const [codes, counts] = await Promise.all([
    listChainCodes(db, ids),
    countEnterprisesByChain(db, scope, ids),
  ]);
  const names = new Map(
    (
      await findIndustryClassesByCodes(
        db,
        codes.map((c) => c.code),
      )
    ).map((c) => [c.code, c.name]),
  );
  const departments = new Map<number, string>();
  for (const id of new Set(rows.flatMap((c) => (c.leadDepartmentId ? [c.leadDepartmentId] : [])))) {
    const unit = await findOrgUnitById(db, id);
    if (unit) departments.set(id, unit.name);
  }
  return rows.map((c) => ({
    id: c.id,
    systemId: c.systemId,
    tierId: c.tierId,
    parentId: c.parentId,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    leaderName: c.leaderName,
    leaderTitle: c.leaderTitle,
    leadDepartmentId: c.leadDepartmentId,
    leadDepartmentName: c.leadDepartmentId ? (departments.get(c.leadDepartmentId) ?? null) : null,
    sortOrder: c.sortOrder,
    isActive: c.isActive,
    industryCodes: codes
      .filter((x) => x.chainId === c.id)
      .map((x) => ({ code: x.code, name: names.get(x.code) ?? '' })),
    enterpriseCount: counts.get(c.id) ?? 0,
  }));
}

export async function listSystems(deps: Deps, scope: Scope): Promise<TIndustrialSystem[]> {
  const systems = await listIndustrialSystems(deps.db);
  const ids = systems.map((s) => s.id);
  const [tiers, chains] = await Promise.all([listTiers(deps.db, ids), listChains(deps.db, ids)]);
  const presented = await presentChains(deps.db, scope, chains);
  return systems.map((s) => ({
    id: s.id,
    orgUnitId: s.orgUnitId,
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    description: s.description,
    isActive: s.isActive,
    tiers: tiers.filter((t) => t.systemId === s.id),
    chains: presented.filter((c) => c.systemId === s.id),
  }));
}

async function getSystem(deps: Deps, scope: Scope, id: number): Promise<TIndustrialSystem> {
  const system = (await listSystems(deps, scope)).find((s) => s.id === id);
  if (!system) throw notFound(SYSTEM);
  return system;
}

export async function getChain(deps: Deps, scope: Scope, id: number): Promise<TChain> {
  const row = await findChain(deps.db, id);
  if (!row) throw notFound(CHAIN);
  return (await presentChains(deps.db, scope, [row]))[0]!;
}

export async function createSystem(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TIndustrialSystemInput,
): Promise<TIndustrialSystem> {
  const unit = await findOrgUnitById(deps.db, input.orgUnitId);
  if (!unit || !isOrgUnitInScope(unit.path, actor.scope)) {
    const text = {
      zh: '所选地区不存在或不在您的管理范围内',
      en: 'The region does not exist or is outside your scope',
    };
    throw new AppError('VALIDATION', text, [{ field: 'orgUnitId', text }]);
  }
  if (await findIndustrialSystemByCode(deps.db, input.code)) {
    const text = { zh: `代码“${input.code}”已被使用`, en: `Code “${input.code}” is taken` };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertIndustrialSystem(tx, input);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'industrial_system',
      entityId: created.id,
      after: input,
    });
    return created;
  });
  return getSystem(deps, actor.scope, row.id);
}

export async function editSystem(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: TIndustrialSystemUpdate,
): Promise<TIndustrialSystem> {
  const before = await findIndustrialSystem(deps.db, id);
  if (!before) throw notFound(SYSTEM);
  await deps.db.transaction(async (tx) => {
    const after = await updateIndustrialSystem(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'industrial_system',
      entityId: id,
      before,
      after,
    });
  });
  return getSystem(deps, actor.scope, id);
}

export async function addTier(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  systemId: number,
  input: TChainTierInput,
): Promise<TIndustrialSystem> {
  if (!(await findIndustrialSystem(deps.db, systemId))) throw notFound(SYSTEM);
  if ((await listTiers(deps.db, [systemId])).some((t) => t.name === input.name)) {
    const text = { zh: `层级“${input.name}”已存在`, en: `Tier “${input.name}” exists` };
    throw new AppError('CONFLICT', text, [{ field: 'name', text }]);
  }
  await deps.db.transaction(async (tx) => {
    const tier = await insertTier(tx, { ...input, systemId });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'chain_tier',
      entityId: tier.id,
      after: tier,
    });
  });
  return getSystem(deps, actor.scope, systemId);
}

export async function editTier(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: Partial<TChainTierInput>,
): Promise<TIndustrialSystem> {
  const before = await findTier(deps.db, id);
  if (!before) throw notFound({ zh: '该层级', en: 'Tier' });
  await deps.db.transaction(async (tx) => {
    const after = await updateTier(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'chain_tier',
      entityId: id,
      before,
      after,
    });
  });
  return getSystem(deps, actor.scope, before.systemId);
}

/** Checks the parts of a chain that refer to other records. */
async function checkChainRefs(
  db: Database,
  systemId: number,
  input: Pick<TChainUpdate, 'tierId' | 'parentId' | 'leadDepartmentId' | 'industryCodes'>,
  selfId?: number,
) {
  const fail = (field: string, zh: string, en: string): never => {
    throw new AppError('VALIDATION', { zh, en }, [{ field, text: { zh, en } }]);
  };
  if (input.tierId !== undefined) {
    const tier = await findTier(db, input.tierId);
    if (!tier || tier.systemId !== systemId)
      fail('tierId', '层级不属于该产业体系', 'The tier is not part of this system');
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    const parent = await findChain(db, input.parentId);
    if (!parent || parent.systemId !== systemId)
      fail('parentId', '上级产业链不属于该产业体系', 'The parent chain is not part of this system');
    if (parent?.parentId !== null)
      fail('parentId', '子链不能再设子链', 'A sub-chain cannot have sub-chains');
    if (parent?.id === selfId)
      fail('parentId', '产业链不能是自己的上级', 'A chain cannot be its own parent');
  }
  if (input.leadDepartmentId !== undefined && input.leadDepartmentId !== null) {
    const dept = await findOrgUnitById(db, input.leadDepartmentId);
    if (dept?.kind !== 'department')
      fail('leadDepartmentId', '牵头部门须为部门', 'The lead department must be a department');
  }
  if (input.industryCodes?.length) {
    const known = new Set(
      (await findIndustryClassesByCodes(db, input.industryCodes)).map((c) => c.code),
    );
    const unknown = input.industryCodes.filter((c) => !known.has(c));
    if (unknown.length) {
      fail(
        'industryCodes',
        `行业代码不存在：${unknown.join('、')}`,
        `Unknown industry codes: ${unknown.join(', ')}`,
      );
    }
  }
}

export async function createChain(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TChainInput,
): Promise<TChain> {
  if (!(await findIndustrialSystem(deps.db, input.systemId))) throw notFound(SYSTEM);
  await checkChainRefs(deps.db, input.systemId, input);
  if ((await listChains(deps.db, [input.systemId])).some((c) => c.code === input.code)) {
    const text = { zh: `产业链代码“${input.code}”已存在`, en: `Chain code “${input.code}” exists` };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
  const { industryCodes, ...values } = input;
  const row = await deps.db.transaction(async (tx) => {
    const chain = await insertChain(tx, values);
    await replaceChainCodes(tx, chain.id, industryCodes);
    const reclassified = await reclassifyAllEnterprises(tx);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'chain',
      entityId: chain.id,
      after: { ...input, reclassified },
    });
    return chain;
  });
  return getChain(deps, actor.scope, row.id);
}

export async function editChain(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: TChainUpdate,
): Promise<TChain> {
  const before = await getChain(deps, actor.scope, id);
  await checkChainRefs(deps.db, before.systemId, input, id);
  const { industryCodes, ...values } = input;
  await deps.db.transaction(async (tx) => {
    await updateChain(tx, id, values);
    const mappingChanged =
      (industryCodes !== undefined &&
        [...industryCodes].sort().join() !==
          before.industryCodes
            .map((c) => c.code)
            .sort()
            .join()) ||
      (input.isActive !== undefined && input.isActive !== before.isActive);
    if (industryCodes !== undefined) await replaceChainCodes(tx, id, industryCodes);
    const reclassified = mappingChanged ? await reclassifyAllEnterprises(tx) : 0;
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'chain',
      entityId: id,
      before: { ...before, enterpriseCount: undefined },
      after: { ...input, reclassified },
    });
  });
  return getChain(deps, actor.scope, id);
}
