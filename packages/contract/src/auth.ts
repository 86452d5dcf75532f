import { LOCALES, MODULES, ORG_UNIT_KINDS, ROLES } from '@gongyeyun/core';
import { z } from 'zod';

export const ZRole = z.enum(ROLES);
export const ZModule = z.enum(MODULES);
export const ZLocale = z.enum(LOCALES);
export const ZOrgUnitKind = z.enum(ORG_UNIT_KINDS);

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZGrant = z.object({
  id: z.number().int(),
  role: ZRole,
  orgUnitId: z.number().int(),
  orgUnitName: z.string(),
  orgUnitCode: z.string(),
  orgUnitKind: ZOrgUnitKind,
  /** Enterprise users are bound to one enterprise. */
  enterpriseId: z.number().int().nullable(),
});
export type TGrant = z.infer<typeof ZGrant>;

export const ZMe = z.object({
  user: z.object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    locale: ZLocale,
    mustChangePassword: z.boolean(),
  }),
  grants: z.array(ZGrant),
  /** Modules the user may open, with whether they may change things there. */
  modules: z.array(z.object({ module: ZModule, canWrite: z.boolean() })),
  demo: z.boolean(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMeRequest = z.object({
  locale: ZLocale.optional(),
  displayName: z.string().trim().min(1).max(64).optional(),
});
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

export const ZApiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZCreateApiTokenRequest = z.object({
  name: z.string().trim().min(1).max(64),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(365),
});
export type TCreateApiTokenRequest = z.infer<typeof ZCreateApiTokenRequest>;

export const ZCreatedApiToken = ZApiToken.extend({
  /** Shown once; only its hash is kept. */
  token: z.string(),
});
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;
