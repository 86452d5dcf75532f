import type {
  TAuditEntry,
  TMe,
  TProject,
  TProjectListItem,
  TTicket,
  TTicketListItem,
} from '@gongyeyun/contract';
import { findOrgUnitByCode } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

interface Page<T> {
  total: number;
  items: T[];
}
interface Failure {
  error: { message: string; fields: { field: string; message: string }[] };
}

describeEachDatabase('major projects: problems raised to the problem desk', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 60, reports: false });
  }, 180_000);
  afterAll(async () => {
    await s.app.close();
  });

  const ticketCount = async () =>
    (await (await s.as('admin')).get('/api/tickets?pageSize=1')).json<Page<TTicketListItem>>()
      .total;

  it('files a routed ticket linked to the project, lists it on the project and audits it', async () => {
    const officer = await s.as('officer-xingbin');
    const project = (await officer.get('/api/projects?pageSize=1')).json<Page<TProjectListItem>>()
      .items[0]!;
    expect(project.countyName).toBe('兴宾区');
    const before = await ticketCount();

    const raised = await officer.post(`/api/projects/${project.id}/problems`, {
      categoryCode: 'land',
      urgency: 'normal',
      title: '项目用地报批进度慢',
      description: '二期用地预审迟迟未批，影响开工。',
    });
    expect(raised.statusCode).toBe(201);
    const ticket = raised.json<TTicket>();
    const zrzy = (await findOrgUnitByCode(s.deps.db, '451300-ZRZY'))!.id;
    expect(ticket).toMatchObject({
      projectId: project.id,
      project: { id: project.id, name: project.name },
      // The demo projects name their owners without registering them.
      enterpriseId: null,
      enterpriseName: null,
      state: 'dispatched',
      leadDepartmentId: zrzy,
      deadlineColour: 'green',
    });
    expect(ticket.events.map((e) => [e.action, e.public])).toEqual([
      ['file', true],
      ['dispatch', true],
    ]);
    expect(await ticketCount()).toBe(before + 1);

    const listed = await officer.get(`/api/projects/${project.id}/problems`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json<TTicketListItem[]>().map((i) => [i.id, i.state, i.deadlineColour])).toEqual([
      [ticket.id, 'dispatched', 'green'],
    ]);

    // The department routed to works it, without seeing the project (no access to projects).
    const land = await s.as('handler-land');
    const inbox = (await land.get('/api/tickets?view=inbox&pageSize=200')).json<
      Page<TTicketListItem>
    >();
    expect(inbox.items.find((i) => i.id === ticket.id)).toMatchObject({ projectId: project.id });
    const seenByLand = (await land.get(`/api/tickets/${ticket.id}`)).json<TTicket>();
    expect(seenByLand.project).toBeNull();
    expect(seenByLand.actions).toContain('sign');

    const audit = (
      await (await s.as('admin')).get(`/api/audit?entity=ticket&entityId=${ticket.id}`)
    ).json<Page<TAuditEntry>>().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      actorName: 'officer-xingbin',
      after: { projectId: project.id, categoryCode: 'land', enterpriseId: null },
    });
  });

  it('files for the owner when registered: the enterprise sees it, unrouted ones wait for the dispatcher', async () => {
    const officer = await s.as('officer-xingbin');
    const enterprise = await s.as('enterprise');
    const ownerId = (await enterprise.get('/api/me')).json<TMe>().grants[0]!.enterpriseId!;
    const project = (await officer.get('/api/projects?pageSize=1&page=2')).json<
      Page<TProjectListItem>
    >().items[0]!;
    const edited = await officer.patch(`/api/projects/${project.id}`, { enterpriseId: ownerId });
    expect(edited.json<TProject>().enterpriseId).toBe(ownerId);

    const ticket = (
      await officer.post(`/api/projects/${project.id}/problems`, {
        categoryCode: 'policy',
        urgency: 'urgent',
        title: '项目奖补资金未兑现',
        description: '签约时承诺的奖补资金未兑现。',
      })
    ).json<TTicket>();
    // 政策兑现 has no routing rule: it waits for the dispatcher.
    expect(ticket).toMatchObject({
      enterpriseId: ownerId,
      projectId: project.id,
      state: 'received',
      leadDepartmentId: null,
    });
    const seenByOwner = await enterprise.get(`/api/tickets/${ticket.id}`);
    expect(seenByOwner.statusCode).toBe(200);
    // The enterprise has no access to projects: no link to one.
    expect(seenByOwner.json<TTicket>()).toMatchObject({ projectId: project.id, project: null });
  });

  it('rejects invalid problems with a clear message and writes nothing', async () => {
    const officer = await s.as('officer-xingbin');
    const project = (await officer.get('/api/projects?pageSize=1&page=3')).json<
      Page<TProjectListItem>
    >().items[0]!;
    const before = await ticketCount();
    const auditBefore = (
      await (await s.as('admin')).get('/api/audit?entity=ticket&pageSize=1')
    ).json<Page<TAuditEntry>>().total;

    const noTitle = await officer.post(`/api/projects/${project.id}/problems`, {
      categoryCode: 'land',
      title: '  ',
      description: '说明',
    });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json<Failure>().error.fields.map((f) => f.field)).toEqual(['title']);

    const unknown = await officer.post(`/api/projects/${project.id}/problems`, {
      categoryCode: 'no_such',
      title: '标题',
      description: '说明',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Failure>().error.fields).toEqual([
      { field: 'categoryCode', message: '诉求类别不存在' },
    ]);

    const badUrgency = await officer.post(`/api/projects/${project.id}/problems`, {
      categoryCode: 'land',
      urgency: 'whenever',
      title: '标题',
      description: '说明',
    });
    expect(badUrgency.statusCode).toBe(400);

    expect(await ticketCount()).toBe(before);
    expect(
      (await (await s.as('admin')).get('/api/audit?entity=ticket&pageSize=1')).json<
        Page<TAuditEntry>
      >().total,
    ).toBe(auditBefore);
    expect((await officer.get(`/api/projects/${project.id}/problems`)).json<unknown[]>()).toEqual(
      [],
    );
  });

  it('answers 404 to another county, refuses readers and enterprises, and hides the tickets', async () => {
    const xingbin = await s.as('officer-xingbin');
    const project = (await xingbin.get('/api/projects?pageSize=1')).json<Page<TProjectListItem>>()
      .items[0]!;
    const [raised] = (await xingbin.get(`/api/projects/${project.id}/problems`)).json<
      TTicketListItem[]
    >();
    expect(raised).toBeDefined();
    const before = await ticketCount();
    const body = { categoryCode: 'land', title: '越权反映', description: '不应写入' };

    const heshan = await s.as('officer-heshan');
    expect((await heshan.post(`/api/projects/${project.id}/problems`, body)).statusCode).toBe(404);
    expect((await heshan.get(`/api/projects/${project.id}/problems`)).statusCode).toBe(404);
    expect((await heshan.get(`/api/tickets/${raised!.id}`)).statusCode).toBe(404);
    // Projects are read-only for leaders, and closed to enterprises.
    expect(
      (await (await s.as('leader')).post(`/api/projects/${project.id}/problems`, body)).statusCode,
    ).toBe(403);
    expect(
      (await (await s.as('enterprise')).post(`/api/projects/${project.id}/problems`, body))
        .statusCode,
    ).toBe(403);
    expect(await ticketCount()).toBe(before);

    // A leader reads the project's problems and follows the link from the ticket.
    const leader = await s.as('leader');
    const seen = (await leader.get(`/api/tickets/${raised!.id}`)).json<TTicket>();
    expect(seen.project).toEqual({ id: project.id, name: project.name });
  });
});
