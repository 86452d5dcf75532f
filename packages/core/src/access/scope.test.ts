import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { childPath, isOrgUnitInScope, isScopeWithin, makeScope, pathIds, rootPath } from './scope';

describe('materialised paths', () => {
  it('builds paths from ids, root first', () => {
    expect(rootPath(1)).toBe('/1/');
    expect(childPath('/1/4/', 17)).toBe('/1/4/17/');
    expect(pathIds('/1/4/17/')).toEqual([1, 4, 17]);
  });

  it.each([
    ['/1/4/17/', ['/1/4/'], true],
    ['/1/4/', ['/1/4/'], true],
    ['/1/', ['/1/4/'], false],
    // A prefix of digits is not an ancestor: /1/4/ must not cover /1/41/.
    ['/1/41/', ['/1/4/'], false],
    ['/1/5/9/', ['/1/4/', '/1/5/'], true],
    ['/1/4/', [], false],
  ])('%s in scope %j: %s', (path, paths, expected) => {
    expect(isOrgUnitInScope(path, makeScope(paths))).toBe(expected);
  });
});

describe('makeScope', () => {
  it('drops paths inside another granted path and duplicates', () => {
    const scope = makeScope(['/1/4/17/', '/1/4/', '/1/5/', '/1/5/'], [3, 2, 3]);
    expect(scope.orgUnitPaths).toEqual(['/1/4/', '/1/5/']);
    expect(scope.enterpriseIds).toEqual([2, 3]);
  });

  it('covers exactly what its paths cover (property)', () => {
    const path = fc
      .array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 })
      .map((ids) => `/${ids.join('/')}/`);
    fc.assert(
      fc.property(fc.array(path, { maxLength: 5 }), path, (granted, probe) => {
        const direct = granted.some((g) => probe.startsWith(g));
        expect(isOrgUnitInScope(probe, makeScope(granted))).toBe(direct);
      }),
    );
  });

  it('tells whether one scope lies within another', () => {
    expect(isScopeWithin(makeScope(['/1/4/17/']), makeScope(['/1/4/']))).toBe(true);
    expect(isScopeWithin(makeScope(['/1/5/']), makeScope(['/1/4/']))).toBe(false);
  });
});
