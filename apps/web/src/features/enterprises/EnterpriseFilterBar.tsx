import { ClearOutlined } from '@ant-design/icons';
import type { TFindEnterprisesQuery } from '@gongyeyun/contract';
import { ENTERPRISE_STATUSES } from '@gongyeyun/contract';
import type { ScaleCategory } from '@gongyeyun/core';
import { SCALE_CATEGORIES, SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import { Button, Flex, Select, TreeSelect } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { SearchBox } from '../../shared/SearchBox';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import {
  chainIdOfOption,
  chainOptionValue,
  chainTreeOptions,
  tierSelectOptions,
  useIndustrialSystems,
} from '../industrial-system/use-industrial-systems';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';
import { IndustryClassTreeSelect } from '../reference/IndustryClassTreeSelect';
import { useEnterpriseTags } from '../reference/use-reference';
import type { EnterpriseQueryState } from './enterprise-query';

type EnterpriseStatus = NonNullable<TFindEnterprisesQuery['status']>;
type ScaleFilter = ScaleCategory | 'none';

const FIELD_WIDTH = 180;

/**
 * The list's filters: search, county and park, tier and chain, industry, 四上 category, tag,
 * status. Selects whose data the user may not read (org units, chains) are left out.
 */
export function EnterpriseFilterBar({
  state,
  hideChainFilters = false,
}: {
  state: EnterpriseQueryState;
  hideChainFilters?: boolean;
}) {
  const { t, label, locale } = useRegistryI18n();
  const me = useCurrentUser();
  const { query, update, clear, hasFilters } = state;
  const orgUnits = useOrgUnitChoices();
  const canReadChains = canUseModule(me, 'industrial_system') && !hideChainFilters;
  const systems = useIndustrialSystems({ enabled: canReadChains });
  const tags = useEnterpriseTags();
  const parks = orgUnits.parksFor(query.countyId);

  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <SearchBox
        data-testid="enterprise-search"
        placeholder={t.enterprises.searchPlaceholder}
        aria-label={t.enterprises.searchPlaceholder}
        style={{ width: 260 }}
        value={query.q}
        onSearch={(q) => update({ q })}
      />
      {orgUnits.counties.length > 0 && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.enterprises.allCounties}
          aria-label={t.enterprises.county}
          style={{ width: FIELD_WIDTH }}
          value={query.countyId}
          onChange={(countyId) => update({ countyId, parkId: undefined })}
          options={orgUnits.counties.map((county) => ({ value: county.id, label: county.name }))}
        />
      )}
      {parks.length > 0 && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.enterprises.allParks}
          aria-label={t.enterprises.park}
          style={{ width: FIELD_WIDTH }}
          value={query.parkId}
          onChange={(parkId) => update({ parkId })}
          options={parks.map((park) => ({ value: park.id, label: park.name }))}
          popupMatchSelectWidth={false}
        />
      )}
      {canReadChains && (systems.data?.length ?? 0) > 0 && (
        <>
          <Select<number>
            allowClear
            placeholder={t.enterprises.allTiers}
            aria-label={t.enterprises.tier}
            style={{ width: FIELD_WIDTH }}
            value={query.tierId}
            onChange={(tierId) => update({ tierId, chainId: undefined })}
            options={tierSelectOptions(systems.data ?? [], locale)}
          />
          <TreeSelect<string>
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            placeholder={t.enterprises.allChains}
            aria-label={t.enterprises.chains}
            style={{ width: FIELD_WIDTH }}
            popupMatchSelectWidth={false}
            treeDefaultExpandAll
            value={query.chainId === undefined ? undefined : chainOptionValue(query.chainId)}
            onChange={(value) => update({ chainId: chainIdOfOption(value) ?? undefined })}
            treeData={chainTreeOptions(systems.data ?? [], locale, { tierId: query.tierId })}
          />
        </>
      )}
      <IndustryClassTreeSelect<string>
        allowClear
        placeholder={t.enterprises.allIndustries}
        aria-label={t.enterprises.industry}
        style={{ width: 220 }}
        value={query.industryCode}
        onChange={(industryCode) => update({ industryCode: industryCode || undefined })}
      />
      <Select<ScaleFilter>
        allowClear
        placeholder={t.enterprises.allScaleCategories}
        aria-label={t.enterprises.scaleCategory}
        style={{ width: FIELD_WIDTH }}
        popupMatchSelectWidth={false}
        value={query.scaleCategory}
        onChange={(scaleCategory) => update({ scaleCategory })}
        options={[
          ...SCALE_CATEGORIES.map((category) => ({
            value: category,
            label: label(SCALE_CATEGORY_LABELS[category]),
          })),
          { value: 'none' as const, label: t.enterprises.notScale },
        ]}
      />
      {(tags.data?.length ?? 0) > 0 && (
        <Select<string>
          allowClear
          placeholder={t.enterprises.allTags}
          aria-label={t.enterprises.tags}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
          value={query.tag}
          onChange={(tag) => update({ tag })}
          options={tags.data?.map((tag) => ({ value: tag.code, label: localName(tag, locale) }))}
        />
      )}
      <Select<EnterpriseStatus>
        allowClear
        placeholder={t.enterprises.allStatuses}
        aria-label={t.enterprises.status}
        style={{ width: 130 }}
        value={query.status}
        onChange={(status) => update({ status })}
        options={ENTERPRISE_STATUSES.map((status) => ({
          value: status,
          label: t.enterprises.statuses[status],
        }))}
      />
      {hasFilters && (
        <Button icon={<ClearOutlined />} onClick={clear}>
          {t.enterprises.clearFilters}
        </Button>
      )}
    </Flex>
  );
}
