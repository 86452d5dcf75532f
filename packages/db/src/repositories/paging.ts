export interface PageRequest {
  page: number;
  pageSize: number;
}
export interface PageResult<T> {
  items: T[];
  total: number;
}
export const offsetOf = ({ page, pageSize }: PageRequest): number => (page - 1) * pageSize;

/** Escapes %, _ and \ so user text is matched literally by LIKE/ILIKE. */
export const likeContains = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
