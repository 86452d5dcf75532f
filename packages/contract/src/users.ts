import { z } from 'zod';
import { ZGrant, ZLocale, ZRole } from './auth';
import { ZPageQuery, zPage } from './common';

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  locale: ZLocale,
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(ZGrant),
});
export type TUser = z.infer<typeof ZUser>;
export const ZUserPage = zPage(ZUser);

export const ZFindUsersQuery = ZPageQuery.extend({
  q: z.string().trim().max(64).optional(),
  role: ZRole.optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});
export type TFindUsersQuery = z.infer<typeof ZFindUsersQuery>;

export const ZGrantInput = z.object({
  role: ZRole,
  orgUnitId: z.number().int().positive(),
  enterpriseId: z.number().int().positive().nullable().default(null),
});
export type TGrantInput = z.infer<typeof ZGrantInput>;

export const ZCreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'username: 3–32 lower-case letters, digits, . _ -'),
  displayName: z.string().trim().min(1).max(64),
  /** When absent a temporary password is generated and must be changed at first login. */
  password: z.string().min(1).max(256).optional(),
  grants: z.array(ZGrantInput).min(1).max(20),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZCreatedUser = z.object({
  user: ZUser,
  /** Shown once when the server generated the password. */
  temporaryPassword: z.string().nullable(),
});
export type TCreatedUser = z.infer<typeof ZCreatedUser>;

export const ZUpdateUserRequest = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  isActive: z.boolean().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZGrantParams = z.object({
  id: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});

export const ZResetPasswordResponse = z.object({ temporaryPassword: z.string() });
export type TResetPasswordResponse = z.infer<typeof ZResetPasswordResponse>;
