import type { UsccRegisteringBody } from './uscc-registering-bodies';
import {
  USCC_ALPHABET,
  computeOrganisationCheckChar,
  computeUsccCheckChar,
  validateUscc,
} from './uscc';

export interface MakeUsccInput {
  /** GB/T 2260 code of the registering authority, e.g. '451300'. */
  divisionCode: string;
  /** 0 ≤ serial < MAX_USCC_SERIAL; each serial gives a different organisation code. */
  serial: number;
  registeringBody?: UsccRegisteringBody;
  kind?: string;
}

const ORGANISATION_BODY_LENGTH = 8;

/** 31^8: the number of distinct organisation-code bodies the generator can write. */
export const MAX_USCC_SERIAL = USCC_ALPHABET.length ** ORGANISATION_BODY_LENGTH;

/**
 * Builds a valid USCC for tests and demo data, deterministically from a serial number.
 *
 * The 8 characters of the organisation-code body are the serial written in base 31 over the
 * USCC alphabet (digits and capital letters without I O S V Z), so they are valid both as
 * GB 11714 characters and as USCC characters; then the organisation check digit and the USCC
 * check character are appended.
 *
 * Wrong arguments are a programming error in a fixture, so they throw (RangeError) rather than
 * return a Result.
 */
export function makeUscc({
  divisionCode,
  serial,
  registeringBody = '9',
  kind = '1',
}: MakeUsccInput): string {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial >= MAX_USCC_SERIAL) {
    throw new RangeError(`serial must be an integer in [0, ${MAX_USCC_SERIAL}), got ${serial}`);
  }
  let rest = serial;
  let body = '';
  for (let i = 0; i < ORGANISATION_BODY_LENGTH; i++) {
    body = USCC_ALPHABET.charAt(rest % USCC_ALPHABET.length) + body;
    rest = Math.floor(rest / USCC_ALPHABET.length);
  }
  const organisationCode = body + (computeOrganisationCheckChar(body) ?? '');
  const first17 = `${registeringBody}${kind}${divisionCode}${organisationCode}`;
  const code = first17 + (computeUsccCheckChar(first17) ?? '');
  const checked = validateUscc(code);
  if (!checked.ok) {
    throw new RangeError(`makeUscc: cannot build a valid code: ${checked.error.message.en}`);
  }
  if (checked.value.code !== code) {
    throw new RangeError(`makeUscc: arguments must already be in canonical form, got ${code}`);
  }
  return code;
}
