import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';
import { describeError, toNamePath } from './errors';

/**
 * Shows a failure as a message in the user's language; with a form, the server's field errors
 * are also put next to their fields.
 */
export function useShowError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (error, form) => {
      if (form && isApiError(error) && error.fields.length > 0) {
        form.setFields(
          error.fields.map((f) => ({ name: toNamePath(f.field), errors: [f.message] })),
        );
      }
      void message.error(describeError(error, t));
    },
    [message, t],
  );
}
