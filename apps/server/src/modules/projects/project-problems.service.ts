import type { TProjectProblemInput, TTicket, TTicketListItem } from '@gongyeyun/contract';
import { findProjectInScope } from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { notFound } from '../../errors';
import { fileOnDesk, listProjectTickets } from '../services/tickets.service';

const PROJECT = { zh: '该项目', en: 'Project' };

/**
 * Raises a problem for a major project (问题反映): a ticket on the problem desk for the
 * project's owner when registered (else for no enterprise), scoped to and routed by the
 * project's county and park, linked to the project.
 */
export async function raiseProjectProblem(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  projectId: number,
  input: TProjectProblemInput,
  now: Date = new Date(),
): Promise<TTicket> {
  const project = await findProjectInScope(deps.db, actor.scope, projectId);
  if (!project) throw notFound(PROJECT);
  return fileOnDesk(
    deps,
    ctx,
    actor,
    {
      ...input,
      enterpriseId: project.enterpriseId,
      orgPath: project.orgPath,
      parkPath: project.parkPath,
      projectId: project.id,
      visitId: null,
    },
    now,
  );
}

/** The problems raised for a project, with their state and deadline colour. */
export async function projectProblems(
  deps: Deps,
  actor: Actor,
  projectId: number,
): Promise<TTicketListItem[]> {
  const project = await findProjectInScope(deps.db, actor.scope, projectId);
  if (!project) throw notFound(PROJECT);
  return listProjectTickets(deps, actor, projectId);
}
