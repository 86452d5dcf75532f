import type { Locale } from '@gongyeyun/core';
import dayjs from 'dayjs';

/** Date and time to the minute, in the browser's time zone. */
export const formatDateTime = (value: string | null | undefined, empty = '—'): string =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : empty;

/** Second precision, for audit entries. */
export const formatTimestamp = (value: string): string =>
  dayjs(value).format('YYYY-MM-DD HH:mm:ss');

/** A record's name in the user's language: the English name when there is one and it is wanted. */
export const localName = (item: { name: string; nameEn: string | null }, locale: Locale): string =>
  locale === 'en-US' && item.nameEn ? item.nameEn : item.name;

/** Bytes as a reader expects them: 930 KB, 12.4 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
