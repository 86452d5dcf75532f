import { describe, expect, it } from 'vitest';
import { investmentSentence, projectsSentence } from './official-sentences';
import { taskCompletion } from './project-counts';

const CITY = { zh: '全市', en: 'the city' };

describe('projectsSentence', () => {
  it('reproduces Laibin 2020', () => {
    expect(
      projectsSentence({
        year: 2020,
        scopeName: CITY,
        newStarts: taskCompletion(128, 100),
        completions: taskCompletion(71, 45),
      }),
    ).toEqual({
      zh: '2020年，全市新开工重大项目128个，竣工71个，分别完成任务的128%和158%。',
      en: 'In 2020, the city started 128 major projects and completed 71, reaching 128% and 158% of the respective targets.',
    });
  });

  it.each([
    [
      'only the starts have a task',
      taskCompletion(128, 100),
      taskCompletion(71),
      '2020年，全市新开工重大项目128个，完成任务的128%；竣工71个。',
      'In 2020, the city started 128 major projects (128% of the target) and completed 71.',
    ],
    [
      'only the completions have a task',
      taskCompletion(128, 0),
      taskCompletion(71, 45),
      '2020年，全市新开工重大项目128个；竣工71个，完成任务的158%。',
      'In 2020, the city started 128 major projects and completed 71 (158% of the target).',
    ],
    [
      'no tasks',
      taskCompletion(1),
      taskCompletion(0),
      '2020年，全市新开工重大项目1个，竣工0个。',
      'In 2020, the city started 1 major project and completed 0.',
    ],
    [
      'nothing done against tasks',
      taskCompletion(0, 10),
      taskCompletion(0, 5),
      '2020年，全市新开工重大项目0个，竣工0个，分别完成任务的0%和0%。',
      'In 2020, the city started 0 major projects and completed 0, reaching 0% and 0% of the respective targets.',
    ],
  ])('%s', (_what, newStarts, completions, zh, en) => {
    expect(projectsSentence({ year: 2020, scopeName: CITY, newStarts, completions })).toEqual({
      zh,
      en,
    });
  });

  it('names a county', () => {
    const sentence = projectsSentence({
      year: 2021,
      scopeName: { zh: '兴宾区', en: 'Xingbin District' },
      newStarts: taskCompletion(23, 40),
      completions: taskCompletion(9, 10),
    });
    expect(sentence.zh).toBe('2021年，兴宾区新开工重大项目23个，竣工9个，分别完成任务的58%和90%。');
    expect(sentence.en).toMatch(/^In 2021, Xingbin District started 23 major projects/);
  });
});

describe('investmentSentence', () => {
  it('reproduces Laibin 2020 from 19650000 万元', () => {
    expect(investmentSentence({ year: 2020, count: 99, totalInvestment: '19650000' })).toEqual({
      ok: true,
      value: {
        zh: '全年新引进工业项目99个，总投资1965亿元。',
        en: 'In 2020, 99 new industrial projects were brought in, with a total investment of 196.5 billion yuan.',
      },
    });
  });

  it.each([
    [3, '125000.00', '全年新引进工业项目3个，总投资12.5亿元。', '1.25 billion yuan'],
    [1, '3550', '全年新引进工业项目1个，总投资3550万元。', '35.5 million yuan'],
    [0, '0', '全年新引进工业项目0个，总投资0万元。', '0 yuan'],
  ])('%s projects, %s 万元', (count, totalInvestment, zh, enAmount) => {
    const result = investmentSentence({ year: 2021, count, totalInvestment });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.zh).toBe(zh);
    expect(result.value.en).toContain(`total investment of ${enAmount}.`);
  });

  it('says "was" for one project', () => {
    const result = investmentSentence({ year: 2021, count: 1, totalInvestment: '3550' });
    expect(result.ok && result.value.en).toBe(
      'In 2021, 1 new industrial project was brought in, with a total investment of 35.5 million yuan.',
    );
  });

  it('refuses an unreadable amount', () => {
    const result = investmentSentence({ year: 2020, count: 99, totalInvestment: '1965亿' });
    expect(result.ok).toBe(false);
  });
});
