import type { Result } from '../common/result';
import { err, ok } from '../common/result';
import { industryCodeDepth, isIndustryCodeWithin } from '../industry/industry-code';
import type { ScaleCategory } from './scale-categories';
import { SCALE_CATEGORY_LABELS } from './scale-categories';
import type { ScaleError, ScaleThresholdRule } from './scale-thresholds';

/**
 * How well a rule matches an industry code: 0 for a rule of the whole category, else the depth
 * of its most specific code containing the industry code (1 section … 4 class); null when the
 * rule does not apply to it.
 */
function matchDepth(rule: ScaleThresholdRule, industryCode: string | undefined): number | null {
  if (rule.divisions === undefined) return 0;
  if (industryCode === undefined) return null;
  let best: number | null = null;
  for (const code of rule.divisions) {
    if (isIndustryCodeWithin(industryCode, code)) {
      best = Math.max(best ?? 0, industryCodeDepth(code));
    }
  }
  return best;
}

/**
 * The threshold rule in force for a category in a year, for an enterprise of `industryCode`
 * (a GB/T 4754 division or, better, its 4-digit class; needed where rules differ by industry,
 * as for services).
 *
 * Among the rules of the category that apply to the code and start in or before `year`, the
 * one with the latest `fromYear` wins (a newer rule replaces an older one); among those, the
 * one with the most specific matching code (a rule of the whole category is least specific).
 */
export function findThreshold(
  rules: readonly ScaleThresholdRule[],
  category: ScaleCategory,
  year: number,
  industryCode?: string,
): Result<ScaleThresholdRule, ScaleError> {
  const label = SCALE_CATEGORY_LABELS[category];
  if (industryCode !== undefined && industryCodeDepth(industryCode) === 0) {
    return err({
      problem: 'invalid_industry_code',
      message: {
        zh: `“${industryCode}”不是有效的国民经济行业代码（GB/T 4754-2017）`,
        en: `“${industryCode}” is not a valid GB/T 4754-2017 industry code`,
      },
    });
  }

  const inForce = rules.filter((rule) => rule.category === category && rule.fromYear <= year);
  if (inForce.length === 0) {
    const later = rules.filter((rule) => rule.category === category).map((rule) => rule.fromYear);
    const first = later.length > 0 ? Math.min(...later) : null;
    return err({
      problem: 'no_rule',
      message: {
        zh: `${year}年没有“${label.zh}”的标准${first === null ? '' : `（最早的标准自${first}年起）`}`,
        en: `No threshold for ${label.en} in ${year}${first === null ? '' : ` (the first applies from ${first})`}`,
      },
    });
  }

  let best: { rule: ScaleThresholdRule; depth: number } | null = null;
  let isTied = false;
  for (const rule of inForce) {
    const depth = matchDepth(rule, industryCode);
    if (depth === null) continue;
    const isBetter =
      best === null ||
      rule.fromYear > best.rule.fromYear ||
      (rule.fromYear === best.rule.fromYear && depth > best.depth);
    if (isBetter) {
      best = { rule, depth };
      isTied = false;
    } else if (best !== null && rule.fromYear === best.rule.fromYear && depth === best.depth) {
      isTied = true;
    }
  }

  if (best === null) {
    if (industryCode === undefined) {
      return err({
        problem: 'industry_code_required',
        message: {
          zh: `“${label.zh}”的标准按行业分别规定，请提供行业代码`,
          en: `${label.en} thresholds differ by industry: give the industry code`,
        },
      });
    }
    const hasFinerRules = inForce.some((rule) =>
      (rule.divisions ?? []).some((code) => isIndustryCodeWithin(code, industryCode)),
    );
    return err({
      problem: 'no_rule_for_industry',
      message: hasFinerRules
        ? {
            zh: `${year}年“${label.zh}”在行业“${industryCode}”下按更细的行业分别规定，请提供4位行业小类代码`,
            en: `In ${year}, ${label.en} thresholds under “${industryCode}” differ by finer industry: give the 4-digit class`,
          }
        : {
            zh: `${year}年“${label.zh}”的标准不适用于行业“${industryCode}”`,
            en: `In ${year}, no ${label.en} threshold applies to industry “${industryCode}”`,
          },
    });
  }

  if (isTied) {
    return err({
      problem: 'ambiguous_rules',
      message: {
        zh: `${year}年“${label.zh}”有多条同样适用的标准（均自${best.rule.fromYear}年起），请检查配置`,
        en: `Several ${label.en} thresholds apply equally in ${year} (all from ${best.rule.fromYear}); check the configuration`,
      },
    });
  }
  return ok(best.rule);
}
