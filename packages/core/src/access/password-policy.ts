import type { LocalizedText } from '../common/locale';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_simple' | 'contains_username';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, LocalizedText> = {
  too_short: {
    zh: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
    en: `Password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  too_long: {
    zh: `密码最多 ${PASSWORD_MAX_LENGTH} 位`,
    en: `Password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  too_simple: {
    zh: '密码须包含字母、数字、符号中的至少两类',
    en: 'Password must mix at least two of letters, digits and symbols',
  },
  contains_username: {
    zh: '密码不能包含用户名',
    en: 'Password must not contain the user name',
  },
};

/** Checks a new password against the rules; returns every rule it breaks (empty when fine). */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const classes = [/\p{L}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u].filter((re) => re.test(password));
  if (classes.length < 2) problems.push('too_simple');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('contains_username');
  return problems;
}
