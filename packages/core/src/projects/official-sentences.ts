import type { LocalizedText } from '../common/locale';
import { ok, type Result } from '../common/result';
import type { TaskCompletion } from './project-counts';
import { formatWanAmount } from './wan-amount';

export interface ProjectsSentenceInput {
  year: number;
  /** The area as the sentence names it: { zh: '全市', en: 'the city' }, { zh: '兴宾区', … }. */
  scopeName: LocalizedText;
  newStarts: TaskCompletion;
  completions: TaskCompletion;
}

const projects = (n: number): string => (n === 1 ? '1 major project' : `${n} major projects`);

/**
 * The sentence officials use for major projects:
 * "2020年，全市新开工重大项目128个，竣工71个，分别完成任务的128%和158%。" A percentage is
 * stated only for a count with a task; with one task only, it follows its own count.
 */
export function projectsSentence(input: ProjectsSentenceInput): LocalizedText {
  const { year, scopeName, newStarts: s, completions: c } = input;
  const zhStarts = `${year}年，${scopeName.zh}新开工重大项目${s.actual}个`;
  const enStarts = `In ${year}, ${scopeName.en} started ${projects(s.actual)}`;
  if (s.percent !== undefined && c.percent !== undefined) {
    return {
      zh: `${zhStarts}，竣工${c.actual}个，分别完成任务的${s.percent}%和${c.percent}%。`,
      en: `${enStarts} and completed ${c.actual}, reaching ${s.percent}% and ${c.percent}% of the respective targets.`,
    };
  }
  if (s.percent !== undefined) {
    return {
      zh: `${zhStarts}，完成任务的${s.percent}%；竣工${c.actual}个。`,
      en: `${enStarts} (${s.percent}% of the target) and completed ${c.actual}.`,
    };
  }
  if (c.percent !== undefined) {
    return {
      zh: `${zhStarts}；竣工${c.actual}个，完成任务的${c.percent}%。`,
      en: `${enStarts} and completed ${c.actual} (${c.percent}% of the target).`,
    };
  }
  return {
    zh: `${zhStarts}，竣工${c.actual}个。`,
    en: `${enStarts} and completed ${c.actual}.`,
  };
}

export interface InvestmentSentenceInput {
  year: number;
  /** New industrial projects brought in (新引进工业项目). */
  count: number;
  /** Their total investment in 万元, as a decimal string. */
  totalInvestment: string;
}

/**
 * The sentence officials use for investment promotion, as in a year's report:
 * "全年新引进工业项目99个，总投资1965亿元。" (the Chinese says 全年, "the whole year", as the
 * reports do; the English names the year). The amount is written as `formatWanAmount` writes
 * it; an unreadable amount is an error.
 */
export function investmentSentence(
  input: InvestmentSentenceInput,
): Result<LocalizedText, LocalizedText> {
  const amount = formatWanAmount(input.totalInvestment);
  if (!amount.ok) return amount;
  const { year, count } = input;
  const brought =
    count === 1
      ? '1 new industrial project was brought in'
      : `${count} new industrial projects were brought in`;
  return ok({
    zh: `全年新引进工业项目${count}个，总投资${amount.value.zh}。`,
    en: `In ${year}, ${brought}, with a total investment of ${amount.value.en}.`,
  });
}
