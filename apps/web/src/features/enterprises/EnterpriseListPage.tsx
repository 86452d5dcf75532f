import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useCanWrite } from '../auth/current-user';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';
import { EnterpriseList } from './EnterpriseList';

/** `/enterprises`: the registry, filtered through the address; writers create and import. */
export function EnterpriseListPage() {
  const { t } = useRegistryI18n();
  const navigate = useNavigate();
  const canWrite = useCanWrite('enterprises');
  const [isCreating, setIsCreating] = useState(false);

  return (
    <>
      <EnterpriseList
        title={t.nav.enterprises}
        actions={
          canWrite && (
            <>
              <Button
                icon={<UploadOutlined />}
                onClick={() => void navigate('/enterprises/import')}
              >
                {t.enterprises.import}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="enterprise-create"
                onClick={() => setIsCreating(true)}
              >
                {t.enterprises.create}
              </Button>
            </>
          )
        }
      />
      <EnterpriseFormDrawer
        mode={isCreating ? { kind: 'create' } : null}
        onClose={() => setIsCreating(false)}
        onSaved={(created) => void navigate(`/enterprises/${created.id}`)}
      />
    </>
  );
}
