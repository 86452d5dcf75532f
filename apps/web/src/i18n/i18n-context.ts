import type { Locale, LocalizedText } from '@gongyeyun/core';
import { createContext, use, useMemo } from 'react';
import type { Messages } from './messages-zh-cn';

export interface I18n {
  locale: Locale;
  /** The dictionary of the current language. */
  t: Messages;
  /** Picks the current language from a label of core (roles, org-unit kinds, password rules). */
  label: (text: LocalizedText) => string;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}

/** An I18n whose dictionary also holds a feature's texts. */
export type FeatureI18n<M> = Omit<I18n, 't'> & { t: Messages & M };

/**
 * The `useI18n` of a feature whose texts load with its (lazy) pages: the shell's dictionary
 * together with the feature's, in the current language.
 */
export function useFeatureI18n<M extends object>(messages: Record<Locale, M>): FeatureI18n<M> {
  const i18n = useI18n();
  return useMemo(() => ({ ...i18n, t: { ...i18n.t, ...messages[i18n.locale] } }), [i18n, messages]);
}
