import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';

/** Anything recorded on a day: project stage changes, lead stage changes. */
export interface DatedEvent {
  /** YYYY-MM-DD */
  occurredOn: string;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (2021-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Events oldest first; events of the same day keep the order they were given in. */
export const sortByDate = <E extends DatedEvent>(events: readonly E[]): E[] =>
  [...events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));

/**
 * The date rules every appended event obeys: a real YYYY-MM-DD day, not after `today`, not
 * before the latest event already recorded (the same day is allowed).
 */
export function checkEventDate(
  events: readonly DatedEvent[],
  occurredOn: string,
  today: string,
): Result<void, LocalizedText> {
  if (!isIsoDate(occurredOn)) {
    return err({
      zh: `日期“${occurredOn}”无效，请填写如 2021-03-08 的日期`,
      en: `"${occurredOn}" is not a date; write it like 2021-03-08`,
    });
  }
  if (occurredOn > today) {
    return err({
      zh: `日期（${occurredOn}）不能晚于今天（${today}）`,
      en: `The date (${occurredOn}) cannot be after today (${today})`,
    });
  }
  const latest = sortByDate(events).at(-1);
  if (latest && occurredOn < latest.occurredOn) {
    return err({
      zh: `日期早于最近一次记录（${latest.occurredOn}）：记录只能按时间顺序追加`,
      en: `The date is before the latest event (${latest.occurredOn}): events are appended in order`,
    });
  }
  return ok(undefined);
}
