import { InboxOutlined } from '@ant-design/icons';
import { App, Typography, Upload } from 'antd';
import { ENTERPRISE_IMPORT_MAX_BYTES } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { formatFileSize } from '../../shared/format';

const ACCEPTED = /\.(xlsx|csv)$/i;

/**
 * Where the spreadsheet is chosen or dropped. Only .xlsx / .csv up to 10 MB are handed on;
 * the file never goes to the server from here.
 */
export function ImportFileDrop({
  disabled,
  onFile,
}: {
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useRegistryI18n();
  const { message } = App.useApp();
  const i = t.enterpriseImport;

  const accept = (file: File) => {
    if (!ACCEPTED.test(file.name)) void message.error(i.wrongType);
    else if (file.size > ENTERPRISE_IMPORT_MAX_BYTES) {
      void message.error(i.tooLarge(formatFileSize(file.size)));
    } else onFile(file);
    return Upload.LIST_IGNORE;
  };

  return (
    <Upload.Dragger
      data-testid="import-file-input"
      accept=".xlsx,.csv"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      beforeUpload={accept}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <Typography.Paragraph strong>{i.uploadTitle}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{i.uploadRule}</Typography.Paragraph>
    </Upload.Dragger>
  );
}
