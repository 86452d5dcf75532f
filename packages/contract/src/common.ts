import { z } from 'zod';

/** Error codes the API answers with. The server maps each to one HTTP status. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'CSRF',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;
export const ZErrorCode = z.enum(ERROR_CODES);
export type TErrorCode = z.infer<typeof ZErrorCode>;

export const ZFieldError = z.object({
  /** Dotted path of the field, e.g. `grants.0.orgUnitId`; spreadsheets add row and column. */
  field: z.string(),
  message: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

export const ZErrorResponse = z.object({
  error: z.object({
    code: ZErrorCode,
    /** In the caller's language (zh-CN unless the user chose English). */
    message: z.string(),
    fields: z.array(ZFieldError).optional(),
    requestId: z.string().optional(),
  }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZId = z.coerce.number().int().positive();
export const ZIdParams = z.object({ id: ZId });

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export interface TPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A header every state-changing request sent with a session cookie must carry. */
export const CSRF_HEADER = 'x-gongyeyun-csrf';

export const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type THealth = z.infer<typeof ZHealth>;
