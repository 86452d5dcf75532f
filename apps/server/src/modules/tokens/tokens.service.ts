import type { TApiToken, TCreateApiTokenRequest, TCreatedApiToken } from '@gongyeyun/contract';
import { insertApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { notFound } from '../../errors';
import { randomToken, sha256 } from '../../security/secrets';
import { recordAudit } from '../audit/audit.service';

const TOKEN_PREFIX = 'gy_';

const present = (row: ApiTokenRow): TApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

export async function listTokens(deps: Deps, actor: Actor): Promise<TApiToken[]> {
  return (await listApiTokens(deps.db, actor.userId)).map(present);
}

export async function createToken(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TCreateApiTokenRequest,
): Promise<TCreatedApiToken> {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const expiresAt =
    input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * 86_400_000);
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertApiToken(tx, {
      userId: actor.userId,
      name: input.name,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: sha256(token),
      expiresAt,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'api_token',
      entityId: created.id,
      after: present(created),
    });
    return created;
  });
  return { ...present(row), token };
}

export async function revokeToken(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await revokeApiToken(tx, actor.userId, id, new Date());
    if (!row) throw notFound({ zh: '该令牌', en: 'Token' });
    await recordAudit(tx, ctx, {
      action: 'revoke',
      entity: 'api_token',
      entityId: id,
      before: present(row),
    });
  });
}
