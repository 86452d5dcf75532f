import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it.each([
    ['gongyeyun-demo', 'admin', []],
    ['Wuxuan-2026-gy', 'officer-wuxuan', []],
    ['短密码', 'x', ['too_short', 'too_simple']],
    ['abcdefghijk', 'admin', ['too_simple']],
    ['12345678901', 'admin', ['too_simple']],
    ['admin-2026-xyz', 'admin', ['contains_username']],
    ['ADMIN-2026-xyz', 'admin', ['contains_username']],
    // Names shorter than three characters are not searched for.
    ['ab-2026-xyzw', 'ab', []],
    ['工业云平台密码2026', 'u1', []],
    ['a1'.repeat(65), 'admin', ['too_long']],
  ])('%s (user %s) → %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });
});
