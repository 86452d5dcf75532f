import type { LocalizedText } from '../common/locale';

/** The tags a bureau starts with; administrators edit the list. */
export const DEFAULT_ENTERPRISE_TAGS: readonly { code: string; label: LocalizedText }[] = [
  { code: 'high_tech', label: { zh: '高新技术企业', en: 'High-tech enterprise' } },
  { code: 'specialised', label: { zh: '专精特新', en: 'Specialised and innovative' } },
  { code: 'little_giant', label: { zh: '专精特新“小巨人”', en: '"Little giant"' } },
  { code: 'gazelle', label: { zh: '瞪羚企业', en: 'Gazelle' } },
  { code: 'leading', label: { zh: '龙头企业', en: 'Leading enterprise' } },
  { code: 'sci_tech_sme', label: { zh: '科技型中小企业', en: 'Science & technology SME' } },
];
