import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndustryLevel } from './industry-code';
import {
  INDUSTRY_SECTIONS,
  industryCodeCovers,
  industryCodeDepth,
  industryLevel,
  isIndustrial,
  isIndustryCodeWithin,
  parentIndustryCode,
  sectionOfDivision,
  sectionOfIndustryCode,
} from './industry-code';

describe('sectionOfDivision', () => {
  // prettier-ignore
  it.each([
    ['01', 'A'], ['05', 'A'], ['06', 'B'], ['12', 'B'], ['13', 'C'], ['43', 'C'], ['44', 'D'],
    ['46', 'D'], ['47', 'E'], ['50', 'E'], ['51', 'F'], ['52', 'F'], ['53', 'G'], ['60', 'G'],
    ['61', 'H'], ['62', 'H'], ['63', 'I'], ['65', 'I'], ['66', 'J'], ['69', 'J'], ['70', 'K'],
    ['71', 'L'], ['72', 'L'], ['73', 'M'], ['75', 'M'], ['76', 'N'], ['79', 'N'], ['80', 'O'],
    ['82', 'O'], ['83', 'P'], ['84', 'Q'], ['85', 'Q'], ['86', 'R'], ['90', 'R'], ['91', 'S'],
    ['96', 'S'], ['97', 'T'],
  ])('division %s is in section %s', (division, section) => {
    expect(sectionOfDivision(division)).toBe(section);
  });

  it.each(['00', '98', '99', '1', '001', '0111', 'C', '', ' 13', '1a'])(
    '%j is not a division',
    (input) => {
      expect(sectionOfDivision(input)).toBeNull();
    },
  );

  it('has contiguous ranges covering 01–97 exactly once', () => {
    const covered = INDUSTRY_SECTIONS.flatMap((row) =>
      Array.from(
        { length: row.lastDivision - row.firstDivision + 1 },
        (_, i) => row.firstDivision + i,
      ),
    );
    expect(covered).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
    expect(INDUSTRY_SECTIONS.map((row) => row.section).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });
});

describe('industryLevel and parentIndustryCode', () => {
  it.each<[string, IndustryLevel | null, string | null]>([
    ['A', 'section', null],
    ['C', 'section', null],
    ['T', 'section', null],
    ['01', 'division', 'A'],
    ['13', 'division', 'C'],
    ['43', 'division', 'C'],
    ['44', 'division', 'D'],
    ['70', 'division', 'K'],
    ['97', 'division', 'T'],
    ['011', 'group', '01'],
    ['120', 'group', '12'],
    ['431', 'group', '43'],
    ['0111', 'class', '011'],
    ['1311', 'class', '131'],
    ['4411', 'class', '441'],
    ['7010', 'class', '701'],
    ['9299', 'class', '929'],
    ['U', null, null],
    ['c', null, null],
    ['CC', null, null],
    ['', null, null],
    ['1', null, null],
    ['00', null, null],
    ['98', null, null],
    ['981', null, null],
    ['9811', null, null],
    ['01111', null, null],
    ['C13', null, null],
    [' 1311', null, null],
    ['13.1', null, null],
  ])('%j is a %s code with parent %j', (code, level, parent) => {
    expect(industryLevel(code)).toBe(level);
    expect(parentIndustryCode(code)).toBe(parent);
  });

  it.each([
    ['C', 1],
    ['13', 2],
    ['131', 3],
    ['1311', 4],
    ['x', 0],
  ])('depth of %j is %i', (code, depth) => {
    expect(industryCodeDepth(code)).toBe(depth);
  });
});

describe('isIndustrial and sectionOfIndustryCode', () => {
  it.each([
    ['0610', 'B', true],
    ['1311', 'C', true],
    ['4330', 'C', true],
    ['4411', 'D', true],
    ['4620', 'D', true],
    ['4710', 'E', false],
    ['0511', 'A', false],
    ['5110', 'F', false],
    ['7010', 'K', false],
    ['C', 'C', true],
    ['E', 'E', false],
    ['13', 'C', true],
    ['061', 'B', true],
    ['9811', null, false],
    ['c', null, false],
  ])('%s is in section %s; industrial: %s', (code, section, industrial) => {
    expect(sectionOfIndustryCode(code)).toBe(section);
    expect(isIndustrial(code)).toBe(industrial);
  });
});

describe('industryCodeCovers', () => {
  it.each([
    ['C', '1311', true],
    ['13', '1311', true],
    ['131', '1311', true],
    ['1311', '1311', true],
    ['14', '1311', false],
    ['132', '1311', false],
    ['1312', '1311', false],
    ['D', '1311', false],
    ['C', '4330', true],
    ['43', '4330', true],
    ['44', '4330', false],
    ['C', '4411', false],
    ['D', '4411', true],
    ['44', '4411', true],
    ['B', '0610', true],
    ['A', '0610', false],
    ['K', '7010', true],
    // not a class to cover
    ['C', '131', false],
    ['13', '13', false],
    ['C', 'C', false],
    ['13', '13111', false],
    // malformed mapping codes never cover
    ['1', '1311', false],
    ['', '1311', false],
    ['c', '1311', false],
    ['13 ', '1311', false],
    ['98', '9811', false],
  ])('%j covers %j: %s', (mapping, classCode, expected) => {
    expect(industryCodeCovers(mapping, classCode)).toBe(expected);
  });

  it.each([
    ['131', 'C', true],
    ['13', '13', true],
    ['C', 'C', true],
    ['C', '13', false],
    ['13', '131', false],
    ['131', '1', false],
  ])('%j is within %j: %s', (code, ancestor, expected) => {
    expect(isIndustryCodeWithin(code, ancestor)).toBe(expected);
  });
});

/** Every row of the GB/T 4754-2017 file the product ships (packages/db/reference). */
const readReferenceCsv = (fileName: string): string =>
  readFileSync(new URL(`../../../db/reference/${fileName}`, import.meta.url), 'utf8');

interface CsvRow {
  code: string;
  level: string;
  parent: string;
}

const parseRows = (text: string): CsvRow[] =>
  text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [code = '', , level = '', parent = ''] = line.split(',');
      return { code, level, parent };
    });

describe('gbt4754-2017.csv', () => {
  it('agrees with every row of the reference file', async () => {
    const text = readReferenceCsv('gbt4754-2017.csv');
    const rows = parseRows(text);
    const parentOf = new Map(rows.map((row) => [row.code, row.parent]));
    const countByLevel = new Map<string, number>();
    for (const row of rows) {
      countByLevel.set(row.level, (countByLevel.get(row.level) ?? 0) + 1);
      expect(industryLevel(row.code), row.code).toBe(row.level);
      expect(parentIndustryCode(row.code), row.code).toBe(row.parent === '' ? null : row.parent);
      // The section by the functions equals the end of the chain of parents in the file.
      let top = row.code;
      for (let up = parentOf.get(top); up !== undefined && up !== ''; up = parentOf.get(top)) {
        top = up;
      }
      expect(sectionOfIndustryCode(row.code), row.code).toBe(top);
      expect(isIndustrial(row.code), row.code).toBe(['B', 'C', 'D'].includes(top));
      if (row.level === 'class') {
        expect(industryCodeCovers(top, row.code), row.code).toBe(true);
      }
    }
    expect(Object.fromEntries(countByLevel)).toEqual({
      section: 20,
      division: 97,
      group: 473,
      class: 1380,
    });
  });

  it('accepts the classes added by amendment No. 1', async () => {
    const text = readReferenceCsv('gbt4754-2017-amendment1.csv');
    for (const line of text.split(/\r?\n/).slice(1).filter(Boolean)) {
      const [, code = '', , level = '', parent = ''] = line.split(',');
      expect(industryLevel(code), code).toBe(level);
      expect(parentIndustryCode(code), code).toBe(parent);
      expect(sectionOfIndustryCode(code), code).toBe('S');
    }
  });
});
