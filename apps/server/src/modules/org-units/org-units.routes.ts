import {
  ZCreateOrgUnitRequest,
  ZFindOrgUnitsQuery,
  ZIdParams,
  ZOrgUnit,
  ZOrgUnitPage,
  ZOrgUnitTree,
  ZUpdateOrgUnitRequest,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import {
  createOrgUnit,
  editOrgUnit,
  findOrgUnitsPage,
  getOrgUnit,
  getOrgUnitTree,
} from './org-units.service';

export function orgUnitRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org-units'];
  const read = { access: moduleAccess('org_units', 'read') };
  const write = { access: moduleAccess('org_units', 'write') };

  r.get('/api/org-units', {
    config: read,
    schema: {
      tags,
      summary: '组织机构列表 List org units in scope',
      querystring: ZFindOrgUnitsQuery,
      response: { 200: ZOrgUnitPage },
    },
    handler: async (request) => findOrgUnitsPage(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/org-units/tree', {
    config: read,
    schema: {
      tags,
      summary: '组织机构树 Org-unit tree of the caller',
      response: { 200: ZOrgUnitTree },
    },
    handler: async (request) => getOrgUnitTree(deps, actorOf(request).scope),
  });

  r.get('/api/org-units/:id', {
    config: read,
    schema: {
      tags,
      summary: '组织机构 One org unit',
      params: ZIdParams,
      response: { 200: ZOrgUnit },
    },
    handler: async (request) => getOrgUnit(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/org-units', {
    config: write,
    schema: {
      tags,
      summary: '新建组织机构 Create an org unit',
      body: ZCreateOrgUnitRequest,
      response: { 201: ZOrgUnit },
    },
    handler: async (request, reply) => {
      const unit = await createOrgUnit(
        deps,
        requestContext(request),
        actorOf(request),
        request.body,
      );
      return reply.status(201).send(unit);
    },
  });

  r.patch('/api/org-units/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改组织机构 Edit an org unit',
      params: ZIdParams,
      body: ZUpdateOrgUnitRequest,
      response: { 200: ZOrgUnit },
    },
    handler: async (request) =>
      editOrgUnit(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });
}
