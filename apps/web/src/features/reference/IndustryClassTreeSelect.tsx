import type { TIndustryClass } from '@gongyeyun/contract';
import type { TreeSelectProps } from 'antd';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { useIndustryClassSearch, useIndustryTree } from './use-industry-classes';

interface IndustryOption {
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  disabled?: boolean;
  children?: IndustryOption[];
}

export type IndustryClassTreeSelectProps<V extends string | string[]> = Omit<
  TreeSelectProps<V, IndustryOption>,
  'treeData' | 'loadData' | 'treeLoadedKeys' | 'showSearch' | 'treeDataSimpleMode'
> & {
  /** Only 4-digit classes may be picked (an enterprise has one class). */
  classesOnly?: boolean;
};

const EMPTY: readonly string[] = [];

/**
 * Picks GB/T 4754 codes, shown as "code name": a tree loaded one level at a time, or, while the
 * user types, the codes and names that match, at any level, from the server.
 */
export function IndustryClassTreeSelect<V extends string | string[] = string>({
  classesOnly = false,
  value,
  ...props
}: IndustryClassTreeSelectProps<V>) {
  const { t } = useRegistryI18n();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const shown = useMemo(() => {
    const codes: string | string[] | null | undefined = value;
    if (codes === undefined || codes === null || codes === '') return EMPTY;
    return typeof codes === 'string' ? [codes] : codes;
  }, [value]);
  const tree = useIndustryTree(shown);
  const found = useIndustryClassSearch(q);

  const toOption = (item: TIndustryClass, nested: boolean): IndustryOption => {
    const selectable = !classesOnly || item.level === 'class';
    return {
      value: item.code,
      title: `${item.code} ${item.name}`,
      isLeaf: !nested || !item.hasChildren,
      selectable,
      // In the tree a group must stay open-able; in the flat search list it is just not a choice.
      disabled: !nested && !selectable,
      children: nested && item.hasChildren ? childOptions(item.code) : undefined,
    };
  };
  const childOptions = (parent: string): IndustryOption[] | undefined =>
    tree.childrenOf.get(parent)?.map((item) => toOption(item, true));

  const isSearching = q !== '';
  const treeData = isSearching
    ? (found.data?.items ?? []).map((item) => toOption(item, false))
    : (childOptions('') ?? []);
  const loadedKeys = [...tree.childrenOf.keys()].filter((code) => code !== '');

  return (
    <TreeSelect<V, IndustryOption>
      value={value}
      treeData={treeData}
      loadData={(node) => tree.load(String(node.value))}
      treeLoadedKeys={loadedKeys}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      loading={tree.isPending || (isSearching && found.isFetching)}
      notFoundContent={isSearching && !found.isFetching ? t.reference.noResults : undefined}
      popupMatchSelectWidth={false}
      listHeight={360}
      {...props}
    />
  );
}
