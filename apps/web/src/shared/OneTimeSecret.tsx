import { Alert, Modal, Space, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';

interface OneTimeSecretProps {
  /** The secret to show; the modal is open while it is not null. */
  secret: string | null;
  title: string;
  hint: string;
  onClose: () => void;
}

/** Shows a generated password or token once, with a copy button. */
export function OneTimeSecret({ secret, title, hint, onClose }: OneTimeSecretProps) {
  const { t } = useI18n();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      onOk={onClose}
      okText={t.common.keptSafe}
      footer={(_, { OkBtn }) => <OkBtn />}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={hint} />
        <Typography.Paragraph
          data-testid="one-time-secret"
          copyable={{ text: secret ?? '' }}
          code
          style={{ fontSize: 16, wordBreak: 'break-all', marginBottom: 0 }}
        >
          {secret}
        </Typography.Paragraph>
      </Space>
    </Modal>
  );
}
