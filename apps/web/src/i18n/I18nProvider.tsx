import type { Locale } from '@gongyeyun/core';
import { DEFAULT_LOCALE, LOCALES, pickText } from '@gongyeyun/core';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { setRequestLocale } from '../api/api-client';
import type { I18n } from './i18n-context';
import { I18nContext } from './i18n-context';
import { enUS } from './messages-en-us';
import { zhCN } from './messages-zh-cn';

const STORAGE_KEY = 'gongyeyun.locale';

const LANGUAGES = {
  'zh-CN': { messages: zhCN, antd: zhCNAntd, dayjs: 'zh-cn' },
  'en-US': { messages: enUS, antd: enUSAntd, dayjs: 'en' },
} as const satisfies Record<Locale, unknown>;

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LOCALES.find((locale) => locale === stored) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Switches everything language-dependent outside React at once: dayjs and API requests. */
function applyLocale(locale: Locale): void {
  dayjs.locale(LANGUAGES[locale].dayjs);
  setRequestLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
}

/**
 * Holds the current language (from localStorage before sign-in, from the user's profile after)
 * and provides it to our texts, antd's components and dayjs together.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    applyLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    applyLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = LANGUAGES[locale].messages.app.name;
  }, [locale]);

  const i18n = useMemo<I18n>(
    () => ({
      locale,
      t: LANGUAGES[locale].messages,
      label: (text) => pickText(text, locale),
      setLocale,
    }),
    [locale, setLocale],
  );

  return (
    <I18nContext value={i18n}>
      <ConfigProvider locale={LANGUAGES[locale].antd} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext>
  );
}
