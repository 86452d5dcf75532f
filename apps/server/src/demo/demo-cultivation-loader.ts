import { makeScope, scaleCategoryOfClass } from '@gongyeyun/core';
import {
  findOrgUnitByCode,
  findUserByUsername,
  insertCandidate,
  insertLog,
  listCandidates,
  listCultivationEnterprises,
  listWarnings,
  openCandidateEnterprises,
  updateCandidate,
  updateWarning,
  upsertSmallRevenues,
  type CandidateListRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../context';
import type { Deps } from '../deps';
import { refreshCultivation } from '../modules/cultivation/cultivation.service';
import {
  DEMO_CANDIDATE_ACTIONS,
  DEMO_DROP_REASONS,
  DEMO_NOMINATION_REASON,
  DEMO_SMALL_REPORTERS,
  DEMO_WARNING_NOTES,
  demoSmallRevenues,
} from './demo-cultivation';

/**
 * The seed bank and exit warnings of the demo city: small industrial enterprises report their
 * revenue, the judgement of May 2021 puts those in the band into the seed bank and raises warnings
 * from the 规上 reports, and the officers have started working on them (assigned, filed, dropped,
 * actions and notes). No candidate is marked entered, so the published red/black lists stand.
 */
export async function loadDemoCultivation(
  deps: Deps,
  ctx: RequestContext & { systemName: string },
): Promise<void> {
  const city = (await findOrgUnitByCode(deps.db, '451300'))!;
  const scope = makeScope([city.path]);
  const small = (
    await listCultivationEnterprises(deps.db, scope, { underPath: city.path, above: false })
  ).filter((e) => e.status === 'operating' && scaleCategoryOfClass(e.industryCode) === 'industry');
  // Spread the reporters over the counties: every third small enterprise, in id order.
  const reporters = small.filter((_, i) => i % 3 === 0).slice(0, DEMO_SMALL_REPORTERS);
  const revenues = demoSmallRevenues(reporters.length);
  await deps.db.transaction(async (tx) => {
    for (const [i, e] of reporters.entries()) {
      const rows = revenues[i]!.months.map((m) => ({ ...m, enteredAs: 'month' as const }));
      await upsertSmallRevenues(tx, e.id, rows, null);
    }
  });
  await refreshCultivation(deps, ctx, scope, { unitId: city.id });

  const officerOf = async (username: string) => (await findUserByUsername(deps.db, username))!;
  const xingbinOfficer = await officerOf('officer-xingbin');
  const heshanOfficer = await officerOf('officer-heshan');
  const analyst = await officerOf('analyst');
  const xingbin = (await findOrgUnitByCode(deps.db, '451302'))!;
  const heshan = (await findOrgUnitByCode(deps.db, '451381'))!;
  const officerFor = (countyId: number) =>
    countyId === xingbin.id ? xingbinOfficer : countyId === heshan.id ? heshanOfficer : analyst;

  const candidates = (await listCandidates(deps.db, scope, { underPath: city.path })).sort(
    (a, b) => a.id - b.id,
  );
  // A small enterprise outside the band, nominated by hand for a large new order.
  const nominee = small.find((e) => !reporters.includes(e));
  await deps.db.transaction(async (tx) => {
    const log = (c: CandidateListRow, entry: Parameters<typeof insertLog>[1]) =>
      insertLog(tx, { ...entry, candidateId: c.id });
    for (const [i, c] of candidates.entries()) {
      const officer = officerFor(c.countyId);
      const to =
        i % 7 === 3 ? 'dropped' : i % 5 === 1 ? 'filed' : i % 2 === 0 ? 'cultivating' : null;
      if (to === null) continue;
      await updateCandidate(tx, c.id, { status: 'cultivating', officerId: officer.id });
      await log(c, {
        kind: 'status',
        fromStatus: 'watching',
        toStatus: 'cultivating',
        text: `指定${officer.displayName}负责培育`,
        actorId: officer.id,
        actorName: officer.displayName,
      });
      const action = DEMO_CANDIDATE_ACTIONS[i % DEMO_CANDIDATE_ACTIONS.length]!;
      await log(c, {
        kind: 'action',
        text: action,
        actorId: officer.id,
        actorName: officer.displayName,
      });
      if (to === 'filed' || to === 'dropped') {
        const dropReason = DEMO_DROP_REASONS[i % DEMO_DROP_REASONS.length]!;
        await updateCandidate(tx, c.id, {
          status: to,
          dropReason: to === 'dropped' ? dropReason : null,
        });
        await log(c, {
          kind: 'status',
          fromStatus: 'cultivating',
          toStatus: to,
          text: to === 'dropped' ? dropReason : '已向统计部门提交入统申报材料',
          actorId: officer.id,
          actorName: officer.displayName,
        });
      }
    }
    if (nominee && !(await openCandidateEnterprises(tx, [nominee.id])).has(nominee.id)) {
      const officer = officerFor(nominee.countyId);
      const created = await insertCandidate(tx, {
        enterpriseId: nominee.id,
        category: 'industry',
        status: 'watching',
        source: 'nominated',
        nominationReason: DEMO_NOMINATION_REASON,
      });
      await insertLog(tx, {
        candidateId: created.id,
        kind: 'status',
        toStatus: 'watching',
        text: DEMO_NOMINATION_REASON,
        actorId: officer.id,
        actorName: officer.displayName,
      });
    }
    // Officers take up every other warning and note what they found.
    const warnings = (await listWarnings(tx, scope, { underPath: city.path })).sort(
      (a, b) => a.id - b.id,
    );
    for (const [i, w] of warnings.entries()) {
      if (i % 2 === 1) continue;
      const officer = officerFor(w.countyId);
      await updateWarning(tx, w.id, { officerId: officer.id });
      await insertLog(tx, {
        warningId: w.id,
        kind: 'note',
        text: DEMO_WARNING_NOTES[(i / 2) % DEMO_WARNING_NOTES.length]!,
        actorId: officer.id,
        actorName: officer.displayName,
      });
    }
  });
}
