export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A message a clerk can read, in both languages the product speaks. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const pickText = (text: LocalizedText, locale: Locale): string =>
  locale === 'en-US' ? text.en : text.zh;
