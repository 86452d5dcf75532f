import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';
import { SCALE_CATEGORY_LABELS, type ScaleCategory } from '../scale/scale-categories';

/** 入库 (entered) / 退库 (exited) a 四上 category on a date. Events are appended, never edited. */
export interface ScaleEvent {
  category: ScaleCategory;
  kind: 'entered' | 'exited';
  /** YYYY-MM-DD */
  occurredOn: string;
}

/** The category an enterprise is in after its events (null: below every threshold). */
export function currentScaleCategory(events: readonly ScaleEvent[]): ScaleCategory | null {
  let current: ScaleCategory | null = null;
  for (const e of sortEvents(events)) {
    if (e.kind === 'entered') current = e.category;
    else if (current === e.category) current = null;
  }
  return current;
}

const sortEvents = (events: readonly ScaleEvent[]) =>
  [...events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));

/**
 * Whether `next` may follow `events`: an entry needs the enterprise outside the category, an
 * exit needs it inside; no event before the latest one, none in the future.
 */
export function checkScaleEvent(
  events: readonly ScaleEvent[],
  next: ScaleEvent,
  today: string,
): Result<ScaleCategory | null, LocalizedText> {
  const label = SCALE_CATEGORY_LABELS[next.category];
  if (next.occurredOn > today) {
    return err({ zh: '入库/退库日期不能晚于今天', en: 'The date cannot be in the future' });
  }
  const latest = sortEvents(events).at(-1);
  if (latest && next.occurredOn < latest.occurredOn) {
    return err({
      zh: `日期早于最近一次记录（${latest.occurredOn}）：记录只能按时间顺序追加`,
      en: `The date is before the latest event (${latest.occurredOn}): events are appended in order`,
    });
  }
  const current = currentScaleCategory(events);
  if (next.kind === 'entered' && current === next.category) {
    return err({ zh: `该企业已在${label.zh}库中`, en: `The enterprise is already in ${label.en}` });
  }
  if (next.kind === 'exited' && current !== next.category) {
    return err({
      zh: `该企业不在${label.zh}库中，无法退库`,
      en: `The enterprise is not in ${label.en}, so it cannot exit`,
    });
  }
  return ok(currentScaleCategory([...events, next]));
}
