import type { LocalizedText } from '../common/locale';
import { err, exhaustiveSwitchError, ok, type Result } from '../common/result';

/**
 * The states of an enterprise problem (诉求), following the 12345 hotline loop:
 * 受理 → 派单 → 签收 (办理) → 答复 → 办结, with 退单 awaiting 改派 and 并单 into another ticket.
 */
export const TICKET_STATES = [
  'received',
  'dispatched',
  'signed',
  'replied',
  'sent_back',
  'closed',
  'merged',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_STATE_LABELS: Record<TicketState, LocalizedText> = {
  received: { zh: '已受理', en: 'Received' },
  dispatched: { zh: '已派单', en: 'Dispatched' },
  signed: { zh: '办理中', en: 'Being handled' },
  replied: { zh: '已答复', en: 'Replied' },
  sent_back: { zh: '已退单', en: 'Sent back' },
  closed: { zh: '已办结', en: 'Closed' },
  merged: { zh: '已并单', en: 'Merged' },
};

/** What happens to a ticket; each is one dated event. */
export const TICKET_ACTIONS = [
  'file',
  'dispatch',
  'reassign',
  'sign',
  'progress',
  'reply',
  'send_back',
  'rate',
  'close',
  'reopen',
  'escalate',
  'merge',
  'note',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const TICKET_ACTION_LABELS: Record<TicketAction, LocalizedText> = {
  file: { zh: '受理', en: 'Received' },
  dispatch: { zh: '派单', en: 'Dispatched' },
  reassign: { zh: '改派', en: 'Re-routed' },
  sign: { zh: '签收', en: 'Signed for' },
  progress: { zh: '办理', en: 'Progress' },
  reply: { zh: '答复', en: 'Replied' },
  send_back: { zh: '退单', en: 'Sent back' },
  rate: { zh: '回访评价', en: 'Rated' },
  close: { zh: '办结', en: 'Closed' },
  reopen: { zh: '重办', en: 'Reopened' },
  escalate: { zh: '督办', en: 'Escalated' },
  merge: { zh: '并单', en: 'Merged' },
  note: { zh: '内部备注', en: 'Internal note' },
};

/**
 * Who acts, relative to the ticket: the enterprise that filed it (or a commissioner for it),
 * the bureau's dispatcher, the lead department, an assisting department, or the platform.
 */
export type TicketActor =
  'enterprise' | 'dispatcher' | 'lead_department' | 'assisting_department' | 'system';

/** 退单 reasons and internal notes stay inside government; escalation too. */
export function isPublicAction(action: TicketAction): boolean {
  switch (action) {
    case 'send_back':
    case 'escalate':
    case 'note':
      return false;
    case 'file':
    case 'dispatch':
    case 'reassign':
    case 'sign':
    case 'progress':
    case 'reply':
    case 'rate':
    case 'close':
    case 'reopen':
    case 'merge':
      return true;
    default:
      return exhaustiveSwitchError(action, 'action');
  }
}

const OPEN_WORK: readonly TicketState[] = ['dispatched', 'signed'];

/** The states an action may start from, and the state it leads to (null: unchanged). */
const TRANSITIONS: Record<TicketAction, { from: readonly TicketState[]; to: TicketState | null }> =
  {
    file: { from: [], to: 'received' },
    dispatch: { from: ['received'], to: 'dispatched' },
    reassign: { from: ['sent_back', 'dispatched', 'signed'], to: 'dispatched' },
    sign: { from: ['dispatched'], to: 'signed' },
    progress: { from: ['signed'], to: null },
    reply: { from: ['signed'], to: 'replied' },
    send_back: { from: ['dispatched', 'signed'], to: 'sent_back' },
    rate: { from: ['replied'], to: 'closed' },
    close: { from: ['replied'], to: 'closed' },
    reopen: { from: ['closed'], to: 'dispatched' },
    escalate: { from: OPEN_WORK, to: null },
    merge: { from: ['received', 'dispatched', 'sent_back'], to: 'merged' },
    note: {
      from: ['received', 'dispatched', 'signed', 'replied', 'sent_back', 'closed'],
      to: null,
    },
  };

/** Who may take each action. */
const ALLOWED_ACTORS: Record<TicketAction, readonly TicketActor[]> = {
  file: ['enterprise', 'dispatcher'],
  dispatch: ['dispatcher', 'system'],
  reassign: ['dispatcher'],
  sign: ['lead_department'],
  progress: ['lead_department', 'assisting_department'],
  reply: ['lead_department'],
  send_back: ['lead_department'],
  rate: ['enterprise', 'dispatcher'],
  close: ['dispatcher', 'system'],
  reopen: ['enterprise', 'dispatcher'],
  escalate: ['dispatcher', 'system'],
  merge: ['dispatcher'],
  note: ['dispatcher', 'lead_department', 'assisting_department'],
};

export const SATISFACTIONS = ['satisfied', 'basically', 'not_satisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, LocalizedText> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically: { zh: '基本满意', en: 'Basically satisfied' },
  not_satisfied: { zh: '不满意', en: 'Not satisfied' },
};

/** 办结 outcome: "closed, not solved" is distinct from solved. */
export const TICKET_OUTCOMES = ['solved', 'not_solved'] as const;
export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];
export const TICKET_OUTCOME_LABELS: Record<TicketOutcome, LocalizedText> = {
  solved: { zh: '已解决', en: 'Solved' },
  not_solved: { zh: '办结未解决', en: 'Closed, not solved' },
};

/** What an action carries beyond who and when. */
export interface TicketStep {
  action: TicketAction;
  actor: TicketActor;
  /** dispatch / reassign: the lead department. */
  departmentId?: string | null;
  /** send_back, reply, note, progress, reassign, close: the text. */
  text?: string | null;
  /** rate / close: was the problem solved. */
  solved?: boolean | null;
  satisfaction?: Satisfaction | null;
  /** merge: the ticket this one is merged into. */
  mergedIntoId?: string | null;
}

export interface TicketSituation {
  state: TicketState;
  /** The outcome of a closed ticket. */
  outcome: TicketOutcome | null;
  /** Current lead department. */
  departmentId: string | null;
}

export interface TicketStepError {
  field?: string;
  message: LocalizedText;
}

const needsText: Partial<Record<TicketAction, LocalizedText>> = {
  send_back: { zh: '退单须写明原因', en: 'A reason for sending back is required' },
  reply: { zh: '答复内容不能为空', en: 'The reply must not be empty' },
  note: { zh: '备注内容不能为空', en: 'The note must not be empty' },
  progress: { zh: '办理情况不能为空', en: 'The progress text must not be empty' },
};

/** Checks one step against the ticket as it stands and returns where it leads. */
export function applyTicketStep(
  current: TicketSituation | null,
  step: TicketStep,
): Result<TicketSituation, TicketStepError> {
  const { action, actor } = step;
  const rule = TRANSITIONS[action];
  const actionLabel = TICKET_ACTION_LABELS[action];
  if (!ALLOWED_ACTORS[action].includes(actor))
    return err({
      message: {
        zh: `无权执行“${actionLabel.zh}”`,
        en: `Not allowed to take the step "${actionLabel.en}"`,
      },
    });
  if (current === null) {
    if (action !== 'file')
      return err({ message: { zh: '诉求尚未受理', en: 'The ticket has not been filed' } });
  } else if (!rule.from.includes(current.state)) {
    const stateLabel = TICKET_STATE_LABELS[current.state];
    return err({
      message: {
        zh: `诉求${stateLabel.zh}，不能${actionLabel.zh}`,
        en: `The ticket is ${stateLabel.en.toLowerCase()}; "${actionLabel.en}" is not possible`,
      },
    });
  }
  const textRule = needsText[action];
  if (textRule && !(step.text ?? '').trim()) return err({ field: 'text', message: textRule });
  if ((action === 'dispatch' || action === 'reassign') && !step.departmentId)
    return err({
      field: 'departmentId',
      message: { zh: '请选择承办部门', en: 'Choose the lead department' },
    });
  if (
    action === 'reassign' &&
    current?.state !== 'sent_back' &&
    step.departmentId === current?.departmentId
  )
    return err({
      field: 'departmentId',
      message: { zh: '改派须选择其他部门', en: 'Re-route to another department' },
    });
  if ((action === 'rate' || action === 'close') && typeof step.solved !== 'boolean')
    return err({
      field: 'solved',
      message: { zh: '请说明问题是否解决', en: 'Say whether the problem was solved' },
    });
  if (action === 'rate' && !step.satisfaction)
    return err({
      field: 'satisfaction',
      message: { zh: '请选择满意度', en: 'Choose a satisfaction rating' },
    });
  if (action === 'reopen' && current?.outcome !== 'not_solved')
    return err({
      message: {
        zh: '只有办结未解决的诉求可以重办',
        en: 'Only a ticket closed as not solved can be reopened',
      },
    });
  if (action === 'merge' && !step.mergedIntoId)
    return err({
      field: 'mergedIntoId',
      message: { zh: '请选择并入的诉求', en: 'Choose the ticket to merge into' },
    });

  const base: TicketSituation = current ?? { state: 'received', outcome: null, departmentId: null };
  const state = rule.to ?? base.state;
  let departmentId = base.departmentId;
  if (action === 'dispatch' || action === 'reassign') departmentId = step.departmentId ?? null;
  let outcome: TicketOutcome | null = state === 'closed' ? base.outcome : null;
  if (action === 'rate' || action === 'close') outcome = step.solved ? 'solved' : 'not_solved';
  return ok({ state, outcome, departmentId });
}

/** Whether an actor may ever take an action (in some state). */
export const mayTakeAction = (action: TicketAction, actor: TicketActor): boolean =>
  ALLOWED_ACTORS[action].includes(actor);

/** The actions an actor could try in a state (the buttons a screen shows). */
export function availableActions(situation: TicketSituation, actor: TicketActor): TicketAction[] {
  return TICKET_ACTIONS.filter(
    (a) =>
      a !== 'file' &&
      ALLOWED_ACTORS[a].includes(actor) &&
      TRANSITIONS[a].from.includes(situation.state) &&
      (a !== 'reopen' || situation.outcome === 'not_solved'),
  );
}

/** Open: still needs work by government (the deadline runs). */
export const isTicketOpen = (state: TicketState): boolean =>
  state === 'received' || state === 'dispatched' || state === 'signed' || state === 'sent_back';

/** Replays a ticket's steps; the first bad one is reported with its index. */
export function replayTicket(
  steps: readonly TicketStep[],
): Result<TicketSituation, TicketStepError & { index: number }> {
  let current: TicketSituation | null = null;
  for (const [index, step] of steps.entries()) {
    const next = applyTicketStep(current, step);
    if (!next.ok) return err({ ...next.error, index });
    current = next.value;
  }
  if (current === null)
    return err({ index: 0, message: { zh: '没有记录', en: 'No steps recorded' } });
  return ok(current);
}
