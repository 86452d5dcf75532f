import type { Locale } from '@gongyeyun/core';
import { cultivationEnUS } from './cultivation-messages-en-us';
import type { CultivationMessages } from './cultivation-messages-zh-cn';
import { cultivationZhCN } from './cultivation-messages-zh-cn';
import { useFeatureI18n, type FeatureI18n } from './i18n-context';

const CULTIVATION_MESSAGES: Record<Locale, CultivationMessages> = {
  'zh-CN': cultivationZhCN,
  'en-US': cultivationEnUS,
};

/** `useI18n` for the seed bank and exit-warning screens: the shell's dictionary and theirs. */
export function useCultivationI18n(): FeatureI18n<CultivationMessages> {
  return useFeatureI18n(CULTIVATION_MESSAGES);
}
