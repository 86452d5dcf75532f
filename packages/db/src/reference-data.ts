import { DEFAULT_ENTERPRISE_TAGS, DEFAULT_SCALE_THRESHOLDS } from '@gongyeyun/core';
import type { Database } from './client';
import { loadIndustryClassification } from './reference';
import {
  countIndustryClasses,
  countScaleThresholds,
  insertIndustryClasses,
  insertScaleThreshold,
  listEnterpriseTags,
  upsertEnterpriseTag,
} from './repositories/reference.repository';

/**
 * Loads what every installation needs and an administrator edits later: the GB/T 4754
 * classification, the default 四上 thresholds and enterprise tags. Runs at every start; only
 * fills what is missing.
 */
export async function ensureReferenceData(db: Database): Promise<void> {
  const classes = loadIndustryClassification();
  if ((await countIndustryClasses(db)) < classes.length) {
    await insertIndustryClasses(db, classes);
  }
  if ((await countScaleThresholds(db)) === 0) {
    await db.transaction(async (tx) => {
      for (const rule of DEFAULT_SCALE_THRESHOLDS) {
        await insertScaleThreshold(tx, {
          category: rule.category,
          fromYear: rule.fromYear,
          industryCodes: rule.divisions ? [...rule.divisions] : null,
          combine: rule.combine,
          revenueAtLeast: 'revenueAtLeast' in rule ? String(rule.revenueAtLeast) : null,
          employeesAtLeast: 'employeesAtLeast' in rule ? rule.employeesAtLeast : null,
          note: null,
        });
      }
    });
  }
  if ((await listEnterpriseTags(db)).length === 0) {
    for (const [i, tag] of DEFAULT_ENTERPRISE_TAGS.entries()) {
      await upsertEnterpriseTag(db, {
        code: tag.code,
        name: tag.label.zh,
        nameEn: tag.label.en,
        sortOrder: i,
      });
    }
  }
}
