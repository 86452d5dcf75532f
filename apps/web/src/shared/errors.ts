import { ApiError } from '../api/api-error';
import type { Messages } from '../i18n/messages-zh-cn';

/** The text to show for a failure: the server's own (localised) message when there is one. */
export function describeError(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  if (error.code === 'NETWORK') return t.errors.network;
  if (error.code === 'INVALID_RESPONSE') return t.errors.invalidResponse(error.status);
  return error.requestId && error.code === 'INTERNAL'
    ? `${error.message}（${t.errors.requestId}: ${error.requestId}）`
    : error.message;
}

/** `grants.0.orgUnitId` → `['grants', 0, 'orgUnitId']`, the name path antd forms use. */
export const toNamePath = (field: string): (string | number)[] =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
