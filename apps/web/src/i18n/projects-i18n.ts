import type { Locale } from '@gongyeyun/core';
import { useMemo } from 'react';
import type { I18n } from './i18n-context';
import { useI18n } from './i18n-context';
import type { Messages } from './messages-zh-cn';
import { projectsEnUS } from './projects-messages-en-us';
import type { ProjectsMessages } from './projects-messages-zh-cn';
import { projectsZhCN } from './projects-messages-zh-cn';

const PROJECTS_MESSAGES: Record<Locale, ProjectsMessages> = {
  'zh-CN': projectsZhCN,
  'en-US': projectsEnUS,
};

/** `useI18n` for the major-project and investment screens: the shell's dictionary and theirs. */
export function useProjectsI18n(): Omit<I18n, 't'> & { t: Messages & ProjectsMessages } {
  const i18n = useI18n();
  return useMemo(() => ({ ...i18n, t: { ...i18n.t, ...PROJECTS_MESSAGES[i18n.locale] } }), [i18n]);
}
