import type { TGrant } from '@gongyeyun/contract';
import { isEnterpriseRole } from '@gongyeyun/core';
import { Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import { moduleNav } from '../shell/module-nav';
import { useGrantColumns } from '../users/use-grant-columns';

/** The cockpit's place: greets the user and shows what they were granted and may see. */
export function HomePage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const canOpenOrgUnits = canUseModule(me, 'org_units');

  const scope = [
    ...new Map(
      me.grants.filter((g) => !isEnterpriseRole(g.role)).map((g) => [g.orgUnitId, g]),
    ).values(),
  ];
  const hasEnterpriseGrant = me.grants.some((g) => isEnterpriseRole(g.role));

  const columns = useGrantColumns();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t.home.greeting(me.user.displayName)}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t.home.intro}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t.home.grantsTitle}>
            <Table<TGrant>
              data-testid="my-grants"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={me.grants}
              pagination={false}
              locale={{ emptyText: t.home.noGrants }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t.home.scopeTitle} style={{ marginBottom: 16 }}>
            {scope.length === 0 && !hasEnterpriseGrant ? (
              <Empty description={t.home.noGrants} />
            ) : (
              <>
                {scope.length > 0 && (
                  <Typography.Paragraph>{t.home.scopeHint}</Typography.Paragraph>
                )}
                <Space wrap>
                  {scope.map((g) => (
                    <Tag key={g.orgUnitId} color="blue">
                      {canOpenOrgUnits ? (
                        <Link to={`/org-units/${g.orgUnitId}`}>{g.orgUnitName}</Link>
                      ) : (
                        g.orgUnitName
                      )}
                    </Tag>
                  ))}
                </Space>
                {hasEnterpriseGrant && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                    {t.home.enterpriseScope}
                  </Typography.Paragraph>
                )}
              </>
            )}
          </Card>
          <Card title={t.home.modulesTitle}>
            <Space wrap>
              {me.modules.map(({ module, canWrite }) => {
                const nav = moduleNav(module, t);
                return (
                  <Tag key={module} icon={nav.icon} color={canWrite ? 'green' : 'default'}>
                    <Link to={nav.path}>{nav.label}</Link>
                    {' · '}
                    {canWrite ? t.home.readWrite : t.home.readOnly}
                  </Tag>
                );
              })}
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
