/**
 * The routing catalogue: category × area → lead department (+ assisting departments).
 * An area is an org unit given by its materialised path; null means anywhere.
 */
export interface RoutingRule {
  categoryCode: string;
  /** Path of the area (`/1/2/17/`), or null for the whole jurisdiction. */
  areaPath: string | null;
  leadDepartmentId: string;
  assistingDepartmentIds: readonly string[];
}

export type RoutingDecision =
  | { kind: 'department'; leadDepartmentId: string; assistingDepartmentIds: string[] }
  | { kind: 'dispatcher'; reason: 'no_rule' | 'ambiguous' };

/**
 * The most specific rule for the category whose area contains the enterprise's area wins;
 * no rule, or two different answers equally specific, goes to the bureau's dispatcher.
 */
export function routeTicket(
  rules: readonly RoutingRule[],
  categoryCode: string,
  enterprisePath: string,
): RoutingDecision {
  const matching = rules.filter(
    (r) =>
      r.categoryCode === categoryCode &&
      (r.areaPath === null || enterprisePath.startsWith(r.areaPath)),
  );
  if (matching.length === 0) return { kind: 'dispatcher', reason: 'no_rule' };
  const depth = (r: RoutingRule): number => (r.areaPath === null ? -1 : r.areaPath.length);
  const best = Math.max(...matching.map(depth));
  const top = matching.filter((r) => depth(r) === best);
  const leads = new Set(top.map((r) => r.leadDepartmentId));
  if (leads.size > 1) return { kind: 'dispatcher', reason: 'ambiguous' };
  const lead = top[0]!.leadDepartmentId;
  const assisting = [...new Set(top.flatMap((r) => r.assistingDepartmentIds))].filter(
    (id) => id !== lead,
  );
  return { kind: 'department', leadDepartmentId: lead, assistingDepartmentIds: assisting };
}
