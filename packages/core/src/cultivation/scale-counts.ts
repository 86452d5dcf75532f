/**
 * New entries (入库) and exits (退库) of the 四上 statistics by county and month, from the
 * scale events of the registry. Counts feed the targets and the red/black list
 * (new 规上 enterprises, exits).
 */
export interface ScaleEventForCount {
  readonly countyId: string;
  readonly kind: 'enter' | 'exit';
  /** ISO date YYYY-MM-DD */
  readonly effectiveOn: string;
}

export interface ScaleCountRow {
  readonly countyId: string;
  /** 1–12 */
  readonly month: number;
  readonly entries: number;
  readonly exits: number;
}

export interface ScaleCounts {
  readonly year: number;
  /** one row per county × month that has an event, ordered by county then month */
  readonly rows: readonly ScaleCountRow[];
  readonly totals: { readonly entries: number; readonly exits: number };
}

export function countScaleEvents(events: readonly ScaleEventForCount[], year: number): ScaleCounts {
  const cells = new Map<
    string,
    { countyId: string; month: number; entries: number; exits: number }
  >();
  let entries = 0;
  let exits = 0;
  for (const event of events) {
    const y = Number(event.effectiveOn.slice(0, 4));
    const m = Number(event.effectiveOn.slice(5, 7));
    if (y !== year || !(m >= 1 && m <= 12)) continue;
    const key = `${event.countyId}\u0000${String(m)}`;
    const cell = cells.get(key) ?? { countyId: event.countyId, month: m, entries: 0, exits: 0 };
    if (event.kind === 'enter') {
      cell.entries += 1;
      entries += 1;
    } else {
      cell.exits += 1;
      exits += 1;
    }
    cells.set(key, cell);
  }
  const rows = [...cells.values()].sort((a, b) =>
    a.countyId === b.countyId ? a.month - b.month : a.countyId < b.countyId ? -1 : 1,
  );
  return { year, rows, totals: { entries, exits } };
}
