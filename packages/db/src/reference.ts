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

export interface IndustryClassRecord {
  code: string;
  name: string;
  level: 'section' | 'division' | 'group' | 'class';
  parentCode: string | null;
  section: string;
}

/**
 * GB/T 4754-2017 with amendment No. 1 applied: 9290 其他国家机构 split into 9291 and 9299.
 * Each row carries its section letter.
 */
export function loadIndustryClassification(): IndustryClassRecord[] {
  const base = readCsv('gbt4754-2017.csv');
  const amendment = readCsv('gbt4754-2017-amendment1.csv');
  const removed = new Set(amendment.filter((r) => r.change === 'removed').map((r) => r.code));
  const added = amendment.filter((r) => r.change === 'added');
  const rows = [...base.filter((r) => !removed.has(r.code)), ...added];
  const parentOf = new Map(rows.map((r) => [r.code!, r.parent ? r.parent : null]));
  const sectionOf = (code: string): string => {
    let c: string | null | undefined = code;
    while (c && /\d/.test(c)) c = parentOf.get(c);
    return c ?? '';
  };
  return rows
    .map((r) => ({
      code: r.code!,
      name: r.name!,
      level: r.level as IndustryClassRecord['level'],
      parentCode: r.parent ? r.parent : null,
      section: sectionOf(r.code!),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
