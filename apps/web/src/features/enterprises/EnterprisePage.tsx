import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Row, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { useCanWrite } from '../auth/current-user';
import { EnterpriseChains } from './EnterpriseChains';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';
import { EnterpriseProfile } from './EnterpriseProfile';
import { EnterpriseScaleEvents } from './EnterpriseScaleEvents';
import { useEnterprise } from './use-enterprises';

/** `/enterprises/:id`: one enterprise's record, chains and 四上 history. */
export function EnterprisePage() {
  const { id } = useParams();
  const enterpriseId = Number(id);
  const isValidId = Number.isSafeInteger(enterpriseId) && enterpriseId > 0;
  return isValidId ? <EnterpriseDetail key={enterpriseId} id={enterpriseId} /> : <NotFoundResult />;
}

function EnterpriseDetail({ id }: { id: number }) {
  const { t } = useRegistryI18n();
  const detail = useEnterprise(id);
  const canWrite = useCanWrite('enterprises');
  const [isEditing, setIsEditing] = useState(false);

  if (detail.isPending) return <Spin />;
  if (detail.isError) {
    return isApiError(detail.error, 'NOT_FOUND') ? (
      <NotFoundResult />
    ) : (
      <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  const enterprise = detail.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/enterprises">
        <ArrowLeftOutlined /> {t.enterprises.backToList}
      </Link>
      <EnterpriseProfile
        enterprise={enterprise}
        onEdit={canWrite ? () => setIsEditing(true) : undefined}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <EnterpriseChains enterprise={enterprise} canWrite={canWrite} />
        </Col>
        <Col xs={24} xl={12}>
          <EnterpriseScaleEvents enterprise={enterprise} canWrite={canWrite} />
        </Col>
      </Row>
      <EnterpriseFormDrawer
        mode={isEditing ? { kind: 'edit', enterprise } : null}
        onClose={() => setIsEditing(false)}
      />
    </Space>
  );
}
