import { z } from 'zod';

export const ZChainTier = z.object({
  id: z.number().int(),
  systemId: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type TChainTier = z.infer<typeof ZChainTier>;

export const ZChain = z.object({
  id: z.number().int(),
  systemId: z.number().int(),
  tierId: z.number().int(),
  parentId: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  leaderName: z.string().nullable(),
  leaderTitle: z.string().nullable(),
  leadDepartmentId: z.number().int().nullable(),
  leadDepartmentName: z.string().nullable(),
  sortOrder: z.number().int(),
  isActive: z.boolean(),
  /** GB/T 4754 codes at any level; a division covers its classes. */
  industryCodes: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Enterprises on the chain within the caller's scope. */
  enterpriseCount: z.number().int(),
});
export type TChain = z.infer<typeof ZChain>;

export const ZIndustrialSystem = z.object({
  id: z.number().int(),
  orgUnitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  tiers: z.array(ZChainTier),
  chains: z.array(ZChain),
});
export type TIndustrialSystem = z.infer<typeof ZIndustrialSystem>;

export const ZIndustrialSystemInput = z.object({
  orgUnitId: z.number().int().positive(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, 'letters, digits and -'),
  name: z.string().trim().min(1).max(64),
  nameEn: z.string().trim().max(128).nullable().default(null),
  description: z.string().trim().max(500).nullable().default(null),
});
export type TIndustrialSystemInput = z.infer<typeof ZIndustrialSystemInput>;
export const ZIndustrialSystemUpdate = ZIndustrialSystemInput.omit({ orgUnitId: true })
  .partial()
  .extend({ isActive: z.boolean().optional() });
export type TIndustrialSystemUpdate = z.infer<typeof ZIndustrialSystemUpdate>;

export const ZChainTierInput = z.object({
  name: z.string().trim().min(1).max(32),
  nameEn: z.string().trim().max(64).nullable().default(null),
  sortOrder: z.number().int().default(0),
});
export type TChainTierInput = z.infer<typeof ZChainTierInput>;

const industryCode = z
  .string()
  .trim()
  .regex(/^([A-T]|\d{2}|\d{3}|\d{4})$/, 'a GB/T 4754 code: section letter, 2, 3 or 4 digits');

export const ZChainInput = z.object({
  systemId: z.number().int().positive(),
  tierId: z.number().int().positive(),
  parentId: z.number().int().positive().nullable().default(null),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, _ and -'),
  name: z.string().trim().min(1).max(64),
  nameEn: z.string().trim().max(128).nullable().default(null),
  leaderName: z.string().trim().max(32).nullable().default(null),
  leaderTitle: z.string().trim().max(64).nullable().default(null),
  leadDepartmentId: z.number().int().positive().nullable().default(null),
  sortOrder: z.number().int().default(0),
  industryCodes: z.array(industryCode).max(200).default([]),
});
export type TChainInput = z.infer<typeof ZChainInput>;
export const ZChainUpdate = ZChainInput.omit({ systemId: true })
  .partial()
  .extend({ isActive: z.boolean().optional() });
export type TChainUpdate = z.infer<typeof ZChainUpdate>;
