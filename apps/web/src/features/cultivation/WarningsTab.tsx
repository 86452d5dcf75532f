import { DownloadOutlined } from '@ant-design/icons';
import type { TExitWarning } from '@gongyeyun/contract';
import {
  EXIT_WARNING_RULE_LABELS,
  EXIT_WARNING_RULES,
  type ExitWarningRule,
} from '@gongyeyun/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { cultivationApi, type WarningFilters } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { LoadError } from '../../shared/LoadError';
import {
  cultivationKeys,
  formatPercent,
  formatWan,
  useCultivationOptions,
} from './use-cultivation';
import { WarningDrawer } from './WarningDrawer';

type Status = 'open' | 'closed' | 'all';

/** 退库预警: enterprises above the threshold at risk of leaving the statistics. */
export function WarningsTab() {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const options = useCultivationOptions();
  const [filters, setFilters] = useState<WarningFilters>({ status: 'open' });
  const [openId, setOpenId] = useState<number | null>(null);
  const page = useQuery({
    queryKey: cultivationKeys.warnings(filters),
    queryFn: ({ signal }) => cultivationApi.warnings(filters, signal),
    placeholderData: keepPreviousData,
  });
  const set = (patch: WarningFilters) => setFilters((f) => ({ ...f, ...patch }));
  const data = page.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          {options.counties.length > 1 && (
            <Select
              allowClear
              placeholder={c.county}
              style={{ width: 140 }}
              options={options.counties}
              onChange={(v?: number) => set({ unitId: v })}
            />
          )}
          <Select<Status>
            value={filters.status ?? 'open'}
            style={{ width: 120 }}
            options={(['open', 'closed', 'all'] as const).map((s) => ({
              value: s,
              label: c.statusFilter[s],
            }))}
            onChange={(v) => set({ status: v })}
            data-testid="warning-filter-status"
          />
          <Select
            allowClear
            placeholder={c.rule}
            style={{ width: 220 }}
            options={EXIT_WARNING_RULES.map((r) => ({
              value: r,
              label: `${label(EXIT_WARNING_RULE_LABELS[r])}${data ? `（${data.byRule[r]}）` : ''}`,
            }))}
            onChange={(v?: ExitWarningRule) => set({ rule: v })}
          />
        </Flex>
        <Button
          icon={<DownloadOutlined />}
          href={cultivationApi.warningsExportUrl(filters)}
          data-testid="warnings-export"
        >
          {c.export}
        </Button>
      </Flex>
      {data && (
        <Typography.Text type="secondary">
          {data.unit.name} · {c.through(data.through)}
        </Typography.Text>
      )}
      {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<TExitWarning>
        rowKey="id"
        size="middle"
        data-testid="warnings-table"
        loading={page.isFetching}
        dataSource={data?.rows}
        locale={{ emptyText: c.noWarnings }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: c.enterprise,
            key: 'enterprise',
            render: (_, r) => (
              <Typography.Link onClick={() => setOpenId(r.id)} data-testid={`warning-open-${r.id}`}>
                {r.enterprise.name}
              </Typography.Link>
            ),
          },
          { title: c.county, key: 'county', width: 90, render: (_, r) => r.enterprise.countyName },
          {
            title: c.findings,
            key: 'findings',
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                {r.findings.map((f) => (
                  <span key={f.rule}>
                    <Tag color="orange">{label(EXIT_WARNING_RULE_LABELS[f.rule])}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {label(f.message)}
                    </Typography.Text>
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: c.level,
            key: 'level',
            width: 160,
            render: (_, r) =>
              `${formatWan(r.level.value)} / ${formatWan(r.level.threshold)} (${formatPercent(r.level.ratio)})`,
          },
          { title: c.judgedThrough, dataIndex: 'judgedThrough', width: 100 },
          {
            title: c.officer,
            key: 'officer',
            width: 100,
            render: (_, r) => r.officer?.name ?? c.noOfficer,
          },
          {
            title: c.status,
            dataIndex: 'status',
            width: 90,
            render: (v: TExitWarning['status']) => (
              <Tag color={v === 'open' ? 'red' : 'default'}>{c.warningStatus[v]}</Tag>
            ),
          },
        ]}
      />
      {openId !== null && <WarningDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
