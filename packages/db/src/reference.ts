import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DivisionRecord {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent: string | null;
}

const referenceFile = (name: string) =>
  fileURLToPath(new URL(`../reference/${name}`, import.meta.url));

/** Reads a simple CSV (no quoted commas in these files) into records keyed by header. */
function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(referenceFile(name), 'utf8').trim().split('\n');
  const keys = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}

let divisions: DivisionRecord[] | undefined;

/** GB/T 2260 divisions of the whole country plus the townships shipped with the product. */
export function loadDivisions(): DivisionRecord[] {
  divisions ??= [
    ...readCsv('gbt2260-divisions.csv'),
    ...readCsv('townships-laibin-dongyuan.csv'),
  ].map((r) => ({
    code: r.code!,
    name: r.name!,
    level: r.level as DivisionRecord['level'],
    parent: r.parent ? r.parent : null,
  }));
  return divisions;
}
