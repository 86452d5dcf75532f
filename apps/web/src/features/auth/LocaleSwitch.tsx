import { GlobalOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { Button } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { useSwitchLocale } from './use-session';

/** The visible language switch; it names the language it switches to. */
export function LocaleSwitch({ type = 'text' }: { type?: ButtonProps['type'] }) {
  const { t } = useI18n();
  const switchLocale = useSwitchLocale();
  return (
    <Button
      data-testid="locale-switch"
      type={type}
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t.locale.switchAria}
      onClick={switchLocale}
    >
      {t.locale.switchLabel}
    </Button>
  );
}
