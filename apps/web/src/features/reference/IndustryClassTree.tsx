import type { TIndustryClass } from '@gongyeyun/contract';
import type { TreeDataNode } from 'antd';
import { Spin, Tree, Typography } from 'antd';
import type { IndustryTree } from './use-industry-classes';
import { useIndustryTree } from './use-industry-classes';
import { IndustryLevelTag } from './IndustryLevelTag';

const EMPTY: readonly string[] = [];

function toTreeData(tree: IndustryTree, parent: string): TreeDataNode[] {
  return (tree.childrenOf.get(parent) ?? []).map((item: TIndustryClass) => ({
    key: item.code,
    isLeaf: !item.hasChildren,
    title: (
      <>
        <Typography.Text strong>{item.code}</Typography.Text> {item.name}{' '}
        <IndustryLevelTag level={item.level} />
      </>
    ),
    children: item.hasChildren ? toTreeData(tree, item.code) : undefined,
  }));
}

/** The classification as a tree, each level loaded when it is opened. */
export function IndustryClassTree() {
  const tree = useIndustryTree(EMPTY);
  if (tree.isPending) return <Spin />;
  return (
    <Tree
      data-testid="industry-class-tree"
      blockNode
      showLine
      selectable={false}
      treeData={toTreeData(tree, '')}
      loadedKeys={[...tree.childrenOf.keys()].filter((code) => code !== '')}
      loadData={(node) => tree.load(String(node.key))}
    />
  );
}
