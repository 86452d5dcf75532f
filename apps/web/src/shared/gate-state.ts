/**
 * What the session gate leaves in `location.state` when it redirects: where the visitor was
 * headed before signing in, and whether the password change was forced.
 */
export interface GateState {
  from?: string;
  isForced?: boolean;
}

export function readGateState(state: unknown): GateState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, isForced } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && from.startsWith('/') ? from : undefined,
    isForced: isForced === true,
  };
}
