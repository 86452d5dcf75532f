import { useQuery } from '@tanstack/react-query';
import type { SelectProps } from 'antd';
import { Select } from 'antd';
import { useState } from 'react';
import { enterprisesApi } from '../../api/enterprises-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { useDebouncedValue } from '../../shared/use-debounced-value';

/**
 * Picks an enterprise below the 四上 threshold in the user's scope, searched on the server by a
 * fragment of its name or the start of its USCC.
 */
export function EnterpriseSelect(props: Omit<SelectProps<number>, 'options' | 'showSearch'>) {
  const { t } = useCultivationI18n();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['cultivation', 'enterprise-choice', q],
    queryFn: ({ signal }) =>
      enterprisesApi.find(
        {
          q: q || undefined,
          scaleCategory: 'none',
          status: 'operating',
          page: 1,
          pageSize: 30,
          sort: 'name',
          order: 'asc',
        },
        signal,
      ),
  });
  return (
    <Select<number>
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      placeholder={t.cultivation.chooseEnterprise}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((e) => ({
        value: e.id,
        label: `${e.name}（${e.countyName ?? '—'}）`,
      }))}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
