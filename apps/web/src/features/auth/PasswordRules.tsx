import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import type { PasswordProblem } from '@gongyeyun/core';
import { PASSWORD_PROBLEM_TEXT, checkPassword } from '@gongyeyun/core';
import { Flex, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

/** The rules every new password is held to; `too_long` is shown only when broken. */
const SHOWN_RULES: readonly PasswordProblem[] = ['too_short', 'too_simple', 'contains_username'];

/** The password rules of core, each ticked off live as the user types. */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const { t, label } = useI18n();
  const problems = checkPassword(password, username);
  const rules = problems.includes('too_long') ? [...SHOWN_RULES, 'too_long' as const] : SHOWN_RULES;
  return (
    <div data-testid="password-rules" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t.auth.rulesTitle}</Typography.Text>
      {rules.map((rule) => {
        const isBroken = problems.includes(rule);
        const icon = !password ? (
          <MinusCircleOutlined style={{ color: '#bfbfbf' }} />
        ) : isBroken ? (
          <CloseCircleFilled style={{ color: '#ff4d4f' }} />
        ) : (
          <CheckCircleFilled style={{ color: '#52c41a' }} />
        );
        return (
          <Flex key={rule} gap="small" align="center" data-rule={rule} data-ok={!isBroken}>
            {icon}
            <Typography.Text type={password && isBroken ? 'danger' : undefined}>
              {label(PASSWORD_PROBLEM_TEXT[rule])}
            </Typography.Text>
          </Flex>
        );
      })}
    </div>
  );
}
