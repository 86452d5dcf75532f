import type { Locale } from '@gongyeyun/core';
import type { I18n } from './i18n-context';
import { useFeatureI18n } from './i18n-context';
import type { Messages } from './messages-zh-cn';
import { reportingEnUS } from './reporting-messages-en-us';
import type { ReportingMessages } from './reporting-messages-zh-cn';
import { reportingZhCN } from './reporting-messages-zh-cn';

export type ReportingI18nMessages = Messages & ReportingMessages;
export type ReportingI18n = Omit<I18n, 't'> & { t: ReportingI18nMessages };

const REPORTING_MESSAGES: Record<Locale, ReportingMessages> = {
  'zh-CN': reportingZhCN,
  'en-US': reportingEnUS,
};

/** `useI18n` for the statistical-reporting screens: the shell's dictionary together with theirs. */
export function useReportingI18n(): ReportingI18n {
  return useFeatureI18n(REPORTING_MESSAGES);
}
