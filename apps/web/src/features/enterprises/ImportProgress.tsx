import { Flex, Progress, Spin, Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

/** The upload's progress bar, then a spinner while the server reads the rows. */
export function ImportProgress({
  fileName,
  progress,
  workingText,
}: {
  fileName: string;
  /** 0..1 while uploading; 1 once the server has the whole file. */
  progress: number;
  workingText: string;
}) {
  const { t } = useRegistryI18n();
  const isUploaded = progress >= 1;
  return (
    <Flex vertical gap="small" data-testid="import-progress" style={{ marginTop: 16 }}>
      <Typography.Text>{t.enterpriseImport.uploading(fileName)}</Typography.Text>
      <Progress percent={Math.round(progress * 100)} status={isUploaded ? 'success' : 'active'} />
      {isUploaded && (
        <Flex align="center" gap="small">
          <Spin size="small" />
          <Typography.Text type="secondary">{workingText}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
