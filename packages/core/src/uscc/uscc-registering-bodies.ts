import type { LocalizedText } from '../common/locale';

/**
 * GB 32100-2015 table of registering bodies (登记管理部门代码, position 1) and the kinds of
 * organisation each registers (机构类别代码, position 2).
 *
 * Source: the code table of GB 32100-2015 as republished in many places (checked against two
 * public transcriptions). 'A' (中央军委改革和编制办公室) and 'N' (农业) were added to the table
 * after the first edition; other bodies may be added again.
 *
 * `isKindListClosed`: for the four bodies the platform sees every day (1 机构编制, 5 民政,
 * 9 市场监管, Y 其他) only the listed kinds are accepted. For the rarer bodies the listed kinds
 * carry labels but any digit 1–9 is accepted, so that a later amendment of the table does not
 * make a form reject a real code.
 */
export const USCC_REGISTERING_BODY_CODES = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'A',
  'N',
  'Y',
] as const;
export type UsccRegisteringBody = (typeof USCC_REGISTERING_BODY_CODES)[number];

export interface UsccRegisteringBodyInfo {
  label: LocalizedText;
  /** Kind code (position 2) → label. */
  kinds: Readonly<Record<string, LocalizedText>>;
  isKindListClosed: boolean;
}

const OTHER: LocalizedText = { zh: '其他', en: 'Other' };

export const USCC_REGISTERING_BODIES: Readonly<
  Record<UsccRegisteringBody, UsccRegisteringBodyInfo>
> = {
  '1': {
    label: { zh: '机构编制', en: 'Institutional establishment authorities' },
    kinds: {
      '1': { zh: '机关', en: 'Government body' },
      '2': { zh: '事业单位', en: 'Public institution' },
      '3': {
        zh: '中央编办直接管理机构编制的群众团体',
        en: 'Mass organisation whose establishment the central office manages directly',
      },
      '9': OTHER,
    },
    isKindListClosed: true,
  },
  '2': {
    label: { zh: '外交', en: 'Foreign affairs' },
    kinds: { '1': { zh: '外国常住新闻机构', en: 'Resident foreign news agency' }, '9': OTHER },
    isKindListClosed: false,
  },
  '3': {
    label: { zh: '司法行政', en: 'Justice administration' },
    kinds: {
      '1': { zh: '律师执业机构', en: 'Law firm' },
      '2': { zh: '公证处', en: 'Notary office' },
      '3': { zh: '基层法律服务所', en: 'Grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'Arbitration commission' },
      '9': OTHER,
    },
    isKindListClosed: false,
  },
  '4': {
    label: { zh: '文化', en: 'Culture' },
    kinds: { '1': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' }, '9': OTHER },
    isKindListClosed: false,
  },
  '5': {
    label: { zh: '民政', en: 'Civil affairs' },
    kinds: {
      '1': { zh: '社会团体', en: 'Social organisation' },
      '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
      '3': { zh: '基金会', en: 'Foundation' },
      '9': OTHER,
    },
    isKindListClosed: true,
  },
  '6': {
    label: { zh: '旅游', en: 'Tourism' },
    kinds: {
      '1': {
        zh: '外国旅游部门常驻代表机构',
        en: 'Resident office of a foreign tourism authority',
      },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'Resident mainland office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': OTHER,
    },
    isKindListClosed: false,
  },
  '7': {
    label: { zh: '宗教', en: 'Religious affairs' },
    kinds: {
      '1': { zh: '宗教活动场所', en: 'Place of religious activity' },
      '2': { zh: '宗教院校', en: 'Religious college' },
      '9': OTHER,
    },
    isKindListClosed: false,
  },
  '8': {
    label: { zh: '工会', en: 'Trade unions' },
    kinds: { '1': { zh: '基层工会', en: 'Grassroots trade union' }, '9': OTHER },
    isKindListClosed: false,
  },
  '9': {
    label: { zh: '市场监管（工商）', en: 'Market regulation (formerly industry and commerce)' },
    kinds: {
      '1': { zh: '企业', en: 'Enterprise' },
      '2': { zh: '个体工商户', en: 'Individual business' },
      '3': { zh: '农民专业合作社', en: "Farmers' specialised cooperative" },
    },
    isKindListClosed: true,
  },
  A: {
    label: {
      zh: '中央军委改革和编制办公室',
      en: 'Central Military Commission Office for Reform and Organisational Structure',
    },
    kinds: { '1': { zh: '军队事业单位', en: 'Military public institution' }, '9': OTHER },
    isKindListClosed: false,
  },
  N: {
    label: { zh: '农业', en: 'Agriculture (rural collective economic organisations)' },
    kinds: {
      '1': { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' },
      '3': {
        zh: '乡镇级集体经济组织',
        en: 'Township-level collective economic organisation',
      },
      '9': OTHER,
    },
    isKindListClosed: false,
  },
  Y: {
    label: { zh: '其他', en: 'Other registering bodies' },
    kinds: { '1': { zh: '不再细分', en: 'Not subdivided' } },
    isKindListClosed: true,
  },
};

export const isUsccRegisteringBody = (char: string): char is UsccRegisteringBody =>
  (USCC_REGISTERING_BODY_CODES as readonly string[]).includes(char);

/** Whether `kind` (position 2) is a kind the body registers. */
export function isUsccKindAllowed(body: UsccRegisteringBody, kind: string): boolean {
  const info = USCC_REGISTERING_BODIES[body];
  if (Object.hasOwn(info.kinds, kind)) return true;
  return !info.isKindListClosed && /^[1-9]$/.test(kind);
}

/** The label of a kind, or null when the table lists none (an accepted but unlisted kind). */
export const usccKindLabel = (body: UsccRegisteringBody, kind: string): LocalizedText | null =>
  Object.hasOwn(USCC_REGISTERING_BODIES[body].kinds, kind)
    ? (USCC_REGISTERING_BODIES[body].kinds[kind] ?? null)
    : null;
