import type { Locale } from '@gongyeyun/core';
import { useMemo } from 'react';
import type { I18n } from './i18n-context';
import { useI18n } from './i18n-context';
import type { Messages } from './messages-zh-cn';
import { servicesEnUS } from './services-messages-en-us';
import type { ServicesMessages } from './services-messages-zh-cn';
import { servicesZhCN } from './services-messages-zh-cn';

const SERVICES_MESSAGES: Record<Locale, ServicesMessages> = {
  'zh-CN': servicesZhCN,
  'en-US': servicesEnUS,
};

/** `useI18n` for the enterprise-services screens: the shell's dictionary and theirs. */
export function useServicesI18n(): Omit<I18n, 't'> & { t: Messages & ServicesMessages } {
  const i18n = useI18n();
  return useMemo(() => ({ ...i18n, t: { ...i18n.t, ...SERVICES_MESSAGES[i18n.locale] } }), [i18n]);
}
