import type { LocalizedText } from '../common/locale';
import { exhaustiveSwitchError } from '../common/result';
import { industryLevel, sectionOfIndustryCode } from '../industry/industry-code';

/** The 四上 categories: enterprises above the statistical thresholds (see DOMAIN.md). */
export const SCALE_CATEGORIES = [
  'industry',
  'wholesale',
  'retail',
  'accommodation',
  'catering',
  'services',
  'construction',
  'real_estate',
] as const;
export type ScaleCategory = (typeof SCALE_CATEGORIES)[number];

export const SCALE_CATEGORY_LABELS: Record<ScaleCategory, LocalizedText> = {
  industry: { zh: '规模以上工业', en: 'Industry above designated size' },
  wholesale: { zh: '限额以上批发业', en: 'Wholesale above designated size' },
  retail: { zh: '限额以上零售业', en: 'Retail above designated size' },
  accommodation: { zh: '限额以上住宿业', en: 'Accommodation above designated size' },
  catering: { zh: '限额以上餐饮业', en: 'Catering above designated size' },
  services: { zh: '规模以上服务业', en: 'Services above designated size' },
  construction: { zh: '资质等级建筑业', en: 'Construction with a qualification grade' },
  real_estate: { zh: '房地产开发经营业', en: 'Real-estate development' },
};

/** 房地产开发经营: the one class of section K counted as real estate, not as services. */
const REAL_ESTATE_DEVELOPMENT_CLASS = '7010';

/**
 * Which 四上 category an enterprise of a GB/T 4754 class would be counted in, or null when its
 * industry has no 四上 threshold (agriculture A, finance J, public administration S,
 * international organisations T) or the code is not a 4-digit class.
 */
export function scaleCategoryOfClass(classCode: string): ScaleCategory | null {
  if (industryLevel(classCode) !== 'class') return null;
  const section = sectionOfIndustryCode(classCode);
  const division = classCode.slice(0, 2);
  switch (section) {
    case 'B':
    case 'C':
    case 'D':
      return 'industry';
    case 'E':
      return 'construction';
    case 'F':
      return division === '51' ? 'wholesale' : 'retail';
    case 'H':
      return division === '61' ? 'accommodation' : 'catering';
    case 'K':
      return classCode === REAL_ESTATE_DEVELOPMENT_CLASS ? 'real_estate' : 'services';
    case 'G':
    case 'I':
    case 'L':
    case 'M':
    case 'N':
    case 'O':
    case 'P':
    case 'Q':
    case 'R':
      return 'services';
    case 'A':
    case 'J':
    case 'S':
    case 'T':
    case null:
      return null;
    default:
      return exhaustiveSwitchError(section, 'industry section');
  }
}
