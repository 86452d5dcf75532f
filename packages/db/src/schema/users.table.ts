import { ROLES, type Locale, type Role } from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { orgUnits } from './org-units.table';

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id, PHC string format. */
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').$type<Locale>().notNull().default('zh-CN'),
  isActive: boolean('is_active').notNull().default(true),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A role held over an org-unit subtree (enterprise users: over one enterprise). */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    enterpriseId: integer('enterprise_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('role_grants_user_idx').on(t.userId),
    index('role_grants_org_unit_idx').on(t.orgUnitId),
    uniqueIndex('role_grants_unique_idx').on(
      t.userId,
      t.role,
      t.orgUnitId,
      sql`coalesce(${t.enterpriseId}, 0)`,
    ),
    check('role_grants_role_check', sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(', ')})`)),
  ],
);
