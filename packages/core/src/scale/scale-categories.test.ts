import { describe, expect, it } from 'vitest';
import type { ScaleCategory } from './scale-categories';
import { SCALE_CATEGORIES, SCALE_CATEGORY_LABELS, scaleCategoryOfClass } from './scale-categories';
import { findThreshold } from './find-threshold';
import { DEFAULT_SCALE_THRESHOLDS } from './scale-thresholds';

describe('scaleCategoryOfClass', () => {
  it.each<[string, ScaleCategory | null]>([
    ['0610', 'industry'],
    ['1340', 'industry'],
    ['4330', 'industry'],
    ['4411', 'industry'],
    ['4620', 'industry'],
    ['4710', 'construction'],
    ['5011', 'construction'],
    ['5111', 'wholesale'],
    ['5211', 'retail'],
    ['6110', 'accommodation'],
    ['6210', 'catering'],
    ['7010', 'real_estate'],
    ['7020', 'services'],
    ['7090', 'services'],
    ['5311', 'services'],
    ['6510', 'services'],
    ['8010', 'services'],
    ['8310', 'services'],
    ['8411', 'services'],
    ['8510', 'services'],
    ['9010', 'services'],
    ['0111', null],
    ['6610', null],
    ['9100', null],
    ['9700', null],
    ['13', null],
    ['C', null],
    ['', null],
    ['9811', null],
  ])('class %j is counted as %s', (classCode, category) => {
    expect(scaleCategoryOfClass(classCode)).toBe(category);
  });

  it('labels every category in both languages', () => {
    for (const category of SCALE_CATEGORIES) {
      expect(SCALE_CATEGORY_LABELS[category].zh).not.toBe('');
      expect(SCALE_CATEGORY_LABELS[category].en).not.toBe('');
    }
  });

  // Every class of a category finds a default threshold, before and after the 2019 switch:
  // one class per division, and the real classes of division 70 (which the rules name by class).
  const representativeClasses = [
    ...Array.from({ length: 97 }, (_, i) => `${String(i + 1).padStart(2, '0')}11`).filter(
      (code) => !code.startsWith('70'),
    ),
    '7010',
    '7020',
    '7030',
    '7040',
    '7090',
  ];
  it.each([2011, 2018, 2019, 2025])('the defaults cover every counted class in %i', (year) => {
    for (const classCode of representativeClasses) {
      const category = scaleCategoryOfClass(classCode);
      if (category === null) continue;
      const found = findThreshold(DEFAULT_SCALE_THRESHOLDS, category, year, classCode);
      expect(found.ok, `${classCode} ${category}`).toBe(true);
    }
  });
});
