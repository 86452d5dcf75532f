import type { LocalizedText } from '../common/locale';
import type { Result } from '../common/result';
import { err, ok } from '../common/result';
import type { UsccRegisteringBody } from './uscc-registering-bodies';
import {
  USCC_REGISTERING_BODIES,
  USCC_REGISTERING_BODY_CODES,
  isUsccKindAllowed,
  isUsccRegisteringBody,
} from './uscc-registering-bodies';

/**
 * GB 32100-2015 unified social credit code (统一社会信用代码, USCC):
 *
 *   position  1     registering body (登记管理部门代码)
 *   position  2     kind of organisation (机构类别代码)
 *   positions 3–8   GB/T 2260 division code of the registering authority
 *   positions 9–17  GB 11714 organisation code (主体标识码), position 17 its own check digit
 *   position  18    check character over positions 1–17 (GB/T 17710, ISO 7064 MOD 31-3 style)
 */
export const USCC_LENGTH = 18;

/** The 31 symbols, in value order 0..30: digits, then capital letters without I O S V Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1..17: 3^(i-1) mod 31. */
export const USCC_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

/** GB 11714 weights of the first 8 characters of an organisation code. */
export const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const FORBIDDEN_LETTERS = ['I', 'O', 'S', 'V', 'Z'];

/**
 * First two digits of the GB/T 2260 province-level codes (incl. 71 Taiwan, 81 Hong Kong, 82 Macao).
 * Codes issued by central (national-level) registering authorities carry `100000` in positions
 * 3–8 (e.g. 机关 under the State Council: 11100000…), so that code is accepted too.
 */
// prettier-ignore
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
  '65', '71', '81', '82',
]);
const CENTRAL_DIVISION_CODE = '100000';

export type UsccRule =
  | 'empty'
  | 'length'
  | 'charset'
  | 'registering_body'
  | 'kind'
  | 'division_code'
  | 'organisation_check'
  | 'check_digit';

export interface UsccError {
  rule: UsccRule;
  message: LocalizedText;
  /** 1-based position of the offending character, when one can be named. */
  position?: number;
}

export interface UsccParts {
  /** The normalised code (upper-case, half-width, no spaces). */
  code: string;
  registeringBody: UsccRegisteringBody;
  kind: string;
  /** Positions 3–8: GB/T 2260 code of the registering authority. */
  divisionCode: string;
  /** Positions 9–17: GB 11714 organisation code including its check digit. */
  organisationCode: string;
}

export type UsccResult = Result<UsccParts, UsccError>;

export interface ValidateUsccOptions {
  /**
   * When given, decides whether positions 3–8 name a real division (e.g. a lookup in the
   * GB/T 2260 table), replacing the built-in plausibility check (6 digits, province prefix).
   */
  isKnownDivision?: (divisionCode: string) => boolean;
}

/**
 * Canonical form of a typed or pasted code: trims, drops inner white space (incl. the
 * full-width space) and invisible zero-width characters, turns full-width letters and digits
 * into half-width and lower case into upper case. Does not validate.
 */
export function normalizeUscc(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '')
    .toUpperCase();
}

const usccValue = (char: string): number => USCC_ALPHABET.indexOf(char);

/** GB 11714 value of a character: digits 0–9, letters A=10 … Z=35; -1 otherwise. */
function organisationValue(char: string): number {
  if (/^[0-9]$/.test(char)) return Number(char);
  if (/^[A-Z]$/.test(char)) return char.charCodeAt(0) - 55;
  return -1;
}

/**
 * The 18th character for the first 17 characters of a (normalised) USCC, or null when the
 * input is not 17 characters of the USCC alphabet.
 */
export function computeUsccCheckChar(first17: string): string | null {
  if (first17.length !== USCC_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = usccValue(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(check);
}

/**
 * The 9th character (check digit) of a GB 11714 organisation code for its first 8 characters
 * (digits and capital letters), or null when the input is not 8 such characters.
 */
export function computeOrganisationCheckChar(first8: string): string | null {
  if (first8.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < first8.length; i++) {
    const value = organisationValue(first8.charAt(i));
    if (value < 0) return null;
    sum += value * (ORGANISATION_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

const fail = (rule: UsccRule, message: LocalizedText, position?: number): UsccResult =>
  err(position === undefined ? { rule, message } : { rule, message, position });

function checkCharset(chars: readonly string[]): UsccResult | null {
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (usccValue(ch) >= 0) continue;
    const isForbiddenLetter = FORBIDDEN_LETTERS.includes(ch);
    return fail(
      'charset',
      isForbiddenLetter
        ? {
            zh: `第${i + 1}位“${ch}”不是合法字符（不使用 I、O、S、V、Z）`,
            en: `Character ${i + 1} “${ch}” is not allowed (the letters I, O, S, V and Z are never used)`,
          }
        : {
            zh: `第${i + 1}位“${ch}”不是合法字符（只能是数字或大写字母，不使用 I、O、S、V、Z）`,
            en: `Character ${i + 1} “${ch}” is not allowed (only digits and capital letters other than I, O, S, V, Z)`,
          },
      i + 1,
    );
  }
  return null;
}

function checkKind(body: UsccRegisteringBody, kind: string): UsccResult | null {
  if (isUsccKindAllowed(body, kind)) return null;
  const info = USCC_REGISTERING_BODIES[body];
  const listed = Object.entries(info.kinds);
  const expected = info.isKindListClosed
    ? {
        zh: listed.map(([code, label]) => `${code} ${label.zh}`).join('、'),
        en: listed.map(([code, label]) => `${code} ${label.en}`).join(', '),
      }
    : { zh: '1–9 之间的数字', en: 'a digit 1–9' };
  return fail(
    'kind',
    {
      zh: `第2位“${kind}”不是“${info.label.zh}”登记的机构类别（应为 ${expected.zh}）`,
      en: `Character 2 “${kind}” is not a kind registered by ${info.label.en} (expected ${expected.en})`,
    },
    2,
  );
}

function checkDivision(division: string, options: ValidateUsccOptions): UsccResult | null {
  if (!/^\d{6}$/.test(division)) {
    return fail(
      'division_code',
      {
        zh: `第3–8位应为6位数字的行政区划代码，实际为“${division}”`,
        en: `Characters 3–8 must be a 6-digit administrative division code, not “${division}”`,
      },
      3,
    );
  }
  if (options.isKnownDivision) {
    if (options.isKnownDivision(division)) return null;
    return fail(
      'division_code',
      {
        zh: `第3–8位“${division}”不是已知的行政区划代码`,
        en: `Characters 3–8 “${division}” are not a known administrative division code`,
      },
      3,
    );
  }
  if (division === CENTRAL_DIVISION_CODE || PROVINCE_PREFIXES.has(division.slice(0, 2))) {
    return null;
  }
  return fail(
    'division_code',
    {
      zh: `第3–8位“${division}”不是有效的行政区划代码（前两位“${division.slice(0, 2)}”不是省级代码）`,
      en: `Characters 3–8 “${division}” are not a valid administrative division code (“${division.slice(0, 2)}” is not a province code)`,
    },
    3,
  );
}

/**
 * Validates a USCC after normalising it. The checks run in an order where the first failure
 * points at the most specific place: length, then each character, then the parts from left
 * to right (body, kind, division, organisation code), and the overall check character last,
 * since a check failure alone cannot say which character is wrong.
 */
export function validateUscc(input: string, options: ValidateUsccOptions = {}): UsccResult {
  const code = normalizeUscc(input);
  if (code === '') {
    return fail('empty', {
      zh: '请填写统一社会信用代码',
      en: 'Enter the unified social credit code',
    });
  }
  const chars = Array.from(code);
  if (chars.length !== USCC_LENGTH) {
    return fail('length', {
      zh: `统一社会信用代码应为18位，当前为${chars.length}位`,
      en: `A unified social credit code has 18 characters; this one has ${chars.length}`,
    });
  }
  const charsetError = checkCharset(chars);
  if (charsetError) return charsetError;

  const body = code.charAt(0);
  if (!isUsccRegisteringBody(body)) {
    return fail(
      'registering_body',
      {
        zh: `第1位“${body}”不是有效的登记管理部门代码（应为 ${USCC_REGISTERING_BODY_CODES.join('、')} 之一）`,
        en: `Character 1 “${body}” is not a registering-body code (expected one of ${USCC_REGISTERING_BODY_CODES.join(', ')})`,
      },
      1,
    );
  }
  const kind = code.charAt(1);
  const kindError = checkKind(body, kind);
  if (kindError) return kindError;

  const divisionCode = code.slice(2, 8);
  const divisionError = checkDivision(divisionCode, options);
  if (divisionError) return divisionError;

  const organisationCode = code.slice(8, 17);
  const expectedOrgCheck = computeOrganisationCheckChar(organisationCode.slice(0, 8));
  const actualOrgCheck = organisationCode.charAt(8);
  if (expectedOrgCheck !== actualOrgCheck) {
    return fail(
      'organisation_check',
      {
        zh: `第9–17位组织机构代码“${organisationCode}”校验不通过：第17位应为“${expectedOrgCheck}”，实际为“${actualOrgCheck}”`,
        en: `The organisation code in characters 9–17 “${organisationCode}” fails its check: character 17 should be “${expectedOrgCheck}”, not “${actualOrgCheck}”`,
      },
      17,
    );
  }

  const expectedCheck = computeUsccCheckChar(code.slice(0, 17));
  const actualCheck = code.charAt(17);
  if (expectedCheck !== actualCheck) {
    return fail(
      'check_digit',
      {
        zh: `校验位错误：最后一位应为“${expectedCheck}”，实际为“${actualCheck}”`,
        en: `Wrong check character: the last character should be “${expectedCheck}”, not “${actualCheck}”`,
      },
      18,
    );
  }

  return ok({ code, registeringBody: body, kind, divisionCode, organisationCode });
}
