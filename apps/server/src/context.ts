import type { Locale, Role, Scope } from '@gongyeyun/core';
import type { GrantRow } from '@gongyeyun/db';

/** Who is calling: resolved once per request from the session cookie or API token. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  locale: Locale;
  mustChangePassword: boolean;
  roles: Role[];
  grants: GrantRow[];
  scope: Scope;
  via: 'session' | 'token';
  sessionId: string | null;
}

/** What a service needs to know of the request: the actor, and where it came from for audit. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
}

/** Work done by the system itself (CLI, demo loader, jobs). */
export const systemContext = (what: string): RequestContext & { systemName: string } => ({
  actor: null,
  ip: null,
  requestId: null,
  systemName: what,
});
