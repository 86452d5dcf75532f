import type { TErrorResponse } from '@gongyeyun/contract';
import { pickText, type Locale } from '@gongyeyun/core';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, HTTP_STATUS } from '../errors';

const zhIssue = z.locales.zhCN().localeError;

/** The caller's language: their saved choice, else the browser's Accept-Language. */
export function localeOf(request: FastifyRequest): Locale {
  if (request.actor) return request.actor.locale;
  const accept = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(accept) ? 'en-US' : 'zh-CN';
}

type ZodIssueLike = Parameters<NonNullable<typeof zhIssue>>[0] & { message?: string };

/** A message the contract wrote itself, in Chinese, rather than zod's default. */
const hasChinese = (text: string | undefined): text is string =>
  text !== undefined && /[\u4e00-\u9fff]/.test(text);

function issueMessage(issue: ZodIssueLike, locale: Locale): string {
  if (locale === 'en-US' || !zhIssue) return issue.message ?? 'invalid';
  if (hasChinese(issue.message)) return issue.message;
  const out = zhIssue(issue);
  if (!out) return issue.message ?? '无效';
  return typeof out === 'string' ? out : out.message;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = localeOf(request);
    let status: number;
    let body: TErrorResponse;
    if (error instanceof AppError) {
      status = HTTP_STATUS[error.code];
      body = {
        error: {
          code: error.code,
          message: pickText(error.text, locale),
          ...(error.fields
            ? {
                fields: error.fields.map((f) => ({
                  field: f.field,
                  message: pickText(f.text, locale),
                  ...(f.row !== undefined ? { row: f.row } : {}),
                  ...(f.column !== undefined ? { column: f.column } : {}),
                })),
              }
            : {}),
        },
      };
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      const fields = error.validation.map((v) => {
        // The provider keeps each zod issue's own properties in `params`.
        const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const issue = { ...v.params, code: v.keyword, message: v.message } as ZodIssueLike;
        return { field, message: `${field ? `${field}: ` : ''}${issueMessage(issue, locale)}` };
      });
      body = {
        error: {
          code: 'VALIDATION',
          message:
            locale === 'en-US'
              ? `Invalid input: ${fields.map((f) => f.message).join('; ')}`
              : `输入有误：${fields.map((f) => f.message).join('；')}`,
          fields,
        },
      };
    } else if (error.statusCode && error.statusCode < 500) {
      status = error.statusCode;
      const code = status === 404 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : 'VALIDATION';
      body = { error: { code, message: error.message } };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      status = 500;
      body = {
        error: {
          code: 'INTERNAL',
          message:
            locale === 'en-US' ? 'Something went wrong on our side' : '服务器内部错误，请稍后再试',
        },
      };
    }
    body.error.requestId = request.id;
    if (status < 500) request.log.info({ code: body.error.code, status }, 'request refused');
    return reply.status(status).send(body);
  });
}
