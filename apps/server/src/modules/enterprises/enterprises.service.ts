import { checkScaleEvent, type ChainIndustryMapping, type Scope } from '@gongyeyun/core';
import type {
  TEnterprise,
  TEnterpriseInput,
  TEnterpriseListItem,
  TEnterpriseUpdate,
  TFindEnterprisesQuery,
  TPage,
  TScaleEventInput,
} from '@gongyeyun/contract';
import {
  addManualChain,
  findChain,
  findEnterpriseInScope,
  findEnterprises,
  findEnterprisesByUscc,
  insertEnterprise,
  insertScaleEvent,
  listEnterpriseChains,
  listScaleEvents,
  removeManualChain,
  updateEnterprise,
  type Database,
  type EnterpriseChainRow,
  type EnterpriseRow,
  type EnterpriseWithNames,
  type ScaleEventRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { classifyEnterprise } from './classification';
import {
  changedFields,
  loadRegistryLookups,
  prepareEnterprise,
  withFormerName,
  type PreparedEnterprise,
  type Writer,
} from './enterprise-rules';

const ENTERPRISE = { zh: '该企业', en: 'Enterprise' };

export const writerOf = (actor: Actor): Writer => ({
  scope: actor.scope,
  isAdmin: actor.roles.includes('admin'),
});

export function presentListItem(
  row: EnterpriseWithNames,
  chains: EnterpriseChainRow[],
): TEnterpriseListItem {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    countyId: row.countyId,
    countyName: row.countyName,
    parkId: row.parkId,
    parkName: row.parkName,
    industryCode: row.industryCode,
    industryName: row.industryName,
    status: row.status,
    scaleCategory: row.scaleCategory,
    tags: row.tags,
    chains: chains
      .filter((c) => c.enterpriseId === row.id)
      .map((c) => ({ id: c.chainId, name: c.name })),
  };
}

function presentEnterprise(
  row: EnterpriseWithNames,
  chains: EnterpriseChainRow[],
  events: ScaleEventRow[],
): TEnterprise {
  return {
    ...presentListItem(row, chains),
    usccAcceptedReason: row.usccAcceptedReason,
    formerNames: row.formerNames,
    legalRepresentative: row.legalRepresentative,
    address: row.address,
    townshipId: row.townshipId,
    townshipName: row.townshipName,
    registeredCapital: row.registeredCapital,
    foundedOn: row.foundedOn,
    contactPerson: row.contactPerson,
    contactPhone: row.contactPhone,
    chains: chains.map((c) => ({
      id: c.chainId,
      name: c.name,
      tierName: c.tierName,
      source: c.source,
    })),
    scaleEvents: events.map((e) => ({
      id: e.id,
      category: e.category,
      kind: e.kind,
      occurredOn: e.occurredOn,
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findEnterprisesPage(
  deps: Deps,
  scope: Scope,
  query: TFindEnterprisesQuery,
): Promise<TPage<TEnterpriseListItem>> {
  const page = await findEnterprises(deps.db, scope, query);
  const chains = await listEnterpriseChains(
    deps.db,
    page.items.map((e) => e.id),
  );
  return {
    items: page.items.map((e) => presentListItem(e, chains)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getEnterprise(
  deps: Deps,
  scope: Scope,
  id: number,
  db: Database = deps.db,
): Promise<TEnterprise> {
  const row = await findEnterpriseInScope(db, scope, id);
  if (!row) throw notFound(ENTERPRISE);
  const [chains, events] = await Promise.all([
    listEnterpriseChains(db, [id]),
    listScaleEvents(db, [id]),
  ]);
  return presentEnterprise(row, chains, events);
}

/** Stores a checked enterprise (new, or changes to an existing one), classifies and audits it. */
export async function storeEnterprise(
  tx: Database,
  ctx: RequestContext & { systemName?: string },
  values: PreparedEnterprise,
  existing: EnterpriseRow | undefined,
  mappings?: ChainIndustryMapping[],
): Promise<EnterpriseRow> {
  if (!existing) {
    const created = await insertEnterprise(tx, values);
    await classifyEnterprise(tx, created.id, created.industryCode, mappings);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'enterprise',
      entityId: created.id,
      after: values,
    });
    return created;
  }
  const next = withFormerName(existing, values);
  const changed = changedFields(existing, next);
  if (changed.length === 0) return existing;
  const updated = (await updateEnterprise(tx, existing.id, next))!;
  if (changed.includes('industryCode'))
    await classifyEnterprise(tx, updated.id, updated.industryCode);
  await recordAudit(tx, ctx, {
    action: 'update',
    entity: 'enterprise',
    entityId: existing.id,
    before: Object.fromEntries(changed.map((k) => [k, existing[k]])),
    after: Object.fromEntries(changed.map((k) => [k, next[k]])),
  });
  return updated;
}

function throwProblems(problems: { field: string; text: { zh: string; en: string } }[]): never {
  throw new AppError(
    'VALIDATION',
    {
      zh: problems.map((p) => p.text.zh).join('；'),
      en: problems.map((p) => p.text.en).join('; '),
    },
    problems,
  );
}

export async function createEnterprise(
  deps: Deps,
  ctx: RequestContext,
  writer: Writer,
  input: TEnterpriseInput,
): Promise<number> {
  const prepared = prepareEnterprise(await loadRegistryLookups(deps.db), writer, input);
  if (!prepared.ok) throwProblems(prepared.problems);
  const [existing] = await findEnterprisesByUscc(deps.db, [prepared.value.uscc]);
  if (existing) {
    const text = {
      zh: `统一社会信用代码 ${prepared.value.uscc} 已登记（企业库中已有此企业）`,
      en: `USCC ${prepared.value.uscc} is already registered`,
    };
    throw new AppError('CONFLICT', text, [{ field: 'uscc', text }]);
  }
  const row = await deps.db.transaction((tx) =>
    storeEnterprise(tx, ctx, prepared.value, undefined),
  );
  return row.id;
}

export async function editEnterprise(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  patch: TEnterpriseUpdate,
): Promise<TEnterprise> {
  const current = await getEnterprise(deps, actor.scope, id);
  const input: TEnterpriseInput = {
    uscc: current.uscc,
    usccAcceptedReason: current.usccAcceptedReason,
    name: current.name,
    formerNames: current.formerNames,
    legalRepresentative: current.legalRepresentative,
    address: current.address,
    countyId: current.countyId,
    townshipId: current.townshipId,
    parkId: current.parkId,
    industryCode: current.industryCode,
    registeredCapital: current.registeredCapital,
    foundedOn: current.foundedOn,
    status: current.status,
    contactPerson: current.contactPerson,
    contactPhone: current.contactPhone,
    tags: current.tags,
    ...patch,
  };
  const [existing] = await findEnterprisesByUscc(deps.db, [current.uscc]);
  const prepared = prepareEnterprise(
    await loadRegistryLookups(deps.db),
    writerOf(actor),
    input,
    existing,
  );
  if (!prepared.ok) throwProblems(prepared.problems);
  if (prepared.value.uscc !== current.uscc) {
    const [taken] = await findEnterprisesByUscc(deps.db, [prepared.value.uscc]);
    if (taken) {
      const text = {
        zh: `统一社会信用代码 ${prepared.value.uscc} 已被另一家企业使用`,
        en: `USCC ${prepared.value.uscc} belongs to another enterprise`,
      };
      throw new AppError('CONFLICT', text, [{ field: 'uscc', text }]);
    }
  }
  return deps.db.transaction(async (tx) => {
    if (prepared.value.uscc !== current.uscc) {
      await updateEnterprise(tx, id, { uscc: prepared.value.uscc });
      await recordAudit(tx, ctx, {
        action: 'update',
        entity: 'enterprise',
        entityId: id,
        before: { uscc: current.uscc },
        after: { uscc: prepared.value.uscc },
      });
    }
    await storeEnterprise(tx, ctx, prepared.value, existing);
    return getEnterprise(deps, actor.scope, id, tx);
  });
}

export async function tagChain(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  chainId: number,
): Promise<TEnterprise> {
  await getEnterprise(deps, actor.scope, id);
  const chain = await findChain(deps.db, chainId);
  if (!chain) {
    const text = { zh: '产业链不存在', en: 'No such chain' };
    throw new AppError('VALIDATION', text, [{ field: 'chainId', text }]);
  }
  return deps.db.transaction(async (tx) => {
    await addManualChain(tx, id, chainId, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'chain_tagged',
      entity: 'enterprise',
      entityId: id,
      after: { chainId, chain: chain.name },
    });
    return getEnterprise(deps, actor.scope, id, tx);
  });
}

export async function untagChain(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  chainId: number,
): Promise<TEnterprise> {
  await getEnterprise(deps, actor.scope, id);
  return deps.db.transaction(async (tx) => {
    if (!(await removeManualChain(tx, id, chainId))) {
      throw notFound({
        zh: '该手工标注的产业链（自动归类的产业链随行业代码变化，不能单独移除）',
        en: 'Manual chain tag (automatic chains follow the industry class)',
      });
    }
    await recordAudit(tx, ctx, {
      action: 'chain_untagged',
      entity: 'enterprise',
      entityId: id,
      before: { chainId },
    });
    return getEnterprise(deps, actor.scope, id, tx);
  });
}

export async function addScaleEvent(
  deps: Deps,
  ctx: RequestContext & { systemName?: string },
  scope: Scope,
  id: number,
  input: TScaleEventInput,
  today = new Date().toISOString().slice(0, 10),
): Promise<TEnterprise> {
  const enterprise = await getEnterprise(deps, scope, id);
  return deps.db.transaction(async (tx) => {
    await writeScaleEvent(tx, ctx, enterprise, input, today);
    return getEnterprise(deps, scope, id, tx);
  });
}

/**
 * Checks and writes an entry or exit inside the caller's transaction: the dated event, the
 * enterprise's current category, the audit record.
 */
export async function writeScaleEvent(
  tx: Database,
  ctx: RequestContext & { systemName?: string },
  enterprise: Pick<TEnterprise, 'id' | 'scaleEvents'>,
  input: TScaleEventInput,
  today = new Date().toISOString().slice(0, 10),
): Promise<void> {
  const checked = checkScaleEvent(enterprise.scaleEvents, input, today);
  if (!checked.ok) throwProblems([{ field: 'occurredOn', text: checked.error }]);
  const event = await insertScaleEvent(tx, {
    ...input,
    enterpriseId: enterprise.id,
    createdBy: ctx.actor?.userId ?? null,
  });
  await updateEnterprise(tx, enterprise.id, { scaleCategory: checked.value });
  await recordAudit(tx, ctx, {
    action: `scale_${input.kind}`,
    entity: 'enterprise',
    entityId: enterprise.id,
    after: event,
  });
}
