import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { describeError } from './errors';

/** A failed load of a whole page, with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t.errors.loadFailed}
      subTitle={describeError(error, t)}
      extra={<Button onClick={onRetry}>{t.common.retry}</Button>}
    />
  );
}
