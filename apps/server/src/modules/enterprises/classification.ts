import { classifyToChains, type ChainIndustryMapping } from '@gongyeyun/core';
import {
  listChainMappings,
  listEnterpriseClasses,
  setAutoChains,
  type Database,
} from '@gongyeyun/db';

/**
 * Automatic chain membership follows the enterprise's industry class and the chains' industry
 * mappings (core's classifyToChains); manual tags are never touched here.
 */
export async function classifyEnterprise(
  tx: Database,
  enterpriseId: number,
  industryCode: string,
  /** The chain mappings, when the caller classifies many enterprises in a row. */
  mappings?: ChainIndustryMapping[],
) {
  const all = mappings ?? (await listChainMappings(tx));
  await setAutoChains(tx, enterpriseId, classifyToChains(industryCode, all));
}

/** After a chain's mapping changes: every enterprise again. */
export async function reclassifyAllEnterprises(tx: Database): Promise<number> {
  const mappings = await listChainMappings(tx);
  const all = await listEnterpriseClasses(tx);
  for (const e of all) await setAutoChains(tx, e.id, classifyToChains(e.industryCode, mappings));
  return all.length;
}
