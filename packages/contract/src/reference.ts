import { INDUSTRY_LEVELS, SCALE_CATEGORIES } from '@gongyeyun/core';
import { z } from 'zod';
import { ZPageQuery, zPage } from './common';

export const ZIndustryLevel = z.enum(INDUSTRY_LEVELS);
export const ZScaleCategory = z.enum(SCALE_CATEGORIES);

export const ZIndustryClass = z.object({
  code: z.string(),
  name: z.string(),
  level: ZIndustryLevel,
  parentCode: z.string().nullable(),
  section: z.string(),
  /** Whether the code has codes below it. */
  hasChildren: z.boolean(),
});
export type TIndustryClass = z.infer<typeof ZIndustryClass>;
export const ZIndustryClassPage = zPage(ZIndustryClass);

export const ZFindIndustryClassesQuery = ZPageQuery.extend({
  /** Code prefix or a fragment of the name. */
  q: z.string().trim().max(64).optional(),
  level: ZIndustryLevel.optional(),
  /** Children of this code (a section letter or a 2/3-digit code); empty string: the sections. */
  parentCode: z.string().trim().max(4).optional(),
});
export type TFindIndustryClassesQuery = z.infer<typeof ZFindIndustryClassesQuery>;

export const ZScaleThreshold = z.object({
  id: z.number().int(),
  category: ZScaleCategory,
  fromYear: z.number().int(),
  industryCodes: z.array(z.string()).nullable(),
  combine: z.enum(['revenue', 'revenue_or_employees', 'qualification', 'all']),
  /** 万元, as a decimal string. */
  revenueAtLeast: z.string().nullable(),
  employeesAtLeast: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type TScaleThreshold = z.infer<typeof ZScaleThreshold>;

export const ZScaleThresholdInput = ZScaleThreshold.omit({ id: true }).extend({
  fromYear: z.number().int().min(1990).max(2100),
  revenueAtLeast: z
    .string()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, '万元, up to two decimals')
    .nullable(),
  employeesAtLeast: z.number().int().min(1).max(1_000_000).nullable(),
  note: z.string().trim().max(200).nullable().default(null),
});
export type TScaleThresholdInput = z.infer<typeof ZScaleThresholdInput>;

export const ZEnterpriseTag = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type TEnterpriseTag = z.infer<typeof ZEnterpriseTag>;
export const ZEnterpriseTagInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/, 'lower-case letters, digits and _'),
  name: z.string().trim().min(1).max(32),
  nameEn: z.string().trim().max(64).nullable().default(null),
  sortOrder: z.number().int().default(0),
});
export type TEnterpriseTagInput = z.infer<typeof ZEnterpriseTagInput>;
