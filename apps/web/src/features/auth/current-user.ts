import type { TMe } from '@gongyeyun/contract';
import type { Module } from '@gongyeyun/core';
import { createContext, use } from 'react';

/** The signed-in user; provided by the session gate around every signed-in screen. */
export const CurrentUserContext = createContext<TMe | null>(null);

export function useCurrentUser(): TMe {
  const me = use(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser is only available after sign-in');
  return me;
}

export const canUseModule = (me: TMe, module: Module): boolean =>
  me.modules.some((m) => m.module === module);

/** Whether the user may change things in a module (the server decides; this only hides buttons). */
export function useCanWrite(module: Module): boolean {
  const me = useCurrentUser();
  return me.modules.some((m) => m.module === module && m.canWrite);
}
