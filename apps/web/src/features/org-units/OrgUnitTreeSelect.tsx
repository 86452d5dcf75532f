import type { TOrgUnitNode } from '@gongyeyun/contract';
import type { TreeSelectProps } from 'antd';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useOrgUnitTree } from './use-org-units';

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

const toOptions = (nodes: TOrgUnitNode[]): TreeOption[] =>
  nodes.map((n) => ({
    value: n.id,
    title: `${n.name}（${n.code}）`,
    children: toOptions(n.children),
  }));

/** Picks one org unit of the user's scope; fed by the org-unit tree. */
export function OrgUnitTreeSelect(props: Omit<TreeSelectProps<number>, 'treeData'>) {
  const tree = useOrgUnitTree();
  const treeData = useMemo(() => toOptions(tree.data?.roots ?? []), [tree.data]);
  return (
    <TreeSelect<number>
      showSearch={{ treeNodeFilterProp: 'title' }}
      loading={tree.isPending}
      treeData={treeData}
      treeDefaultExpandAll={treeData.length === 1 && (treeData[0]?.children.length ?? 0) < 30}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
