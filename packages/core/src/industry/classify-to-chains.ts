import { industryCodeCovers } from './industry-code';

/** One row of a chain's industry mapping: the chain covers every class at or below `code`. */
export interface ChainIndustryMapping {
  chainId: number;
  /** GB/T 4754 code at any level: section letter, division, group or class. */
  code: string;
}

/**
 * The industrial chains (产业链) an enterprise of `classCode` belongs to by its industry class:
 * the ids of the chains with a mapping covering the class, each once, in ascending order.
 * Empty for a malformed class code. (Chains may also tag enterprises directly; that is not
 * decided here.)
 */
export function classifyToChains(
  classCode: string,
  mappings: readonly ChainIndustryMapping[],
): number[] {
  const ids = new Set<number>();
  for (const mapping of mappings) {
    if (industryCodeCovers(mapping.code, classCode)) ids.add(mapping.chainId);
  }
  return [...ids].sort((a, b) => a - b);
}
