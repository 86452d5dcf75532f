import type { UsccParts as TUsccParts } from '@gongyeyun/core';
import { USCC_REGISTERING_BODIES, usccKindLabel, validateUscc } from '@gongyeyun/core';
import type { DescriptionsProps } from 'antd';
import { Alert, Descriptions, Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';

interface ExplainedUscc {
  body: string;
  kind: string;
  division: string;
  organisationCode: string;
  checkChar: string;
}

/** The parts of a valid code in words: who registered it, what kind, where. */
export function useExplainUscc(): (parts: TUsccParts) => ExplainedUscc {
  const { t, label } = useRegistryI18n();
  const orgUnits = useOrgUnitChoices();
  return (parts) => {
    const kindLabel = usccKindLabel(parts.registeringBody, parts.kind);
    const division = orgUnits.findByCode(parts.divisionCode);
    return {
      body: `${parts.registeringBody} · ${label(USCC_REGISTERING_BODIES[parts.registeringBody].label)}`,
      kind: `${parts.kind} · ${kindLabel ? label(kindLabel) : t.enterprises.unlistedKind}`,
      division: division ? `${parts.divisionCode} · ${division.name}` : parts.divisionCode,
      organisationCode: parts.organisationCode,
      checkChar: parts.code.charAt(17),
    };
  };
}

/** A stored code taken apart (GB 32100), or why it fails and why it was accepted anyway. */
export function UsccPartsDescriptions({
  uscc,
  acceptedReason,
}: {
  uscc: string;
  acceptedReason: string | null;
}) {
  const { t, label } = useRegistryI18n();
  const explain = useExplainUscc();
  const result = validateUscc(uscc);
  if (!result.ok) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t.enterprises.usccFailed(label(result.error.message))}
        description={acceptedReason ? t.enterprises.usccAccepted(acceptedReason) : undefined}
      />
    );
  }
  const parts = explain(result.value);
  const items: DescriptionsProps['items'] = [
    { key: 'body', label: t.enterprises.registeringBody, children: parts.body },
    { key: 'kind', label: t.enterprises.organisationKind, children: parts.kind },
    { key: 'division', label: t.enterprises.divisionCode, children: parts.division },
    {
      key: 'organisationCode',
      label: t.enterprises.organisationCode,
      children: <Typography.Text code>{parts.organisationCode}</Typography.Text>,
    },
    {
      key: 'check',
      label: t.enterprises.checkChar,
      children: <Typography.Text code>{parts.checkChar}</Typography.Text>,
    },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}
