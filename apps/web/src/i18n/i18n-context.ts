import type { Locale, LocalizedText } from '@gongyeyun/core';
import { createContext, use } from 'react';
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
