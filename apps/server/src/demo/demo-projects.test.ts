import {
  checkLeadStageChange,
  checkStageChange,
  countIntroduced,
  countMilestones,
  type LeadEvent,
  type ProjectStageEvent,
} from '@gongyeyun/core';
import { describe, expect, it } from 'vitest';
import { generateDemoLeads, generateDemoProjects, generateDemoTasks } from './demo-projects';

const TODAY = '2022-12-31';

describe('the demo projects and leads', () => {
  const projects = generateDemoProjects();
  const leads = generateDemoLeads();

  it('records every history as the stage rules allow it', () => {
    for (const p of projects) {
      const seen: ProjectStageEvent[] = [];
      for (const e of p.events) {
        const checked = checkStageChange(seen, e, TODAY);
        expect(checked.ok ? null : `${p.code}: ${checked.error.en}`).toBeNull();
        seen.push(e);
      }
    }
    for (const l of leads) {
      const seen: LeadEvent[] = [];
      for (const e of l.events) {
        const checked = checkLeadStageChange(seen, e, TODAY);
        expect(checked.ok ? null : `${l.name}: ${checked.error.en}`).toBeNull();
        seen.push(e);
      }
    }
    expect(new Set(projects.map((p) => p.code)).size).toBe(projects.length);
  });

  it('counts 128 new starts and 71 completions in 2020, and 99 industrial signings worth 1965亿元', () => {
    expect(countMilestones(projects, 2020)).toMatchObject({ newStarts: 128, completions: 71 });
    expect(countIntroduced(leads, 2020)).toEqual({
      ok: true,
      value: { count: 99, totalInvestment: '19650000' },
    });
    const city = generateDemoTasks().filter((t) => t.year === 2020 && t.unitCode === '451300');
    expect(city.find((t) => t.metric === 'new_starts')?.target).toBe('100');
    expect(city.find((t) => t.metric === 'completions')?.target).toBe('45');
  });

  it('files monthly reports whose to-date figures never fall', () => {
    for (const p of projects) {
      const toDates = p.progress.map(([, , , toDate]) => Number(toDate));
      expect(toDates).toEqual([...toDates].sort((a, b) => a - b));
    }
  });
});
