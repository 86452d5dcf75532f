import type { TEnterprise } from '@gongyeyun/contract';
import { Col, Form, Select } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';

interface LocationValues {
  countyId?: number;
  townshipId?: number;
  parkId?: number;
}

interface Option {
  value: number;
  label: string;
}

/** Adds the record's own value when the user's tree does not hold it, so it shows by name. */
function withCurrent(options: Option[], id: number | null, name: string | null): Option[] {
  if (id === null || name === null || options.some((o) => o.value === id)) return options;
  return [...options, { value: id, label: name }];
}

/**
 * County → township → park: the township and park choices are limited to the chosen county
 * (parks of the city above it included), and are cleared when the county changes.
 */
export function EnterpriseLocationFields({ enterprise }: { enterprise: TEnterprise | null }) {
  const { t } = useRegistryI18n();
  const orgUnits = useOrgUnitChoices();
  const locationForm = Form.useFormInstance<LocationValues>();
  const countyId = Form.useWatch('countyId', locationForm);
  const isOwnCounty = enterprise !== null && countyId === enterprise.countyId;

  const counties = withCurrent(
    orgUnits.counties.map((c) => ({ value: c.id, label: c.name })),
    enterprise?.countyId ?? null,
    enterprise?.countyName ?? null,
  );
  const townships = withCurrent(
    orgUnits.townshipsOf(countyId).map((u) => ({ value: u.id, label: u.name })),
    isOwnCounty ? enterprise.townshipId : null,
    isOwnCounty ? enterprise.townshipName : null,
  );
  const parks = withCurrent(
    countyId === undefined
      ? []
      : orgUnits.parksFor(countyId).map((u) => ({ value: u.id, label: u.name })),
    isOwnCounty ? enterprise.parkId : null,
    isOwnCounty ? enterprise.parkName : null,
  );
  const placeholder = countyId === undefined ? t.enterprises.chooseCountyFirst : undefined;

  // A park manager's scope holds parks but no county: the park alone places the enterprise.
  if (enterprise === null && !orgUnits.isPending && orgUnits.counties.length === 0) {
    return (
      <Col xs={24} md={8}>
        <Form.Item
          label={t.enterprises.park}
          name="parkId"
          rules={[{ required: true, message: t.enterprises.parkRequired }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            options={orgUnits.parksFor(undefined).map((u) => ({ value: u.id, label: u.name }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
    );
  }

  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item
          label={t.enterprises.county}
          name="countyId"
          rules={[{ required: true, message: t.enterprises.countyRequired }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgUnits.isPending}
            options={counties}
            onChange={() =>
              locationForm.setFieldsValue({ townshipId: undefined, parkId: undefined })
            }
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t.enterprises.township} name="townshipId">
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={countyId === undefined}
            placeholder={placeholder}
            options={townships}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t.enterprises.park} name="parkId">
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={countyId === undefined}
            placeholder={placeholder}
            options={parks}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
    </>
  );
}
