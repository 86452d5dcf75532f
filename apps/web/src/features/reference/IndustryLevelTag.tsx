import type { IndustryLevel } from '@gongyeyun/core';
import { Tag } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

const LEVEL_COLORS: Record<IndustryLevel, string> = {
  section: 'magenta',
  division: 'blue',
  group: 'cyan',
  class: 'green',
};

/** 门类 / 大类 / 中类 / 小类. */
export function IndustryLevelTag({ level }: { level: IndustryLevel }) {
  const { t } = useRegistryI18n();
  return <Tag color={LEVEL_COLORS[level]}>{t.reference.levels[level]}</Tag>;
}
