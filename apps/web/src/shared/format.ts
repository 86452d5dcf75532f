import dayjs from 'dayjs';

/** Date and time to the minute, in the browser's time zone. */
export const formatDateTime = (value: string | null | undefined, empty = '—'): string =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : empty;

/** Second precision, for audit entries. */
export const formatTimestamp = (value: string): string =>
  dayjs(value).format('YYYY-MM-DD HH:mm:ss');
