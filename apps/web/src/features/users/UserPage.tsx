import { ArrowLeftOutlined } from '@ant-design/icons';
import { Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { UserAccount } from './UserAccount';
import { UserGrants } from './UserGrants';
import { useUser } from './use-users';

/** `/users/:id`: one user's account, grants, activation and password reset. */
export function UserPage() {
  const { id } = useParams();
  const userId = Number(id);
  const isValidId = Number.isSafeInteger(userId) && userId > 0;
  return isValidId ? <UserDetail key={userId} id={userId} /> : <NotFoundResult />;
}

function UserDetail({ id }: { id: number }) {
  const { t } = useI18n();
  const detail = useUser(id);

  if (detail.isPending) return <Spin />;
  if (detail.isError) {
    return isApiError(detail.error, 'NOT_FOUND') ? (
      <NotFoundResult />
    ) : (
      <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/users">
        <ArrowLeftOutlined /> {t.users.backToList}
      </Link>
      <UserAccount user={detail.data} />
      <UserGrants user={detail.data} />
    </Space>
  );
}
