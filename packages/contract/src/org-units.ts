import { z } from 'zod';
import { ZOrgUnitKind } from './auth';
import { ZPageQuery, zPage } from './common';

export const ZOrgUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: ZOrgUnitKind,
  parentId: z.number().int().nullable(),
  path: z.string(),
  /** Role in the spatial layout for parks (e.g. 一主, 一副, 两翼, 多点); free text. */
  note: z.string().nullable(),
  childCount: z.number().int(),
});
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

export const ZOrgUnitPage = zPage(ZOrgUnit);

export const ZFindOrgUnitsQuery = ZPageQuery.extend({
  parentId: z.coerce.number().int().positive().optional(),
  kind: ZOrgUnitKind.optional(),
  q: z.string().trim().max(64).optional(),
});
export type TFindOrgUnitsQuery = z.infer<typeof ZFindOrgUnitsQuery>;

export interface TOrgUnitNode {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: z.infer<typeof ZOrgUnitKind>;
  children: TOrgUnitNode[];
}
export const ZOrgUnitNode: z.ZodType<TOrgUnitNode> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: ZOrgUnitKind,
    children: z.array(ZOrgUnitNode),
  }),
);
export const ZOrgUnitTree = z.object({ roots: z.array(ZOrgUnitNode) });
export type TOrgUnitTree = z.infer<typeof ZOrgUnitTree>;

export const ZCreateOrgUnitRequest = z.object({
  code: z.string().trim().min(2).max(32),
  name: z.string().trim().min(1).max(64),
  nameEn: z.string().trim().max(128).nullable().default(null),
  kind: ZOrgUnitKind,
  parentId: z.number().int().positive(),
  note: z.string().trim().max(200).nullable().default(null),
});
export type TCreateOrgUnitRequest = z.infer<typeof ZCreateOrgUnitRequest>;

export const ZUpdateOrgUnitRequest = z.object({
  code: z.string().trim().min(2).max(32).optional(),
  name: z.string().trim().min(1).max(64).optional(),
  nameEn: z.string().trim().max(128).nullable().optional(),
  note: z.string().trim().max(200).nullable().optional(),
});
export type TUpdateOrgUnitRequest = z.infer<typeof ZUpdateOrgUnitRequest>;
