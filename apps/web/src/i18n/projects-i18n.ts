import type { Locale } from '@gongyeyun/core';
import { useFeatureI18n, type FeatureI18n } from './i18n-context';
import { projectsEnUS } from './projects-messages-en-us';
import type { ProjectsMessages } from './projects-messages-zh-cn';
import { projectsZhCN } from './projects-messages-zh-cn';

const PROJECTS_MESSAGES: Record<Locale, ProjectsMessages> = {
  'zh-CN': projectsZhCN,
  'en-US': projectsEnUS,
};

/** `useI18n` for the major-project and investment screens: the shell's dictionary and theirs. */
export function useProjectsI18n(): FeatureI18n<ProjectsMessages> {
  return useFeatureI18n(PROJECTS_MESSAGES);
}
