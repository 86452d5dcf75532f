import { currentScaleCategory, type ChainIndustryMapping } from '@gongyeyun/core';
import {
  addManualChain,
  findEnterprisesByUscc,
  findOrgUnitByCode,
  insertChain,
  insertIndustrialSystem,
  insertScaleEvent,
  insertTier,
  listChainMappings,
  replaceChainCodes,
  updateEnterprise,
  type Database,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import { recordAudit } from '../modules/audit/audit.service';
import { loadRegistryLookups, prepareEnterprise } from '../modules/enterprises/enterprise-rules';
import { storeEnterprise } from '../modules/enterprises/enterprises.service';
import {
  DEMO_ENTERPRISE_USER_USCC,
  DEMO_INDUSTRIAL_SYSTEM,
  generateDemoEnterprises,
  type DemoEnterprise,
} from './demo-registry';

type Ctx = RequestContext & { systemName?: string };

async function unitId(tx: Database, code: string | null): Promise<number | null> {
  if (code === null) return null;
  const unit = await findOrgUnitByCode(tx, code);
  if (!unit) throw new Error(`demo: no org unit ${code}`);
  return unit.id;
}

/** The 来宾 "345" system: tiers, chains with 链长 and lead departments, industry mappings. */
async function loadSystem(tx: Database, ctx: Ctx): Promise<Map<string, number>> {
  const s = DEMO_INDUSTRIAL_SYSTEM;
  const system = await insertIndustrialSystem(tx, {
    orgUnitId: (await unitId(tx, '451300'))!,
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    description: s.description,
  });
  const tierIds = new Map<string, number>();
  for (const tier of s.tiers) {
    const row = await insertTier(tx, {
      systemId: system.id,
      name: tier.name,
      nameEn: tier.nameEn,
      sortOrder: tier.sortOrder,
    });
    tierIds.set(tier.key, row.id);
  }
  const chainIds = new Map<string, number>();
  for (const [i, chain] of s.chains.entries()) {
    const row = await insertChain(tx, {
      systemId: system.id,
      tierId: tierIds.get(chain.tier)!,
      parentId: chain.parent ? (chainIds.get(chain.parent) ?? null) : null,
      code: chain.code,
      name: chain.name,
      nameEn: chain.nameEn,
      leaderName: chain.leaderName,
      leaderTitle: chain.leaderTitle,
      leadDepartmentId: await unitId(tx, chain.leadDepartmentCode),
      sortOrder: i,
    });
    await replaceChainCodes(tx, row.id, chain.industryCodes);
    chainIds.set(chain.code, row.id);
  }
  await recordAudit(tx, ctx, {
    action: 'create',
    entity: 'industrial_system',
    entityId: system.id,
    after: { code: s.code, chains: s.chains.length },
  });
  return chainIds;
}

async function loadEnterprise(
  tx: Database,
  ctx: Ctx,
  lookups: Awaited<ReturnType<typeof loadRegistryLookups>>,
  chainIds: Map<string, number>,
  mappings: ChainIndustryMapping[],
  e: DemoEnterprise,
) {
  const prepared = prepareEnterprise(
    lookups,
    { scope: 'system', isAdmin: true },
    {
      uscc: e.uscc,
      usccAcceptedReason: null,
      name: e.name,
      formerNames: e.formerNames,
      legalRepresentative: e.legalRepresentative,
      address: e.address,
      countyId: (await unitId(tx, e.countyCode))!,
      townshipId: await unitId(tx, e.townshipCode),
      parkId: await unitId(tx, e.parkCode),
      industryCode: e.industryCode,
      registeredCapital: e.registeredCapital,
      foundedOn: e.foundedOn,
      status: e.status,
      contactPerson: e.contactPerson,
      contactPhone: e.contactPhone,
      tags: e.tags,
    },
  );
  if (!prepared.ok)
    throw new Error(
      `demo enterprise ${e.name}: ${prepared.problems.map((p) => p.text.en).join('; ')}`,
    );
  const row = await storeEnterprise(tx, ctx, prepared.value, undefined, mappings);
  for (const event of e.scaleEvents) {
    await insertScaleEvent(tx, {
      enterpriseId: row.id,
      category: event.category,
      kind: event.kind,
      occurredOn: event.occurredOn,
      reason: event.reason,
    });
  }
  if (e.scaleEvents.length)
    await updateEnterprise(tx, row.id, { scaleCategory: currentScaleCategory(e.scaleEvents) });
  for (const code of e.manualChainCodes) {
    const chainId = chainIds.get(code);
    if (chainId) await addManualChain(tx, row.id, chainId, null);
  }
}

/**
 * The demo registry: the "345" system and ~600 synthetic enterprises. Returns the id of the
 * enterprise the demo enterprise user is bound to.
 */
export async function loadDemoRegistry(tx: Database, ctx: Ctx, count?: number): Promise<number> {
  const chainIds = await loadSystem(tx, ctx);
  const lookups = await loadRegistryLookups(tx);
  const mappings = await listChainMappings(tx);
  for (const e of generateDemoEnterprises(count === undefined ? {} : { count })) {
    await loadEnterprise(tx, ctx, lookups, chainIds, mappings, e);
  }
  const [bound] = await findEnterprisesByUscc(tx, [DEMO_ENTERPRISE_USER_USCC]);
  return bound!.id;
}
