import {
  LEAD_STAGES,
  LEAD_STATE_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  PROJECT_LEVEL_LABELS,
  PROJECT_LEVELS,
  PROJECT_SECTOR_LABELS,
  PROJECT_SECTORS,
  PROJECT_STAGES,
  PROJECT_STATE_LABELS,
} from '@gongyeyun/core';
import { useMemo } from 'react';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { useIndustrialSystems } from '../industrial-system/use-industrial-systems';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';

/** Select options of the project and lead screens, in the user's language. */
export function useProjectOptions() {
  const { label } = useProjectsI18n();
  const systems = useIndustrialSystems();
  const units = useOrgUnitChoices();
  return useMemo(
    () => ({
      stages: [...PROJECT_STAGES, 'stalled' as const].map((s) => ({
        value: s,
        label: label(PROJECT_STATE_LABELS[s]),
      })),
      leadStates: [...LEAD_STAGES, 'dropped' as const].map((s) => ({
        value: s,
        label: label(LEAD_STATE_LABELS[s]),
      })),
      leadStages: LEAD_STAGES.map((s) => ({ value: s, label: label(LEAD_STATE_LABELS[s]) })),
      levels: PROJECT_LEVELS.map((v) => ({ value: v, label: label(PROJECT_LEVEL_LABELS[v]) })),
      kinds: PROJECT_KINDS.map((v) => ({ value: v, label: label(PROJECT_KIND_LABELS[v]) })),
      sectors: PROJECT_SECTORS.map((v) => ({ value: v, label: label(PROJECT_SECTOR_LABELS[v]) })),
      chains: (systems.data ?? []).flatMap((s) =>
        s.chains.map((c) => ({ value: c.id, label: c.name })),
      ),
      counties: units.counties.map((u) => ({ value: u.id, label: u.name })),
      parks: units.parksFor(undefined).map((u) => ({ value: u.id, label: u.name })),
      /** Units a lead may belong to: the city, counties and parks. */
      leadUnits: [
        ...[units.findByCode('451300')].filter((u) => u !== undefined),
        ...units.counties,
        ...units.parksFor(undefined),
      ].map((u) => ({ value: u.id, label: u.name })),
    }),
    [label, systems.data, units],
  );
}
