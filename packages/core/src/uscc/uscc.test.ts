import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_USCC_SERIAL, makeUscc } from './make-uscc';
import type { UsccRule } from './uscc';
import {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  computeOrganisationCheckChar,
  computeUsccCheckChar,
  normalizeUscc,
  validateUscc,
} from './uscc';
import type { UsccRegisteringBody } from './uscc-registering-bodies';
import { USCC_REGISTERING_BODIES, USCC_REGISTERING_BODY_CODES } from './uscc-registering-bodies';

/** Replaces the character at 1-based `position`. */
const substitute = (code: string, position: number, char: string): string =>
  code.slice(0, position - 1) + char + code.slice(position);

/** Recomputes the 18th character, so that only the rule under test can fail. */
const withCheckChar = (first17: string): string => first17 + (computeUsccCheckChar(first17) ?? '?');

const ruleOf = (input: string): UsccRule | 'ok' => {
  const result = validateUscc(input);
  return result.ok ? 'ok' : result.error.rule;
};

/*
 * Hand-verified examples (USCC values: digits 0–9, A=10 … H=17, J=18, K=19, L=20, M=21, N=22,
 * P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30; GB 11714 values: A=10 … Z=35).
 *
 * 1) 91 451300 12345678? ?  (enterprise registered in 来宾市)
 *    Organisation check over 1 2 3 4 5 6 7 8 with weights 3 7 9 10 5 8 4 2:
 *      3 + 14 + 27 + 40 + 25 + 48 + 28 + 16 = 201; 201 mod 11 = 3; 11 − 3 = 8  → '8'
 *    USCC over 9 1 4 5 1 3 0 0 1 2 3 4 5 6 7 8 8 with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
 *      9 + 3 + 36 + 135 + 19 + 78 + 0 + 0 + 20 + 58 + 75 + 52 + 40 + 144 + 70 + 240 + 224 = 1203
 *      1203 mod 31 = 1203 − 1178 = 25; 31 − 25 = 6  → '6'
 *    914513001234567886
 *
 * 2) 92 441625 MA4W3L2H? ?  (individual business registered in 东源县)
 *    Organisation check over M A 4 W 3 L 2 H = 22 10 4 32 3 21 2 17:
 *      66 + 70 + 36 + 320 + 15 + 168 + 8 + 34 = 717; 717 mod 11 = 2; 11 − 2 = 9  → '9'
 *    USCC over 9 2 4 4 1 6 2 5 M A 4 W 3 L 2 H 9 = 9 2 4 4 1 6 2 5 21 10 4 28 3 20 2 17 9:
 *      9 + 6 + 36 + 108 + 19 + 156 + 32 + 85 + 420 + 290 + 100 + 364 + 24 + 480 + 20 + 510 + 252 = 2911
 *      2911 mod 31 = 2911 − 2883 = 28; 31 − 28 = 3  → '3'
 *    92441625MA4W3L2H93
 *
 * 3) 91350100M000100Y43, a sample widely quoted in explanations of the standard:
 *    organisation M000100Y: 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4  → '4'
 *    USCC: 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 21·20 + 0 + 0 + 0 + 1·8 + 0 + 0 + 30·30 + 4·28 = 1640;
 *      1640 mod 31 = 28; 31 − 28 = 3  → '3'
 */
const HAND_VERIFIED = [
  { code: '914513001234567886', kind: '1', divisionCode: '451300', organisationCode: '123456788' },
  { code: '92441625MA4W3L2H93', kind: '2', divisionCode: '441625', organisationCode: 'MA4W3L2H9' },
  { code: '91350100M000100Y43', kind: '1', divisionCode: '350100', organisationCode: 'M000100Y4' },
];

/** Every (body, kind) pair of the closed lists plus a few of the open ones. */
const BODY_KINDS: { registeringBody: UsccRegisteringBody; kind: string }[] =
  USCC_REGISTERING_BODY_CODES.flatMap((registeringBody) =>
    Object.keys(USCC_REGISTERING_BODIES[registeringBody].kinds).map((kind) => ({
      registeringBody,
      kind,
    })),
  );

const DIVISIONS = ['451300', '451302', '451381', '441625', '110000', '650100', '100000', '820000'];

const GENERATED = DIVISIONS.flatMap((divisionCode, d) =>
  BODY_KINDS.filter((_, i) => (i + d) % 3 === 0).map(({ registeringBody, kind }, i) => ({
    code: makeUscc({ divisionCode, serial: d * 1_000_003 + i * 7919, registeringBody, kind }),
    registeringBody,
    kind,
    divisionCode,
  })),
);

const VALID_CODES = [...HAND_VERIFIED.map((row) => row.code), ...GENERATED.map((row) => row.code)];

describe('check characters', () => {
  it('uses the weights 3^(i-1) mod 31', () => {
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
    expect(USCC_ALPHABET).toHaveLength(31);
  });

  it.each([
    ['12345678', '8'],
    ['MA4W3L2H', '9'],
    ['M000100Y', '4'],
    ['00000000', '0'], // Σ = 0 → 11 → '0'
    ['000A0000', 'X'], // Σ = 10·10 = 100, 100 mod 11 = 1 → 10 → 'X'
    ['00000001', '9'], // Σ = 2 → 9
  ])('organisation check of %s is %s', (first8, expected) => {
    expect(computeOrganisationCheckChar(first8)).toBe(expected);
  });

  it.each([
    ['91451300123456788', '6'],
    ['92441625MA4W3L2H9', '3'],
    ['91350100M000100Y4', '3'],
  ])('USCC check of %s is %s', (first17, expected) => {
    expect(computeUsccCheckChar(first17)).toBe(expected);
  });

  it.each(['1234567', '123456789', '1234567a', '1234-678', ''])(
    'organisation check of malformed %j is null',
    (input) => {
      expect(computeOrganisationCheckChar(input)).toBeNull();
    },
  );

  it.each(['9145130012345678', '914513001234567888', '9145130012345678I', '91451300 12345678'])(
    'USCC check of malformed %j is null',
    (input) => {
      expect(computeUsccCheckChar(input)).toBeNull();
    },
  );

  it('maps a remainder of 0 to the check character 0 (31 → 0)', () => {
    const serial = Array.from({ length: 200 }, (_, i) => i).find((s) =>
      makeUscc({ divisionCode: '451300', serial: s }).endsWith('0'),
    );
    expect(serial).toBeDefined();
    const code = makeUscc({ divisionCode: '451300', serial: serial ?? 0 });
    const sum = Array.from(code.slice(0, 17)).reduce(
      (acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * (USCC_WEIGHTS[i] ?? 0),
      0,
    );
    expect(sum % 31).toBe(0);
    expect(ruleOf(code)).toBe('ok');
  });
});

describe('validateUscc: valid codes', () => {
  it.each(HAND_VERIFIED)('accepts the hand-verified $code', (row) => {
    expect(validateUscc(row.code)).toEqual({
      ok: true,
      value: {
        code: row.code,
        registeringBody: '9',
        kind: row.kind,
        divisionCode: row.divisionCode,
        organisationCode: row.organisationCode,
      },
    });
  });

  it('generated the table from several divisions, bodies and kinds', () => {
    expect(GENERATED.length).toBeGreaterThan(20);
    expect(new Set(GENERATED.map((row) => row.registeringBody)).size).toBe(
      USCC_REGISTERING_BODY_CODES.length,
    );
    expect(new Set(GENERATED.map((row) => row.code)).size).toBe(GENERATED.length);
  });

  it.each(GENERATED)('accepts $code (body $registeringBody, kind $kind)', (row) => {
    const result = validateUscc(row.code);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.registeringBody).toBe(row.registeringBody);
    expect(result.value.kind).toBe(row.kind);
    expect(result.value.divisionCode).toBe(row.divisionCode);
    expect(result.value.organisationCode).toBe(row.code.slice(8, 17));
  });

  it.each([
    ['27', 'an unlisted kind of an open body'],
    ['N5', 'an unlisted kind of body N'],
  ])('accepts body/kind %s (%s)', (bodyKind) => {
    const code = withCheckChar(`${bodyKind}451300123456788`);
    expect(ruleOf(code)).toBe('ok');
  });
});

describe('validateUscc: normalisation', () => {
  it.each([
    ['  914513001234567886  ', 'surrounding spaces'],
    ['9145 1300 1234 5678 86', 'inner spaces'],
    ['914513001234567886\n', 'trailing newline'],
    ['９１４５１３００１２３４５６７８８６', 'full-width digits'],
    ['9145\u30001300\u3000123456788６', 'full-width spaces and digit'],
    ['\uFEFF914513001234567886\u200B', 'invisible characters from a paste'],
  ])('accepts %j (%s) as 914513001234567886', (input) => {
    expect(normalizeUscc(input)).toBe('914513001234567886');
    const result = validateUscc(input);
    expect(result.ok && result.value.code).toBe('914513001234567886');
  });

  it.each([
    ['92441625ma4w3l2h93', 'lower case'],
    ['９２４４１６２５ＭＡ４Ｗ３Ｌ２Ｈ９３', 'full-width upper case'],
    ['９２４４１６２５ｍａ４ｗ３ｌ２ｈ９３', 'full-width lower case'],
    [' 92441625 MA4W 3L2H 93 ', 'spaces'],
  ])('accepts %j (%s) as 92441625MA4W3L2H93', (input) => {
    expect(normalizeUscc(input)).toBe('92441625MA4W3L2H93');
    expect(ruleOf(input)).toBe('ok');
  });
});

describe('validateUscc: invalid codes', () => {
  it.each(['', '   ', '\u3000', '\n\t'])('rejects %j as empty', (input) => {
    expect(validateUscc(input)).toEqual({
      ok: false,
      error: {
        rule: 'empty',
        message: { zh: '请填写统一社会信用代码', en: 'Enter the unified social credit code' },
      },
    });
  });

  it.each([
    ['91451300123456788', 17],
    ['9145130012345678866', 19],
    ['9', 1],
    ['91451300 1234567886 (来宾)', 22],
  ])('rejects %j: length %i', (input, length) => {
    const result = validateUscc(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.rule).toBe('length');
    expect(result.error.message.zh).toBe(`统一社会信用代码应为18位，当前为${length}位`);
    expect(result.error.message.en).toContain(`this one has ${length}`);
  });

  const FORBIDDEN = ['I', 'O', 'S', 'V', 'Z'];
  it.each(
    [1, 2, 5, 9, 12, 17, 18].flatMap((position, i) =>
      FORBIDDEN.map((letter, j) => ({
        code: substitute(VALID_CODES[(i + j) % VALID_CODES.length] ?? '', position, letter),
        position,
        letter,
      })),
    ),
  )('rejects $code: forbidden $letter at position $position', ({ code, position, letter }) => {
    const result = validateUscc(code);
    expect(result).toMatchObject({ ok: false, error: { rule: 'charset', position } });
    if (result.ok) return;
    expect(result.error.message.zh).toBe(
      `第${position}位“${letter}”不是合法字符（不使用 I、O、S、V、Z）`,
    );
  });

  it('reports a forbidden lower-case letter after upper-casing it', () => {
    expect(validateUscc('9145o3001234567886')).toMatchObject({
      ok: false,
      error: {
        rule: 'charset',
        position: 5,
        message: { zh: '第5位“O”不是合法字符（不使用 I、O、S、V、Z）' },
      },
    });
  });

  it.each([
    ['91451300-23456788X', 9, '-'],
    ['91451300123456788中', 18, '中'],
    ['*1451300123456788X', 1, '*'],
  ])('rejects %s: character %i %j is not in the alphabet', (code, position, char) => {
    const result = validateUscc(code);
    expect(result).toMatchObject({ ok: false, error: { rule: 'charset', position } });
    if (!result.ok)
      expect(result.error.message.zh).toContain(`第${position}位“${char}”不是合法字符`);
  });

  it.each(['0', 'B', 'C', 'H', 'M', 'X'])('rejects registering body %s', (body) => {
    const code = withCheckChar(`${body}1451300123456788`);
    expect(validateUscc(code)).toMatchObject({
      ok: false,
      error: { rule: 'registering_body', position: 1 },
    });
  });

  it.each([
    ['90', '9'],
    ['94', '9'],
    ['99', '9'],
    ['9A', '9'],
    ['14', '1'],
    ['54', '5'],
    ['Y2', 'Y'],
    ['Y9', 'Y'],
    ['20', '2'],
    ['2A', '2'],
    ['N0', 'N'],
  ])('rejects body/kind %s', (bodyKind) => {
    const code = withCheckChar(`${bodyKind}451300123456788`);
    expect(validateUscc(code)).toMatchObject({ ok: false, error: { rule: 'kind', position: 2 } });
  });

  it('names the expected kinds of a closed list', () => {
    const result = validateUscc(withCheckChar('94451300123456788'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.zh).toBe(
      '第2位“4”不是“市场监管（工商）”登记的机构类别（应为 1 企业、2 个体工商户、3 农民专业合作社）',
    );
    expect(result.error.message.en).toContain('1 Enterprise, 2 Individual business');
  });

  it.each(['000000', '991234', '191234', '701234', '45A300', 'A51300'])(
    'rejects division code %s',
    (division) => {
      const code = withCheckChar(`91${division}123456788`);
      expect(validateUscc(code)).toMatchObject({
        ok: false,
        error: { rule: 'division_code', position: 3 },
      });
    },
  );

  it('uses isKnownDivision when given, in place of the plausibility check', () => {
    const known = new Set(['451300', '451302']);
    const isKnownDivision = (code: string) => known.has(code);
    const inTable = makeUscc({ divisionCode: '451302', serial: 42 });
    const notInTable = makeUscc({ divisionCode: '451399', serial: 42 });
    expect(validateUscc(inTable, { isKnownDivision }).ok).toBe(true);
    expect(validateUscc(notInTable).ok).toBe(true);
    expect(validateUscc(notInTable, { isKnownDivision })).toMatchObject({
      ok: false,
      error: {
        rule: 'division_code',
        message: { zh: '第3–8位“451399”不是已知的行政区划代码' },
      },
    });
    const implausible = withCheckChar('91991234123456788');
    expect(validateUscc(implausible, { isKnownDivision: () => true }).ok).toBe(true);
    expect(
      validateUscc(withCheckChar('9145A300123456788'), { isKnownDivision: () => true }),
    ).toMatchObject({
      ok: false,
      error: { rule: 'division_code' },
    });
  });

  it.each(VALID_CODES)('rejects a broken organisation check digit in %s', (valid) => {
    const actual = valid.charAt(16);
    const wrong = actual === '1' ? '2' : '1';
    const code = withCheckChar(substitute(valid, 17, wrong).slice(0, 17));
    // The overall check passes, so only the organisation-code rule can fire.
    expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
    expect(validateUscc(code)).toMatchObject({
      ok: false,
      error: { rule: 'organisation_check', position: 17 },
    });
  });

  it('explains a broken organisation check digit', () => {
    const result = validateUscc(withCheckChar('91451300123456781'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: {
          zh: '第9–17位组织机构代码“123456781”校验不通过：第17位应为“8”，实际为“1”',
        },
      },
    });
  });

  it.each(VALID_CODES)('rejects every other character at position 18 of %s', (valid) => {
    const expected = valid.charAt(17);
    for (const symbol of USCC_ALPHABET) {
      if (symbol === expected) continue;
      const result = validateUscc(substitute(valid, 18, symbol));
      expect(result).toEqual({
        ok: false,
        error: {
          rule: 'check_digit',
          position: 18,
          message: {
            zh: `校验位错误：最后一位应为“${expected}”，实际为“${symbol}”`,
            en: `Wrong check character: the last character should be “${expected}”, not “${symbol}”`,
          },
        },
      });
    }
  });

  it('reports the most specific rule first when several fail', () => {
    // wrong kind and wrong check character: the kind is named
    expect(ruleOf('94451300123456788X')).toBe('kind');
    // wrong division and wrong organisation check: the division is named
    expect(ruleOf('91000000123456781X')).toBe('division_code');
    // forbidden letter and wrong length: the length comes first
    expect(ruleOf('9I45130012345678')).toBe('length');
  });

  it('detects all 17 × 30 single substitutions in positions 1–17 of a code', () => {
    for (const valid of HAND_VERIFIED.map((row) => row.code)) {
      for (let position = 1; position <= 17; position++) {
        for (const symbol of USCC_ALPHABET) {
          if (symbol === valid.charAt(position - 1)) continue;
          expect(ruleOf(substitute(valid, position, symbol))).not.toBe('ok');
        }
      }
    }
  });
});

describe('validateUscc: properties', () => {
  const provinces = [
    '11',
    '12',
    '13',
    '15',
    '23',
    '32',
    '37',
    '44',
    '45',
    '46',
    '50',
    '54',
    '65',
    '82',
  ];
  const division = fc
    .tuple(fc.constantFrom(...provinces), fc.integer({ min: 0, max: 9999 }))
    .map(([province, rest]) => province + String(rest).padStart(4, '0'));
  const generated = fc
    .record({
      divisionCode: division,
      serial: fc.integer({ min: 0, max: MAX_USCC_SERIAL - 1 }),
      bodyKind: fc.constantFrom(...BODY_KINDS),
    })
    .map(({ divisionCode, serial, bodyKind }) => makeUscc({ divisionCode, serial, ...bodyKind }));

  it('accepts every generated code', () => {
    fc.assert(
      fc.property(generated, (code) => {
        const result = validateUscc(code);
        return result.ok && result.value.code === code;
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every single-character substitution in positions 1–17', () => {
    fc.assert(
      fc.property(
        generated,
        fc.integer({ min: 1, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, position, shift) => {
          const original = USCC_ALPHABET.indexOf(code.charAt(position - 1));
          const replacement = USCC_ALPHABET.charAt((original + shift) % 31);
          return !validateUscc(substitute(code, position, replacement)).ok;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects every other character at position 18', () => {
    fc.assert(
      fc.property(generated, fc.integer({ min: 1, max: 30 }), (code, shift) => {
        const original = USCC_ALPHABET.indexOf(code.charAt(17));
        const mutated = substitute(code, 18, USCC_ALPHABET.charAt((original + shift) % 31));
        return ruleOf(mutated) === 'check_digit';
      }),
    );
  });

  it('normalises lower-case and full-width forms of generated codes', () => {
    fc.assert(
      fc.property(generated, (code) => {
        const fullWidthLower = Array.from(code.toLowerCase(), (ch) =>
          String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
        ).join('');
        return normalizeUscc(fullWidthLower) === code && ruleOf(fullWidthLower) === 'ok';
      }),
    );
  });
});

describe('makeUscc', () => {
  it('is deterministic and gives different codes for different serials', () => {
    const a = makeUscc({ divisionCode: '451300', serial: 1 });
    expect(makeUscc({ divisionCode: '451300', serial: 1 })).toBe(a);
    expect(makeUscc({ divisionCode: '451300', serial: 2 })).not.toBe(a);
    expect(a).toMatch(/^91451300/);
    expect(makeUscc({ divisionCode: '451300', serial: 0 }).slice(0, 17)).toBe('91451300000000000');
  });

  it('writes the serial in base 31 over the USCC alphabet', () => {
    expect(makeUscc({ divisionCode: '451300', serial: 31 }).slice(8, 16)).toBe('00000010');
    expect(makeUscc({ divisionCode: '451300', serial: 30 }).slice(8, 16)).toBe('0000000Y');
    expect(makeUscc({ divisionCode: '451300', serial: MAX_USCC_SERIAL - 1 }).slice(8, 16)).toBe(
      'YYYYYYYY',
    );
  });

  it.each([
    [{ divisionCode: '451300', serial: -1 }],
    [{ divisionCode: '451300', serial: 1.5 }],
    [{ divisionCode: '451300', serial: MAX_USCC_SERIAL }],
    [{ divisionCode: '991234', serial: 1 }],
    [{ divisionCode: '45130', serial: 1 }],
    [{ divisionCode: '451300', serial: 1, kind: '4' }],
    [{ divisionCode: '451300', serial: 1, registeringBody: 'Y' as const, kind: '2' }],
  ])('throws on a wrong fixture argument %j', (input) => {
    expect(() => makeUscc(input)).toThrow(RangeError);
  });
});
