import type { UsccRule } from '@gongyeyun/core';
import { validateUscc } from '@gongyeyun/core';
import { Form, Input } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useExplainUscc } from './UsccParts';

interface UsccValues {
  uscc?: string;
  usccAcceptedReason?: string;
}

const MIN_REASON_LENGTH = 4;

/**
 * Failures a code really issued by a registering authority can have (real registries hold a
 * few): an administrator may accept those. A code of the wrong length or with characters
 * outside the alphabet is a typing mistake, never accepted.
 */
const ACCEPTABLE_RULES: readonly UsccRule[] = [
  'registering_body',
  'kind',
  'division_code',
  'organisation_check',
  'check_digit',
];

/**
 * The USCC input, checked on every keystroke against GB 32100 with the check's own message in
 * the user's language; a valid code is explained underneath. Whoever may accept a failing code
 * (an administrator) gets a reason field for it.
 */
export function UsccField({ mayAccept }: { mayAccept: boolean }) {
  const { t, label } = useRegistryI18n();
  const explain = useExplainUscc();
  const form = Form.useFormInstance<UsccValues>();
  const uscc = Form.useWatch('uscc', form) ?? '';
  const result = uscc.trim() === '' ? null : validateUscc(uscc);
  const parts = result?.ok ? explain(result.value) : null;

  const isAcceptable = (rule: UsccRule) => mayAccept && ACCEPTABLE_RULES.includes(rule);
  const hasReason = (reason: unknown) =>
    typeof reason === 'string' && reason.trim().length >= MIN_REASON_LENGTH;

  return (
    <>
      <Form.Item
        label={t.enterprises.uscc}
        name="uscc"
        required
        dependencies={['usccAcceptedReason']}
        validateTrigger={['onChange', 'onBlur']}
        hasFeedback
        extra={
          parts ? t.enterprises.usccSummary(parts.body, parts.kind, parts.division) : undefined
        }
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              const checked = validateUscc(value ?? '');
              if (checked.ok) return Promise.resolve();
              if (
                isAcceptable(checked.error.rule) &&
                hasReason(getFieldValue('usccAcceptedReason'))
              ) {
                return Promise.resolve();
              }
              return Promise.reject(new Error(label(checked.error.message)));
            },
          }),
          ({ getFieldValue }) => ({
            warningOnly: true,
            validator: (_, value: string | undefined) => {
              const checked = validateUscc(value ?? '');
              return !checked.ok &&
                isAcceptable(checked.error.rule) &&
                hasReason(getFieldValue('usccAcceptedReason'))
                ? Promise.reject(new Error(t.enterprises.usccAcceptedWarning))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <Input
          data-testid="enterprise-uscc"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
      </Form.Item>
      {result !== null && !result.ok && isAcceptable(result.error.rule) && (
        <Form.Item
          label={t.enterprises.usccAcceptedReason}
          name="usccAcceptedReason"
          extra={t.enterprises.usccAcceptedReasonHint}
          rules={[
            {
              whitespace: true,
              min: MIN_REASON_LENGTH,
              message: t.enterprises.usccAcceptedReasonInvalid,
            },
          ]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      )}
    </>
  );
}
