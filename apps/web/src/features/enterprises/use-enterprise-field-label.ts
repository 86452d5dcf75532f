import type { TEnterpriseInput } from '@gongyeyun/contract';
import { useCallback } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';

/** The label of an enterprise field named by the API (e.g. in an import's changes). */
export function useEnterpriseFieldLabel(): (field: string) => string {
  const { t } = useRegistryI18n();
  return useCallback(
    (field) => {
      const e = t.enterprises;
      const labels: Record<keyof TEnterpriseInput, string> = {
        uscc: e.uscc,
        usccAcceptedReason: e.usccAcceptedReason,
        name: e.name,
        formerNames: e.formerNames,
        legalRepresentative: e.legalRepresentative,
        address: e.address,
        countyId: e.county,
        townshipId: e.township,
        parkId: e.park,
        industryCode: e.industry,
        registeredCapital: e.registeredCapital,
        foundedOn: e.foundedOn,
        status: e.status,
        contactPerson: e.contactPerson,
        contactPhone: e.contactPhone,
        tags: e.tags,
      };
      return Object.hasOwn(labels, field) ? labels[field as keyof TEnterpriseInput] : field;
    },
    [t],
  );
}
