import { isOrgUnitInScope, validateUscc, type LocalizedText, type Scope } from '@gongyeyun/core';
import type { TEnterpriseInput } from '@gongyeyun/contract';
import {
  findIndustryClasses,
  listEnterpriseTags,
  listOrgUnitsInScope,
  type Database,
  type EnterpriseRow,
  type NewEnterpriseRow,
  type OrgUnitRow,
} from '@gongyeyun/db';

/** What checking an enterprise needs from the database, read once (an import checks thousands). */
export interface RegistryLookups {
  orgUnits: Map<number, OrgUnitRow>;
  industryClasses: Map<string, string>;
  tags: Set<string>;
}

export async function loadRegistryLookups(db: Database): Promise<RegistryLookups> {
  const all = await listOrgUnitsInScope(db, { orgUnitPaths: ['/'], enterpriseIds: [] });
  const classes = await findIndustryClasses(db, { level: 'class', page: 1, pageSize: 5000 });
  const tags = await listEnterpriseTags(db);
  return {
    orgUnits: new Map(all.map((u) => [u.id, u])),
    industryClasses: new Map(classes.items.map((c) => [c.code, c.name])),
    tags: new Set(tags.map((t) => t.code)),
  };
}

export interface FieldProblem {
  field: keyof TEnterpriseInput;
  text: LocalizedText;
}

export type PreparedEnterprise = Omit<
  NewEnterpriseRow,
  'id' | 'createdAt' | 'updatedAt' | 'scaleCategory'
>;

export interface Writer {
  /** 'system' for the demo loader and CLI. */
  scope: Scope | 'system';
  isAdmin: boolean;
}

/**
 * The rules every enterprise passes, from a form or a spreadsheet row: a valid USCC (or one an
 * administrator accepted with a reason), a county with its own township and park, a GB/T 4754
 * class, known tags, and a place inside the writer's scope. Returns the row to store, or every
 * problem found.
 */
export function prepareEnterprise(
  lookups: RegistryLookups,
  writer: Writer,
  input: TEnterpriseInput,
  /** The stored record when this changes one: a code an administrator accepted stays accepted. */
  existing?: Pick<EnterpriseRow, 'uscc' | 'usccAcceptedReason'>,
): { ok: true; value: PreparedEnterprise } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fail = (field: FieldProblem['field'], zh: string, en: string) =>
    problems.push({ field, text: { zh, en } });

  let uscc = input.uscc;
  let usccAcceptedReason: string | null = null;
  const checked = validateUscc(input.uscc);
  if (checked.ok) {
    uscc = checked.value.code;
  } else if (existing?.usccAcceptedReason && existing.uscc === input.uscc.trim().toUpperCase()) {
    uscc = existing.uscc;
    usccAcceptedReason = existing.usccAcceptedReason;
  } else if (input.usccAcceptedReason && writer.isAdmin) {
    uscc = input.uscc.trim().toUpperCase();
    usccAcceptedReason = input.usccAcceptedReason;
  } else {
    problems.push({
      field: 'uscc',
      text: input.usccAcceptedReason
        ? {
            zh: `${checked.error.message.zh}（只有管理员可以说明理由后接受）`,
            en: `${checked.error.message.en} (only an administrator may accept it with a reason)`,
          }
        : checked.error.message,
    });
  }

  const park = input.parkId === null ? null : lookups.orgUnits.get(input.parkId);
  // Without a county, the park's own county (a park manager registers by park).
  const countyId = input.countyId ?? (park?.kind === 'park' ? park.parentId : null);
  const county = countyId === null ? undefined : lookups.orgUnits.get(countyId);
  if (county?.kind !== 'county') {
    if (input.countyId === null) fail('countyId', '请选择所属县（市、区）', 'Choose the county');
    else fail('countyId', '所属县（市、区）不存在', 'No such county');
  }
  const township = input.townshipId === null ? null : lookups.orgUnits.get(input.townshipId);
  if (
    input.townshipId !== null &&
    (township?.kind !== 'township' || township.parentId !== input.countyId)
  ) {
    fail(
      'townshipId',
      '乡镇（街道）不属于所选县（市、区）',
      'The township is not in the chosen county',
    );
  }
  const parkFits =
    park?.kind === 'park' &&
    county !== undefined &&
    (park.path.startsWith(county.path) || park.parentId === county.parentId);
  if (input.parkId !== null && !parkFits) {
    fail(
      'parkId',
      '园区不在所选县（市、区）或其所在市',
      'The park is not in the chosen county or its city',
    );
  }
  if (county && writer.scope !== 'system') {
    const inScope =
      isOrgUnitInScope(township?.path ?? county.path, writer.scope) ||
      (park ? isOrgUnitInScope(park.path, writer.scope) : false);
    if (!inScope)
      fail(
        'countyId',
        '该企业所在地不在您的管理范围内',
        'The enterprise would be outside your scope',
      );
  }
  if (!lookups.industryClasses.has(input.industryCode)) {
    fail(
      'industryCode',
      `行业代码 ${input.industryCode} 不是 GB/T 4754-2017 的小类`,
      `${input.industryCode} is not a GB/T 4754-2017 class`,
    );
  }
  const unknownTags = input.tags.filter((t) => !lookups.tags.has(t));
  if (unknownTags.length)
    fail(
      'tags',
      `未知的企业标签：${unknownTags.join('、')}`,
      `Unknown tags: ${unknownTags.join(', ')}`,
    );
  if (problems.length || !county) return { ok: false, problems };

  const formerNames = [...new Set(input.formerNames.filter((n) => n !== input.name))];
  return {
    ok: true,
    value: {
      uscc,
      usccAcceptedReason,
      name: input.name,
      formerNames,
      searchText: [input.name, ...formerNames].join(' '),
      legalRepresentative: input.legalRepresentative,
      address: input.address,
      countyId: county.id,
      townshipId: township?.id ?? null,
      parkId: park?.id ?? null,
      orgPath: township?.path ?? county.path,
      parkPath: park?.path ?? null,
      industryCode: input.industryCode,
      registeredCapital: input.registeredCapital,
      foundedOn: input.foundedOn,
      status: input.status,
      contactPerson: input.contactPerson,
      contactPhone: input.contactPhone,
      tags: [...new Set(input.tags)].sort(),
    },
  };
}

const COMPARED: (keyof PreparedEnterprise)[] = [
  'name',
  'formerNames',
  'usccAcceptedReason',
  'legalRepresentative',
  'address',
  'countyId',
  'townshipId',
  'parkId',
  'industryCode',
  'registeredCapital',
  'foundedOn',
  'status',
  'contactPerson',
  'contactPhone',
  'tags',
];

const same = (a: unknown, b: unknown): boolean => {
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    /^\d+(\.\d+)?$/.test(a) &&
    /^\d+(\.\d+)?$/.test(b)
  ) {
    return Number(a) === Number(b);
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
};

/** The fields whose stored value differs from the prepared one. */
export function changedFields(
  existing: EnterpriseRow,
  next: PreparedEnterprise,
): (keyof PreparedEnterprise)[] {
  return COMPARED.filter((k) => !same(existing[k], next[k]));
}

/** A renamed enterprise keeps its old name among its former names. */
export function withFormerName(
  existing: EnterpriseRow,
  next: PreparedEnterprise,
): PreparedEnterprise {
  if (existing.name === next.name) return next;
  const formerNames = [...new Set([...(next.formerNames ?? []), existing.name])].filter(
    (n) => n !== next.name,
  );
  return { ...next, formerNames, searchText: [next.name, ...formerNames].join(' ') };
}
