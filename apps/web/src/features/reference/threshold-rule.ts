import type { TScaleThreshold } from '@gongyeyun/contract';
import { exhaustiveSwitchError } from '@gongyeyun/core';
import type { RegistryI18nMessages } from '../../i18n/registry-i18n';

/** "2000.00" → "2000": amounts as officials write them. */
const plainAmount = (amount: string): string => String(Number(amount));

/** A threshold in words, e.g. "主营业务收入 ≥ 2000 万元" or "营业收入 ≥ 1000 万元 或 从业人员 ≥ 50 人". */
export function thresholdRuleText(threshold: TScaleThreshold, t: RegistryI18nMessages): string {
  const r = t.reference;
  const revenue =
    threshold.revenueAtLeast === null
      ? null
      : r.ruleRevenue(
          r.revenueName(threshold.category === 'services'),
          plainAmount(threshold.revenueAtLeast),
        );
  switch (threshold.combine) {
    case 'revenue':
      return revenue ?? t.common.none;
    case 'revenue_or_employees':
      return [
        revenue,
        threshold.employeesAtLeast === null ? null : r.ruleEmployees(threshold.employeesAtLeast),
      ]
        .filter((part) => part !== null)
        .join(r.ruleOr);
    case 'qualification':
      return r.ruleQualification;
    case 'all':
      return r.ruleAll;
    default:
      return exhaustiveSwitchError(threshold.combine, 'threshold combination');
  }
}
