import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Page state of a server-paginated table and the antd pagination props that drive it. */
export function usePagination(initialPageSize = 20) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  return {
    page,
    pageSize,
    /** Call when the filters change. */
    toFirstPage: () => setPage(1),
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      showTotal: (count) => t.common.total(count),
      onChange: (nextPage, nextPageSize) => {
        setPage(nextPageSize === pageSize ? nextPage : 1);
        setPageSize(nextPageSize);
      },
    }),
  };
}
