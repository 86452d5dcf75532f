import { replayTicket, workCalendar } from '@gongyeyun/core';
import { describe, expect, it } from 'vitest';
import { DEMO_SERVICES_TODAY, generateDemoTickets } from './demo-services';

const calendar = workCalendar(['2021-04-05', '2021-05-03'], ['2021-04-25']);

describe('demo tickets', () => {
  const tickets = generateDemoTickets(200, calendar);

  it('is deterministic', () => {
    expect(generateDemoTickets(200, calendar)).toEqual(tickets);
  });

  it('gives a few hundred tickets of 2021, each a valid path through the loop up to the demo day', () => {
    expect(tickets.length).toBeGreaterThan(250);
    for (const t of tickets) {
      expect(t.filedOn >= '2021-01-04' && t.filedOn <= DEMO_SERVICES_TODAY).toBe(true);
      const replayed = replayTicket(
        t.steps.map((s) => ({
          action: s.action,
          actor: s.actor,
          departmentId: s.departmentCode ?? null,
          text: s.text ?? null,
          solved: s.solved ?? null,
          satisfaction: s.satisfaction ?? null,
          mergedIntoId: s.action === 'merge' ? 'earlier' : null,
        })),
      );
      expect(replayed.ok).toBe(true);
      expect(t.steps.every((s) => s.day <= DEMO_SERVICES_TODAY)).toBe(true);
    }
  });

  it('covers the states and outcomes the screens show', () => {
    const last = (t: (typeof tickets)[number]) => t.steps.at(-1)!.action;
    const actions = new Set(tickets.flatMap((t) => t.steps.map((s) => s.action)));
    for (const a of [
      'dispatch',
      'send_back',
      'reassign',
      'sign',
      'reply',
      'rate',
      'reopen',
      'merge',
    ])
      expect(actions).toContain(a);
    expect(tickets.some((t) => last(t) === 'sign' || last(t) === 'dispatch')).toBe(true);
    expect(
      tickets.some((t) => t.steps.some((s) => s.action === 'rate' && s.solved === false)),
    ).toBe(true);
  });
});
