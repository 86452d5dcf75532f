import { z } from 'zod';
import { ZPageQuery, zPage } from './common';
import { ZScaleCategory } from './reference';

export const ENTERPRISE_STATUSES = ['operating', 'stopped', 'closed'] as const;
export const ZEnterpriseStatus = z.enum(ENTERPRISE_STATUSES);

const money = z
  .string()
  .trim()
  .regex(/^\d{1,14}(\.\d{1,2})?$/, '万元, up to two decimals');
const isoDate = z.iso.date();

export const ZEnterpriseListItem = z.object({
  id: z.number().int(),
  uscc: z.string(),
  name: z.string(),
  countyId: z.number().int(),
  countyName: z.string(),
  parkId: z.number().int().nullable(),
  parkName: z.string().nullable(),
  industryCode: z.string(),
  industryName: z.string().nullable(),
  status: ZEnterpriseStatus,
  scaleCategory: ZScaleCategory.nullable(),
  tags: z.array(z.string()),
  chains: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type TEnterpriseListItem = z.infer<typeof ZEnterpriseListItem>;
export const ZEnterprisePage = zPage(ZEnterpriseListItem);

export const ENTERPRISE_SORTS = [
  'name',
  'uscc',
  'foundedOn',
  'registeredCapital',
  'updatedAt',
] as const;
export const ZFindEnterprisesQuery = ZPageQuery.extend({
  /** A fragment of the name or a former name, or the start of the USCC. */
  q: z.string().trim().max(64).optional(),
  countyId: z.coerce.number().int().positive().optional(),
  parkId: z.coerce.number().int().positive().optional(),
  chainId: z.coerce.number().int().positive().optional(),
  tierId: z.coerce.number().int().positive().optional(),
  /** Any GB/T 4754 level: a division matches its classes. */
  industryCode: z.string().trim().max(4).optional(),
  scaleCategory: z.union([ZScaleCategory, z.literal('none')]).optional(),
  tag: z.string().trim().max(32).optional(),
  status: ZEnterpriseStatus.optional(),
  sort: z.enum(ENTERPRISE_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type TFindEnterprisesQuery = z.infer<typeof ZFindEnterprisesQuery>;

export const ZScaleEvent = z.object({
  id: z.number().int(),
  category: ZScaleCategory,
  kind: z.enum(['entered', 'exited']),
  occurredOn: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type TScaleEvent = z.infer<typeof ZScaleEvent>;

export const ZEnterprise = ZEnterpriseListItem.extend({
  usccAcceptedReason: z.string().nullable(),
  formerNames: z.array(z.string()),
  legalRepresentative: z.string().nullable(),
  address: z.string().nullable(),
  townshipId: z.number().int().nullable(),
  townshipName: z.string().nullable(),
  registeredCapital: z.string().nullable(),
  foundedOn: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  chains: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      tierName: z.string(),
      source: z.enum(['auto', 'manual']),
    }),
  ),
  scaleEvents: z.array(ZScaleEvent),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEnterprise = z.infer<typeof ZEnterprise>;

export const ZEnterpriseInput = z.object({
  uscc: z.string().trim().min(1).max(40),
  /** An administrator may accept a code that fails the GB 32100 check, giving the reason. */
  usccAcceptedReason: z.string().trim().min(4).max(200).nullable().default(null),
  name: z.string().trim().min(2).max(100),
  formerNames: z.array(z.string().trim().min(2).max(100)).max(20).default([]),
  legalRepresentative: z.string().trim().max(32).nullable().default(null),
  address: z.string().trim().max(200).nullable().default(null),
  /** null: the county of the park (a park manager registers enterprises by park). */
  countyId: z.number().int().positive().nullable(),
  townshipId: z.number().int().positive().nullable().default(null),
  parkId: z.number().int().positive().nullable().default(null),
  industryCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'a 4-digit GB/T 4754 class'),
  registeredCapital: money.nullable().default(null),
  foundedOn: isoDate.nullable().default(null),
  status: ZEnterpriseStatus.default('operating'),
  contactPerson: z.string().trim().max(32).nullable().default(null),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, 'digits, spaces and + - ( )')
    .nullable()
    .default(null),
  tags: z.array(z.string().trim().max(32)).max(20).default([]),
});
export type TEnterpriseInput = z.infer<typeof ZEnterpriseInput>;
export const ZEnterpriseUpdate = ZEnterpriseInput.partial();
export type TEnterpriseUpdate = z.infer<typeof ZEnterpriseUpdate>;

export const ZEnterpriseChainInput = z.object({ chainId: z.number().int().positive() });
export const ZEnterpriseChainParams = z.object({
  id: z.coerce.number().int().positive(),
  chainId: z.coerce.number().int().positive(),
});

export const ZScaleEventInput = z.object({
  category: ZScaleCategory,
  kind: z.enum(['entered', 'exited']),
  occurredOn: isoDate,
  reason: z.string().trim().max(200).nullable().default(null),
});
export type TScaleEventInput = z.infer<typeof ZScaleEventInput>;

export const ZImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export const ZImportRowResult = z.object({
  /** Row number as the spreadsheet shows it (1-based, counting the title and header rows). */
  row: z.number().int(),
  uscc: z.string().nullable(),
  name: z.string().nullable(),
  outcome: z.enum(['created', 'updated', 'unchanged', 'error']),
  /** For updates: the fields that change. */
  changes: z.array(z.string()).optional(),
});
export const ZImportResult = z.object({
  dryRun: z.boolean(),
  /** Whether the rows were written (false on a dry run or when any row has an error). */
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  rows: z.array(ZImportRowResult),
});
export type TImportResult = z.infer<typeof ZImportResult>;
