import type { TErrorCode, TFieldError } from '@gongyeyun/contract';

/** Failures the client detects itself: the server was unreachable or answered nonsense. */
export type ClientErrorCode = 'NETWORK' | 'INVALID_RESPONSE';

export interface ApiErrorInit {
  status: number;
  code: TErrorCode | ClientErrorCode;
  /** The server's message, already in the user's language; empty for client-side failures. */
  message: string;
  fields?: TFieldError[];
  requestId?: string;
}

/** Every failed API call throws one of these. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: TErrorCode | ClientErrorCode;
  readonly fields: TFieldError[];
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit, options?: ErrorOptions) {
    super(init.message || init.code, options);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId;
  }

  /** Whether `message` came from the server (and is therefore fit to show). */
  get hasServerMessage(): boolean {
    return this.code !== 'NETWORK' && this.code !== 'INVALID_RESPONSE' && this.status > 0;
  }
}

export const isApiError = (error: unknown, code?: ApiError['code']): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);
