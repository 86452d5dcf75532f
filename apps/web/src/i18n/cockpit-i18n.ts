import type { Locale } from '@gongyeyun/core';
import type { I18n } from './i18n-context';
import { useFeatureI18n } from './i18n-context';
import type { Messages } from './messages-zh-cn';
import { cockpitEnUS } from './cockpit-messages-en-us';
import type { CockpitMessages } from './cockpit-messages-zh-cn';
import { cockpitZhCN } from './cockpit-messages-zh-cn';

export type CockpitI18nMessages = Messages & CockpitMessages;
export type CockpitI18n = Omit<I18n, 't'> & { t: CockpitI18nMessages };

const COCKPIT_MESSAGES: Record<Locale, CockpitMessages> = {
  'zh-CN': cockpitZhCN,
  'en-US': cockpitEnUS,
};

/** `useI18n` for the cockpit and the figures drawer: the shell's dictionary together with theirs. */
export function useCockpitI18n(): CockpitI18n {
  return useFeatureI18n(COCKPIT_MESSAGES);
}
