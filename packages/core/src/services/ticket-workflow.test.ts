import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTicketStep,
  availableActions,
  isPublicAction,
  isTicketOpen,
  mayTakeAction,
  replayTicket,
  TICKET_ACTIONS,
  TICKET_STATES,
  type TicketActor,
  type TicketSituation,
  type TicketStep,
} from './ticket-workflow';

const ACTORS: TicketActor[] = [
  'enterprise',
  'dispatcher',
  'lead_department',
  'assisting_department',
  'system',
];

const file: TicketStep = { action: 'file', actor: 'enterprise' };
const dispatch = (departmentId: string): TicketStep => ({
  action: 'dispatch',
  actor: 'dispatcher',
  departmentId,
});

describe('the 12345 loop', () => {
  it('runs file → dispatch → send back → re-route → sign → reply → rated not solved → reopen', () => {
    const steps: TicketStep[] = [
      file,
      dispatch('gdj'),
      { action: 'send_back', actor: 'lead_department', text: '不属本部门职责' },
      { action: 'reassign', actor: 'dispatcher', departmentId: 'zrzy' },
      { action: 'sign', actor: 'lead_department' },
      { action: 'progress', actor: 'assisting_department', text: '已现场查看' },
      { action: 'reply', actor: 'lead_department', text: '已协调用地指标' },
      { action: 'rate', actor: 'enterprise', solved: false, satisfaction: 'not_satisfied' },
    ];
    const closed = replayTicket(steps);
    expect(closed).toEqual({
      ok: true,
      value: { state: 'closed', outcome: 'not_solved', departmentId: 'zrzy' },
    });
    const reopened = replayTicket([...steps, { action: 'reopen', actor: 'enterprise' }]);
    expect(reopened).toEqual({
      ok: true,
      value: { state: 'dispatched', outcome: null, departmentId: 'zrzy' },
    });
  });

  it('closes a solved ticket as solved, and never reopens it', () => {
    const steps: TicketStep[] = [
      file,
      dispatch('gdj'),
      { action: 'sign', actor: 'lead_department' },
      { action: 'reply', actor: 'lead_department', text: '已接电' },
      { action: 'rate', actor: 'enterprise', solved: true, satisfaction: 'satisfied' },
    ];
    expect(replayTicket(steps)).toMatchObject({ ok: true, value: { outcome: 'solved' } });
    const again = replayTicket([...steps, { action: 'reopen', actor: 'enterprise' }]);
    expect(again).toMatchObject({ ok: false, error: { index: 5 } });
  });

  it('merges a duplicate, after which nothing more happens to it', () => {
    const merged = replayTicket([
      file,
      { action: 'merge', actor: 'dispatcher', mergedIntoId: '7' },
    ]);
    expect(merged).toMatchObject({ ok: true, value: { state: 'merged' } });
    const after = applyTicketStep(
      { state: 'merged', outcome: null, departmentId: null },
      dispatch('gdj'),
    );
    expect(after.ok).toBe(false);
  });
});

describe('who may do what', () => {
  const at = (state: TicketSituation['state'], outcome: TicketSituation['outcome'] = null) => ({
    state,
    outcome,
    departmentId: 'gdj',
  });
  it('lets only the lead department sign, reply or send back', () => {
    for (const actor of ACTORS) {
      expect(applyTicketStep(at('dispatched'), { action: 'sign', actor }).ok).toBe(
        actor === 'lead_department',
      );
      expect(applyTicketStep(at('signed'), { action: 'reply', actor, text: 'x' }).ok).toBe(
        actor === 'lead_department',
      );
    }
  });
  it('never lets an enterprise or a department route a ticket', () => {
    for (const actor of ['enterprise', 'lead_department', 'assisting_department'] as const) {
      expect(applyTicketStep(at('received'), { ...dispatch('x'), actor }).ok).toBe(false);
      expect(
        applyTicketStep(at('sent_back'), { action: 'reassign', actor, departmentId: 'x' }).ok,
      ).toBe(false);
    }
  });
  it('answers whether an actor may ever take an action', () => {
    expect(mayTakeAction('dispatch', 'enterprise')).toBe(false);
    expect(mayTakeAction('rate', 'enterprise')).toBe(true);
    expect(mayTakeAction('sign', 'assisting_department')).toBe(false);
  });
  it('never lets the enterprise write internal notes', () => {
    expect(
      applyTicketStep(at('signed'), { action: 'note', actor: 'enterprise', text: 'x' }).ok,
    ).toBe(false);
  });
  it('lists the actions a handler sees', () => {
    expect(availableActions(at('dispatched'), 'lead_department')).toEqual([
      'sign',
      'send_back',
      'note',
    ]);
    expect(availableActions(at('signed'), 'lead_department')).toEqual([
      'progress',
      'reply',
      'send_back',
      'note',
    ]);
    expect(availableActions(at('closed', 'not_solved'), 'enterprise')).toEqual(['reopen']);
    expect(availableActions(at('closed', 'solved'), 'enterprise')).toEqual([]);
    expect(availableActions(at('replied'), 'enterprise')).toEqual(['rate']);
  });
});

describe('what each step needs', () => {
  const signed: TicketSituation = { state: 'signed', outcome: null, departmentId: 'gdj' };
  it.each([
    [{ action: 'send_back', actor: 'lead_department', text: ' ' }, 'text'],
    [{ action: 'reply', actor: 'lead_department' }, 'text'],
    [{ action: 'reassign', actor: 'dispatcher', departmentId: 'gdj' }, 'departmentId'],
    [{ action: 'reassign', actor: 'dispatcher' }, 'departmentId'],
  ] as [TicketStep, string][])('%j names field %s', (step, field) => {
    const r = applyTicketStep(signed, step);
    expect(r).toMatchObject({ ok: false, error: { field } });
  });
  it('asks a rating for solved and satisfaction', () => {
    const replied: TicketSituation = { ...signed, state: 'replied' };
    expect(
      applyTicketStep(replied, { action: 'rate', actor: 'enterprise', satisfaction: 'satisfied' }),
    ).toMatchObject({ ok: false, error: { field: 'solved' } });
    expect(
      applyTicketStep(replied, { action: 'rate', actor: 'enterprise', solved: true }),
    ).toMatchObject({ ok: false, error: { field: 'satisfaction' } });
  });
  it('keeps the department when re-routing a sent-back ticket to the same one is chosen', () => {
    const back: TicketSituation = { ...signed, state: 'sent_back' };
    expect(
      applyTicketStep(back, { action: 'reassign', actor: 'dispatcher', departmentId: 'gdj' }),
    ).toMatchObject({ ok: true, value: { state: 'dispatched', departmentId: 'gdj' } });
  });
  it('refuses anything but filing first', () => {
    expect(applyTicketStep(null, dispatch('x')).ok).toBe(false);
    expect(applyTicketStep(null, file)).toEqual({
      ok: true,
      value: { state: 'received', outcome: null, departmentId: null },
    });
  });
});

describe('public and internal events', () => {
  it('keeps 退单 reasons, 督办 and notes internal', () => {
    expect(TICKET_ACTIONS.filter((a) => !isPublicAction(a))).toEqual([
      'send_back',
      'escalate',
      'note',
    ]);
  });
});

describe('properties', () => {
  const stepArb: fc.Arbitrary<TicketStep> = fc.record({
    action: fc.constantFrom(...TICKET_ACTIONS),
    actor: fc.constantFrom(...ACTORS),
    departmentId: fc.constantFrom('a', 'b', null),
    text: fc.constantFrom('原因', '', null),
    solved: fc.constantFrom(true, false, null),
    satisfaction: fc.constantFrom('satisfied' as const, 'not_satisfied' as const, null),
    mergedIntoId: fc.constantFrom('9', null),
  });
  const situationArb: fc.Arbitrary<TicketSituation> = fc.record({
    state: fc.constantFrom(...TICKET_STATES),
    outcome: fc.constantFrom('solved' as const, 'not_solved' as const, null),
    departmentId: fc.constantFrom('a', 'b', null),
  });
  it('an accepted step was offered by availableActions, and leads to a known state', () => {
    fc.assert(
      fc.property(situationArb, stepArb, (s, step) => {
        const r = applyTicketStep(s, step);
        if (r.ok) {
          expect(availableActions(s, step.actor)).toContain(step.action);
          expect(TICKET_STATES).toContain(r.value.state);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('only closed tickets carry an outcome; merged and closed are not open', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 12 }), (steps) => {
        const r = replayTicket([file, ...steps]);
        if (r.ok) {
          if (r.value.state !== 'closed') expect(r.value.outcome).toBeNull();
          else expect(r.value.outcome).not.toBeNull();
          expect(isTicketOpen(r.value.state)).toBe(
            !['closed', 'merged', 'replied'].includes(r.value.state),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});
