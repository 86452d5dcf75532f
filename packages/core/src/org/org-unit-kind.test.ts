import { describe, expect, it } from 'vitest';
import { canBeChildOf, isValidOrgUnitCode } from './org-unit-kind';

describe('org-unit codes', () => {
  it.each([
    ['province', '450000', true],
    ['province', '451300', false],
    ['city', '451300', true],
    ['city', '450000', false],
    ['county', '451302', true],
    ['county', '451300', false],
    ['county', '45130', false],
    ['township', '451302100', true],
    ['township', '4513021', false],
    ['park', '451300-P01', true],
    ['park', '-P01', false],
    ['department', 'GXJ', true],
    ['department', '工信局', false],
  ] as const)('%s %s → %s', (kind, code, expected) => {
    expect(isValidOrgUnitCode(kind, code)).toBe(expected);
  });
});

describe('org-unit nesting', () => {
  it.each([
    ['province', null, true],
    ['city', null, false],
    ['city', 'province', true],
    ['county', 'city', true],
    ['township', 'county', true],
    ['township', 'city', false],
    ['park', 'county', true],
    ['park', 'township', false],
    ['department', 'city', true],
  ] as const)('%s under %s → %s', (child, parent, expected) => {
    expect(canBeChildOf(child, parent)).toBe(expected);
  });
});
