import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';

/** What a 404 looks like: missing and out-of-scope records are indistinguishable on purpose. */
export function NotFoundResult({ text }: { text?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      data-testid="not-found"
      status="404"
      title={t.errors.notFoundTitle}
      subTitle={text ?? t.errors.notFoundText}
      extra={
        <Button type="primary" onClick={() => void navigate(-1)}>
          {t.common.back}
        </Button>
      }
    />
  );
}
