import type { Satisfaction, TicketOutcome, TicketState } from './ticket-workflow';

/** A rate with its parts; `value` is undefined when there is nothing to divide by. */
export interface ServiceRate {
  numerator: number;
  denominator: number;
  value: number | undefined;
}

export const serviceRate = (numerator: number, denominator: number): ServiceRate => ({
  numerator,
  denominator,
  value: denominator === 0 ? undefined : numerator / denominator,
});

/** What the statistics need of a ticket (dates are China dates, YYYY-MM-DD). */
export interface TicketFacts {
  departmentId: string | null;
  categoryCode: string;
  state: TicketState;
  /** When it was first dispatched to the department counted (null: never dispatched). */
  dispatchedOn: string | null;
  signBy: string | null;
  signedOn: string | null;
  replyBy: string | null;
  /** First 答复 since the last dispatch. */
  repliedOn: string | null;
  closedOn: string | null;
  outcome: TicketOutcome | null;
  satisfaction: Satisfaction | null;
  reopenCount: number;
}

export interface ServiceFigures {
  received: number;
  signed: number;
  signedOnTime: ServiceRate;
  closed: number;
  /** 办结率: replied by the deadline, over tickets received. */
  closedOnTime: ServiceRate;
  /** 解决率: closed as solved, over tickets closed. */
  solved: ServiceRate;
  /** 满意率: 满意 + 基本满意, over tickets rated. */
  satisfaction: ServiceRate;
  /** Open past the reply deadline at `today`, or replied after it. */
  overdue: number;
  reopened: number;
}

/** Figures of a set of tickets as of `today`. Merged tickets are not counted. */
export function serviceFigures(tickets: readonly TicketFacts[], today: string): ServiceFigures {
  const counted = tickets.filter((t) => t.state !== 'merged' && t.dispatchedOn !== null);
  const signed = counted.filter((t) => t.signedOn !== null);
  const signedOnTime = signed.filter((t) => t.signBy !== null && t.signedOn! <= t.signBy).length;
  const closed = counted.filter((t) => t.state === 'closed');
  const onTime = counted.filter(
    (t) => t.repliedOn !== null && t.replyBy !== null && t.repliedOn <= t.replyBy,
  ).length;
  const rated = counted.filter((t) => t.satisfaction !== null);
  const satisfied = rated.filter((t) => t.satisfaction !== 'not_satisfied').length;
  const overdue = counted.filter((t) => {
    if (t.replyBy === null) return false;
    if (t.repliedOn !== null) return t.repliedOn > t.replyBy;
    return today > t.replyBy && t.state !== 'closed';
  }).length;
  return {
    received: counted.length,
    signed: signed.length,
    signedOnTime: serviceRate(signedOnTime, counted.length),
    closed: closed.length,
    closedOnTime: serviceRate(onTime, counted.length),
    solved: serviceRate(closed.filter((t) => t.outcome === 'solved').length, closed.length),
    satisfaction: serviceRate(satisfied, rated.length),
    overdue,
    reopened: counted.filter((t) => t.reopenCount > 0).length,
  };
}

/** Figures grouped by a key (department, category …), keys in first-seen order. */
export function serviceFiguresBy(
  tickets: readonly TicketFacts[],
  key: (t: TicketFacts) => string | null,
  today: string,
): { key: string | null; figures: ServiceFigures }[] {
  const groups = new Map<string | null, TicketFacts[]>();
  for (const t of tickets) {
    const k = key(t);
    const list = groups.get(k);
    if (list) list.push(t);
    else groups.set(k, [t]);
  }
  return [...groups].map(([k, list]) => ({ key: k, figures: serviceFigures(list, today) }));
}
