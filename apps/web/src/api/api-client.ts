import { CSRF_HEADER, ZErrorResponse } from '@gongyeyun/contract';
import type { z } from 'zod';
import { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest {
  method?: Method;
  /** Empty values (undefined, null, '') are left out of the query string. */
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

let requestLocale: string | null = null;

/** The language the server should answer messages in before it knows the user's choice. */
export const setRequestLocale = (locale: string): void => {
  requestLocale = locale;
};

export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls the API with the session cookie. State-changing requests carry the CSRF header; answers
 * are checked against the contract's schema; failures throw {@link ApiError}.
 */
export function apiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  request?: ApiRequest,
): Promise<z.output<S>>;
/** For answers without a body (204). */
export function apiFetch(path: string, schema: null, request?: ApiRequest): Promise<void>;
export async function apiFetch(
  path: string,
  schema: z.ZodType | null,
  request: ApiRequest = {},
): Promise<unknown> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (requestLocale) headers['accept-language'] = requestLocale;

  let response: Response;
  try {
    response = await fetch(path + toQueryString(request.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK', message: '' }, { cause });
  }

  if (!response.ok) throw await toApiError(response);
  if (schema === null) return undefined;
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError(
      { status: response.status, code: 'INVALID_RESPONSE', message: '' },
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  return errorFromBody(response.status, await readJson(response));
}

function errorFromBody(status: number, body: unknown): ApiError {
  const parsed = ZErrorResponse.safeParse(body);
  if (parsed.success) return new ApiError({ status, ...parsed.data.error });
  return new ApiError({ status, code: 'INVALID_RESPONSE', message: '' });
}

export interface UploadRequest {
  query?: Record<string, QueryValue>;
  body: FormData;
  /** Share of the body sent so far, 0..1, as the browser reports it. */
  onUploadProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a multipart body like {@link apiFetch} does (cookie, CSRF header, language, checked
 * answer, {@link ApiError} on failure), over XMLHttpRequest, because fetch cannot report the
 * progress of an upload.
 */
export function apiUpload<S extends z.ZodType>(
  path: string,
  schema: S,
  request: UploadRequest,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path + toQueryString(request.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader(CSRF_HEADER, '1');
    if (requestLocale) xhr.setRequestHeader('accept-language', requestLocale);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        request.onUploadProgress?.(event.loaded / event.total);
      }
    };
    xhr.upload.onload = () => request.onUploadProgress?.(1);
    xhr.onload = () => {
      const body = parseJsonText(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorFromBody(xhr.status, body));
        return;
      }
      const parsed = schema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else {
        reject(
          new ApiError(
            { status: xhr.status, code: 'INVALID_RESPONSE', message: '' },
            { cause: parsed.error },
          ),
        );
      }
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', message: '' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.body);
  });
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
