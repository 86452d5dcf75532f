import type { TErrorCode, TFieldError } from '@gongyeyun/contract';
import type { LocalizedText } from '@gongyeyun/core';

/** Every expected failure of a service. Transport maps `code` to a status in one place. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly text: LocalizedText,
    readonly fields?: readonly {
      field: string;
      text: LocalizedText;
      row?: number;
      column?: string;
    }[],
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<TErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const notFound = (what: LocalizedText) =>
  new AppError('NOT_FOUND', {
    zh: `未找到${what.zh}，或您无权查看`,
    en: `${what.en} not found, or not in your scope`,
  });

export const forbidden = () =>
  new AppError('FORBIDDEN', {
    zh: '您的角色无权执行此操作',
    en: 'Your role does not allow this action',
  });

export const fieldError = (field: string, text: LocalizedText) =>
  new AppError('VALIDATION', { zh: `${text.zh}`, en: `${text.en}` }, [{ field, text }]);

export type { TFieldError };
