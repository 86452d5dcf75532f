import type { LocalizedText } from '../common/locale';

/** Org units: administrative divisions (GB/T 2260 codes), parks and government departments. */
export const ORG_UNIT_KINDS = [
  'province',
  'city',
  'county',
  'township',
  'park',
  'department',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, LocalizedText> = {
  province: { zh: '省（自治区）', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县（市、区）', en: 'County / district' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  park: { zh: '园区', en: 'Park' },
  department: { zh: '部门', en: 'Department' },
};

/** Which kinds may sit directly under which. */
const ALLOWED_PARENTS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  province: [],
  city: ['province'],
  county: ['city', 'province'],
  township: ['county'],
  park: ['province', 'city', 'county'],
  department: ['province', 'city', 'county'],
};

export const canBeChildOf = (child: OrgUnitKind, parent: OrgUnitKind | null): boolean =>
  parent === null ? ALLOWED_PARENTS[child].length === 0 : ALLOWED_PARENTS[child].includes(parent);

/**
 * Code rules: divisions carry GB/T 2260 codes (6 digits; townships the 9-digit statistical
 * code); parks and departments carry the bureau's own code (letters, digits, hyphen).
 */
export function isValidOrgUnitCode(kind: OrgUnitKind, code: string): boolean {
  switch (kind) {
    case 'province':
      return /^\d{2}0000$/.test(code);
    case 'city':
      return /^\d{4}00$/.test(code) && !/^\d{2}0000$/.test(code);
    case 'county':
      return /^\d{6}$/.test(code) && !code.endsWith('00');
    case 'township':
      return /^\d{9}$/.test(code);
    case 'park':
    case 'department':
      return /^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/.test(code);
  }
}
