import type { TOrgUnitNode } from '@gongyeyun/contract';
import type { TreeDataNode, TreeProps } from 'antd';
import { Card, Col, Empty, Row, Spin, Tree, Typography } from 'antd';
import type { Key } from 'react';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { OrgUnitDetail } from './OrgUnitDetail';
import { ancestorIds, useOrgUnitIndex, useOrgUnitTree } from './use-org-units';

const toTreeData = (nodes: TOrgUnitNode[]): TreeDataNode[] =>
  nodes.map((n) => ({
    key: n.id,
    title: (
      <>
        {n.name} <Typography.Text type="secondary">{n.code}</Typography.Text>
      </>
    ),
    children: n.children.length > 0 ? toTreeData(n.children) : undefined,
  }));

/** `/org-units` and `/org-units/:id`: the tree of the user's scope, the selected unit beside it. */
export function OrgUnitsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const params = useParams();
  const tree = useOrgUnitTree();
  const roots = tree.data?.roots;
  const index = useOrgUnitIndex(roots);
  const treeData = useMemo(() => toTreeData(roots ?? []), [roots]);

  // No id: the first root. An id that is not a positive integer cannot exist.
  const requestedId = params.id === undefined ? roots?.[0]?.id : Number(params.id);
  const selectedId =
    requestedId !== undefined && Number.isSafeInteger(requestedId) && requestedId > 0
      ? requestedId
      : undefined;

  // Open the selected unit and the path to it whenever the selection moves (also by links).
  const [expandedKeys, setExpandedKeys] = useState<Key[]>([]);
  const [expandedFor, setExpandedFor] = useState<string>('');
  const expansionKey = `${selectedId}:${index.size}`;
  if (selectedId !== undefined && expansionKey !== expandedFor) {
    setExpandedFor(expansionKey);
    setExpandedKeys((keys) => [
      ...new Set([...keys, ...ancestorIds(index, selectedId), selectedId]),
    ]);
  }

  const onSelect: TreeProps['onSelect'] = (keys) => {
    const [key] = keys;
    if (key !== undefined) void navigate(`/org-units/${key}`);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} xxl={6}>
        <Card title={t.orgUnits.treeTitle} styles={{ body: { padding: 12 } }}>
          {tree.isPending ? (
            <Spin />
          ) : treeData.length === 0 ? (
            <Empty description={t.orgUnits.emptyTree} />
          ) : (
            <Tree
              data-testid="org-unit-tree"
              blockNode
              showLine
              height={640}
              treeData={treeData}
              selectedKeys={selectedId === undefined ? [] : [selectedId]}
              expandedKeys={expandedKeys}
              onExpand={setExpandedKeys}
              onSelect={onSelect}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={16} xxl={18}>
        {selectedId !== undefined ? (
          <OrgUnitDetail key={selectedId} id={selectedId} treeIndex={index} />
        ) : params.id !== undefined ? (
          <Card>
            <NotFoundResult />
          </Card>
        ) : tree.isPending ? null : (
          <Card>
            <Empty description={t.orgUnits.selectHint} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
