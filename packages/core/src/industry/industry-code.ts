import type { LocalizedText } from '../common/locale';

/**
 * GB/T 4754-2017 national economic industry classification (国民经济行业分类):
 * section 门类 (a letter A–T) → division 大类 (2 digits) → group 中类 (3) → class 小类 (4).
 * A group's code starts with its division's, a class's with its group's; a division's section
 * follows from the ranges below. The functions here check the structure of a code, not its
 * presence in the published list (97 divisions, 473 groups, 1380 classes).
 */
export const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'] as const;
export type IndustryLevel = (typeof INDUSTRY_LEVELS)[number];

/** Sections with their division ranges (inclusive), as in GB/T 4754-2017. */
// prettier-ignore
export const INDUSTRY_SECTIONS = [
  { section: 'A', firstDivision: 1, lastDivision: 5, label: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' } },
  { section: 'B', firstDivision: 6, lastDivision: 12, label: { zh: '采矿业', en: 'Mining' } },
  { section: 'C', firstDivision: 13, lastDivision: 43, label: { zh: '制造业', en: 'Manufacturing' } },
  { section: 'D', firstDivision: 44, lastDivision: 46, label: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water production and supply' } },
  { section: 'E', firstDivision: 47, lastDivision: 50, label: { zh: '建筑业', en: 'Construction' } },
  { section: 'F', firstDivision: 51, lastDivision: 52, label: { zh: '批发和零售业', en: 'Wholesale and retail trade' } },
  { section: 'G', firstDivision: 53, lastDivision: 60, label: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and post' } },
  { section: 'H', firstDivision: 61, lastDivision: 62, label: { zh: '住宿和餐饮业', en: 'Accommodation and catering' } },
  { section: 'I', firstDivision: 63, lastDivision: 65, label: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' } },
  { section: 'J', firstDivision: 66, lastDivision: 69, label: { zh: '金融业', en: 'Finance' } },
  { section: 'K', firstDivision: 70, lastDivision: 70, label: { zh: '房地产业', en: 'Real estate' } },
  { section: 'L', firstDivision: 71, lastDivision: 72, label: { zh: '租赁和商务服务业', en: 'Leasing and business services' } },
  { section: 'M', firstDivision: 73, lastDivision: 75, label: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' } },
  { section: 'N', firstDivision: 76, lastDivision: 79, label: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' } },
  { section: 'O', firstDivision: 80, lastDivision: 82, label: { zh: '居民服务、修理和其他服务业', en: 'Resident services, repair and other services' } },
  { section: 'P', firstDivision: 83, lastDivision: 83, label: { zh: '教育', en: 'Education' } },
  { section: 'Q', firstDivision: 84, lastDivision: 85, label: { zh: '卫生和社会工作', en: 'Health and social work' } },
  { section: 'R', firstDivision: 86, lastDivision: 90, label: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' } },
  { section: 'S', firstDivision: 91, lastDivision: 96, label: { zh: '公共管理、社会保障和社会组织', en: 'Public administration, social security and social organisations' } },
  { section: 'T', firstDivision: 97, lastDivision: 97, label: { zh: '国际组织', en: 'International organisations' } },
] as const satisfies readonly {
  section: string;
  firstDivision: number;
  lastDivision: number;
  label: LocalizedText;
}[];

export type IndustrySection = (typeof INDUSTRY_SECTIONS)[number]['section'];

/** 工业 (industry in the statistical sense): mining, manufacturing, utilities. */
export const INDUSTRIAL_SECTIONS: readonly IndustrySection[] = ['B', 'C', 'D'];

const isSectionLetter = (code: string): code is IndustrySection =>
  INDUSTRY_SECTIONS.some((row) => row.section === code);

/** The section of a 2-digit division code, or null when it is not one (e.g. '00', '98', '1'). */
export function sectionOfDivision(division: string): IndustrySection | null {
  if (!/^\d{2}$/.test(division)) return null;
  const n = Number(division);
  const row = INDUSTRY_SECTIONS.find((r) => n >= r.firstDivision && n <= r.lastDivision);
  return row ? row.section : null;
}

/** The level of a well-formed code, or null (lower-case letters, spaces, unknown divisions…). */
export function industryLevel(code: string): IndustryLevel | null {
  if (isSectionLetter(code)) return 'section';
  if (!/^\d{2,4}$/.test(code) || sectionOfDivision(code.slice(0, 2)) === null) return null;
  switch (code.length) {
    case 2:
      return 'division';
    case 3:
      return 'group';
    default:
      return 'class';
  }
}

/** The code one level up: class → group → division → section letter; null for a section. */
export function parentIndustryCode(code: string): string | null {
  const level = industryLevel(code);
  switch (level) {
    case null:
    case 'section':
      return null;
    case 'division':
      return sectionOfDivision(code);
    case 'group':
    case 'class':
      return code.slice(0, -1);
  }
}

/** The section a code of any level belongs to, or null for a malformed code. */
export function sectionOfIndustryCode(code: string): IndustrySection | null {
  if (isSectionLetter(code)) return code;
  return industryLevel(code) === null ? null : sectionOfDivision(code.slice(0, 2));
}

/** Whether `code` is `ancestor` or lies below it (both well-formed, any levels). */
export function isIndustryCodeWithin(code: string, ancestor: string): boolean {
  const ancestorLevel = industryLevel(ancestor);
  if (ancestorLevel === null || industryLevel(code) === null) return false;
  if (ancestorLevel === 'section') return sectionOfIndustryCode(code) === ancestor;
  return code.startsWith(ancestor);
}

/**
 * Whether a mapping code (section letter, division, group or class) covers a 4-digit class:
 * the class itself or one of its ancestors.
 */
export const industryCodeCovers = (mappingCode: string, classCode: string): boolean =>
  industryLevel(classCode) === 'class' && isIndustryCodeWithin(classCode, mappingCode);

/** 工业: the code lies in section B, C or D. False for malformed codes. */
export function isIndustrial(code: string): boolean {
  const section = sectionOfIndustryCode(code);
  return section !== null && INDUSTRIAL_SECTIONS.includes(section);
}

/** How specific a code is: 1 for a section … 4 for a class; 0 when malformed. */
export function industryCodeDepth(code: string): number {
  const level = industryLevel(code);
  return level === null ? 0 : INDUSTRY_LEVELS.indexOf(level) + 1;
}
