import type { Locale } from '@gongyeyun/core';
import { useFeatureI18n, type FeatureI18n } from './i18n-context';
import { targetsEnUS } from './targets-messages-en-us';
import { targetsZhCN, type TargetsMessages } from './targets-messages-zh-cn';

const TARGETS_MESSAGES: Record<Locale, TargetsMessages> = {
  'zh-CN': targetsZhCN,
  'en-US': targetsEnUS,
};

/** `useI18n` for the targets and red/black list screens. */
export function useTargetsI18n(): FeatureI18n<TargetsMessages> {
  return useFeatureI18n(TARGETS_MESSAGES);
}
