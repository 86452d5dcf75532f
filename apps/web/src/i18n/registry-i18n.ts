import type { Locale } from '@gongyeyun/core';
import type { I18n } from './i18n-context';
import { useFeatureI18n } from './i18n-context';
import type { Messages } from './messages-zh-cn';
import { registryEnUS } from './registry-messages-en-us';
import type { RegistryMessages } from './registry-messages-zh-cn';
import { registryZhCN } from './registry-messages-zh-cn';

export type RegistryI18nMessages = Messages & RegistryMessages;
export type RegistryI18n = Omit<I18n, 't'> & { t: RegistryI18nMessages };

const REGISTRY_MESSAGES: Record<Locale, RegistryMessages> = {
  'zh-CN': registryZhCN,
  'en-US': registryEnUS,
};

/**
 * `useI18n` for the enterprise registry, industrial system and reference-data screens: the
 * shell's dictionary together with theirs.
 */
export function useRegistryI18n(): RegistryI18n {
  return useFeatureI18n(REGISTRY_MESSAGES);
}
