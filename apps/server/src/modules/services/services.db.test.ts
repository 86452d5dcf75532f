import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TServiceStats, TTicket, TTicketListItem } from '@gongyeyun/contract';
import { addWorkingDays, chinaDate, workCalendar } from '@gongyeyun/core';
import { findOrgUnitByCode, listDeliveries, listTicketEvents } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runTicketDeadlines } from '../../jobs/ticket-deadlines';
import { deliverWebhooks } from './webhooks.service';

interface Page<T> {
  total: number;
  items: T[];
}

describeEachDatabase('enterprise services: the problem desk', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(
      t,
      { GONGYEYUN_FILES_DIR: mkdtempSync(join(tmpdir(), 'gongyeyun-files-')) },
      { registry: true, enterprises: 60, reports: false, projects: false },
    );
  }, 180_000);
  afterAll(async () => {
    await s.app.close();
  });

  const code = async (c: string) => (await findOrgUnitByCode(s.deps.db, c))!.id;

  it('loads demo tickets across states, commissioners and visits', async () => {
    const admin = await s.as('admin');
    const all = (await admin.get('/api/tickets?pageSize=200')).json<Page<TTicketListItem>>();
    expect(all.total).toBeGreaterThan(200);
    const states = new Set(all.items.map((i) => i.state));
    expect(states.has('closed')).toBe(true);
    const stats = (
      await admin.get('/api/service-stats?from=2021-01-01&to=2021-12-31')
    ).json<TServiceStats>();
    expect(stats.total.received).toBeGreaterThan(150);
    expect(stats.total.satisfaction.denominator).toBeGreaterThan(0);
    expect(stats.byDepartment.reduce((n, d) => n + d.figures.received, 0)).toBe(
      stats.total.received,
    );
    const coverage = (await admin.get('/api/commissioners/coverage?pageSize=200')).json<
      Page<{ commissionerId: number | null }>
    >();
    expect(coverage.items.some((r) => r.commissionerId !== null)).toBe(true);
    expect(coverage.items.some((r) => r.commissionerId === null)).toBe(true);
  });

  it('runs the loop: file, route, send back, re-route, answer, rated not solved, reopen', async () => {
    const enterprise = await s.as('enterprise');
    const dispatcher = await s.as('dispatcher');
    const power = await s.as('handler-power');
    const land = await s.as('handler-land');
    const filed = await enterprise.post('/api/tickets', {
      categoryCode: 'policy',
      urgency: 'normal',
      title: '技改补助资金未到账',
      description: '去年申报的技改补助至今未到账。',
    });
    expect(filed.statusCode).toBe(201);
    const ticket = filed.json<TTicket>();
    expect(ticket.state).toBe('received'); // 政策兑现 has no routing rule: to the dispatcher
    const id = ticket.id;
    expect(
      (await enterprise.post(`/api/tickets/${id}/steps`, { action: 'dispatch', departmentId: 1 }))
        .statusCode,
    ).toBe(403);

    const gdj = await code('451300-GDJ');
    const zrzy = await code('451300-ZRZY');
    const dispatched = await dispatcher.post(`/api/tickets/${id}/steps`, {
      action: 'dispatch',
      departmentId: gdj,
    });
    expect(dispatched.json<TTicket>()).toMatchObject({
      state: 'dispatched',
      leadDepartmentId: gdj,
      deadlineColour: 'green',
    });
    const inbox = (await power.get('/api/tickets?view=inbox&pageSize=200')).json<
      Page<TTicketListItem>
    >();
    expect(inbox.items.map((i) => i.id)).toContain(id);
    expect((await land.get(`/api/tickets/${id}`)).statusCode).toBe(404);

    const noReason = await power.post(`/api/tickets/${id}/steps`, {
      action: 'send_back',
      text: '',
    });
    expect(noReason.statusCode).toBe(400);
    await power.post(`/api/tickets/${id}/steps`, {
      action: 'note',
      text: '供电局内部：非本局职责',
    });
    const back = await power.post(`/api/tickets/${id}/steps`, {
      action: 'send_back',
      text: '不属供电局职责',
    });
    expect(back.json<TTicket>().state).toBe('sent_back');
    expect((await power.get(`/api/tickets/${id}`)).statusCode).toBe(404);

    const rerouted = await dispatcher.post(`/api/tickets/${id}/steps`, {
      action: 'reassign',
      departmentId: zrzy,
    });
    expect(rerouted.json<TTicket>().state).toBe('dispatched');
    // The new department never sees the other department's internal notes or reasons.
    const seenByLand = (await land.get(`/api/tickets/${id}`)).json<TTicket>();
    expect(seenByLand.events.map((e) => e.text)).not.toContain('供电局内部：非本局职责');
    expect(seenByLand.events.map((e) => e.text)).not.toContain('不属供电局职责');
    expect(seenByLand.actions).toEqual(['sign', 'send_back', 'note']);
    await land.post(`/api/tickets/${id}/steps`, { action: 'sign' });
    await land.post(`/api/tickets/${id}/steps`, { action: 'note', text: '自然资源局内部备注' });
    const replied = await land.post(`/api/tickets/${id}/steps`, {
      action: 'reply',
      text: '已转财政部门核拨',
    });
    expect(replied.json<TTicket>().state).toBe('replied');

    // The dispatcher sees every step; the enterprise only the public timeline.
    const full = (await dispatcher.get(`/api/tickets/${id}`)).json<TTicket>();
    expect(full.events.map((e) => e.action)).toEqual([
      'file',
      'dispatch',
      'note',
      'send_back',
      'reassign',
      'sign',
      'note',
      'reply',
    ]);
    const own = (await enterprise.get(`/api/tickets/${id}`)).json<TTicket>();
    expect(own.events.map((e) => e.action)).toEqual([
      'file',
      'dispatch',
      'reassign',
      'sign',
      'reply',
    ]);
    expect(own.events.every((e) => e.public && e.userName === null)).toBe(true);
    expect(own.actions).toEqual(['rate']);

    const rated = await enterprise.post(`/api/tickets/${id}/steps`, {
      action: 'rate',
      solved: false,
      satisfaction: 'not_satisfied',
    });
    expect(rated.json<TTicket>()).toMatchObject({ state: 'closed', outcome: 'not_solved' });
    const reopened = await enterprise.post(`/api/tickets/${id}/steps`, { action: 'reopen' });
    expect(reopened.json<TTicket>()).toMatchObject({
      state: 'dispatched',
      leadDepartmentId: zrzy,
      reopenCount: 1,
    });
    expect((await land.get('/api/notifications')).body).toContain(`/services/tickets/${id}`);
  });

  it('stores attachments checked by content under a random name, only for those who see the ticket', async () => {
    const enterprise = await s.as('enterprise');
    const mine = (await enterprise.get('/api/tickets?pageSize=1')).json<Page<TTicketListItem>>();
    const id = mine.items[0]!.id;
    const pdf = Buffer.from('%PDF-1.4\n申请材料\n');
    const up = await enterprise.upload(`/api/tickets/${id}/attachments`, '../申请表.pdf', pdf);
    expect(up.statusCode).toBe(201);
    const info = up.json<{ id: string; fileName: string; contentType: string }>();
    expect(info.contentType).toBe('application/pdf');
    expect(info.fileName).not.toContain('/');
    expect(info.id).toMatch(/^[0-9a-f]{32}$/);
    const lying = await enterprise.upload(
      `/api/tickets/${id}/attachments`,
      'x.pdf',
      Buffer.from('MZ...'),
    );
    expect(lying.statusCode).toBe(400);
    const got = await enterprise.get(`/api/tickets/${id}/attachments/${info.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const heshan = await s.as('officer-heshan');
    expect((await heshan.get(`/api/tickets/${id}/attachments/${info.id}`)).statusCode).toBe(404);
    expect((await heshan.upload(`/api/tickets/${id}/attachments`, 'a.pdf', pdf)).statusCode).toBe(
      404,
    );
  });

  it('assigns commissioners from a spreadsheet, all or nothing, naming row and column', async () => {
    const officer = await s.as('officer-xingbin');
    const page = (await officer.get('/api/commissioners/coverage?pageSize=3&uncovered=true')).json<
      Page<{ uscc: string; enterpriseId: number }>
    >();
    const [a, b] = page.items;
    const csv = (rows: string[]) =>
      Buffer.from(['统一社会信用代码,特派员账号,指派日期', ...rows].join('\n'));
    const bad = await officer.upload(
      '/api/commissioners/assignments/import',
      'a.csv',
      csv([`${a!.uscc},commissioner,2021-07-01`, `${b!.uscc},handler-power,2021-07-01`]),
    );
    const badResult = bad.json<{ committed: boolean; errors: { row: number; column: string }[] }>();
    expect(badResult.committed).toBe(false);
    expect(badResult.errors).toEqual([expect.objectContaining({ row: 3, column: 'B' })]);
    const good = await officer.upload(
      '/api/commissioners/assignments/import?dryRun=false',
      'a.csv',
      csv([`${a!.uscc},commissioner,2021-07-01`, `${b!.uscc},commissioner,2021-07-01`]),
    );
    expect(good.json<{ committed: boolean }>().committed).toBe(true);
    const after = (await officer.get('/api/commissioners/coverage?pageSize=200')).json<
      Page<{ enterpriseId: number; commissionerName: string | null }>
    >();
    for (const e of [a!, b!])
      expect(after.items.find((r) => r.enterpriseId === e.enterpriseId)?.commissionerName).toBe(
        '兴宾区特派员',
      );
    const heshan = await s.as('officer-heshan');
    const outside = await heshan.upload(
      '/api/commissioners/assignments/import',
      'a.csv',
      csv([`${a!.uscc},commissioner-heshan,2021-07-01`]),
    );
    expect(outside.json<{ errors: { column: string }[] }>().errors[0]!.column).toBe('A');
  });

  it('takes deadlines from the configured rules, per category, in working days', async () => {
    const analyst = await s.as('analyst');
    const rule = {
      urgency: 'normal',
      categoryCode: 'land',
      signWorkingDays: 2,
      replyWorkingDays: 15,
    };
    expect((await analyst.put('/api/ticket-deadline-rules', rule)).statusCode).toBe(200);
    const wrong = await analyst.put('/api/ticket-deadline-rules', { ...rule, signWorkingDays: 20 });
    expect(wrong.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'signWorkingDays',
    );
    const handler = await s.as('handler-power');
    expect((await handler.put('/api/ticket-deadline-rules', rule)).statusCode).toBe(403);
    const enterprise = await s.as('enterprise');
    const land = (
      await enterprise.post('/api/tickets', {
        categoryCode: 'land',
        title: '扩建用地',
        description: '需要 20 亩',
      })
    ).json<TTicket>();
    const power = (
      await enterprise.post('/api/tickets', {
        categoryCode: 'power',
        title: '报装',
        description: '变压器',
      })
    ).json<TTicket>();
    const today = chinaDate(new Date());
    const calendar = workCalendar();
    expect(land.replyBy).toBe(addWorkingDays(today, 15, calendar));
    expect(land.signBy).toBe(addWorkingDays(today, 2, calendar));
    expect(power.replyBy).toBe(addWorkingDays(today, 7, calendar));
  });

  it('publishes a summary without enterprises only when an administrator turns it on', async () => {
    const url = '/api/public/service-summary?from=2021-01-01&to=2021-12-31';
    expect((await s.anonymous.get(url)).statusCode).toBe(404);
    const admin = await s.as('admin');
    expect((await admin.put('/api/public/service-summary', { on: true })).statusCode).toBe(204);
    const res = await s.anonymous.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json<TServiceStats>().total.received).toBeGreaterThan(150);
    expect(res.body).not.toContain('有限公司');
    expect(
      (await (await s.as('analyst')).put('/api/public/service-summary', { on: false })).statusCode,
    ).toBe(403);
  });

  it('keeps tickets of another county away (404) and refuses to file outside scope', async () => {
    const xingbin = (await (await s.as('enterprise')).get('/api/tickets?pageSize=1')).json<
      Page<TTicketListItem>
    >();
    const heshan = await s.as('officer-heshan');
    expect((await heshan.get(`/api/tickets/${xingbin.items[0]!.id}`)).statusCode).toBe(404);
    const own = (await heshan.get('/api/tickets?pageSize=200')).json<Page<TTicketListItem>>();
    expect(own.items.map((i) => i.id)).not.toContain(xingbin.items[0]!.id);
    const refused = await heshan.post('/api/tickets', {
      enterpriseId: xingbin.items[0]!.enterpriseId,
      categoryCode: 'power',
      title: 'x',
      description: 'y',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'enterpriseId',
    );
    const leader = await s.as('leader');
    expect(
      (await leader.post('/api/tickets', { categoryCode: 'power', title: 'x', description: 'y' }))
        .statusCode,
    ).toBe(403);
  });

  it('warns, escalates and brings in the bureau on a fake clock; webhooks are signed and retried', async () => {
    const received: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
    let failNext = true;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body, url: req.url ?? '' });
        res.statusCode = failNext ? 500 : 200;
        failNext = false;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const admin = await s.as('admin');
      const secret = 'webhook-secret-0123456789';
      for (const format of ['json', 'dingtalk'] as const)
        expect(
          (
            await admin.post('/api/webhooks', {
              name: `robot-${format}`,
              url: `http://127.0.0.1:${port}/${format}`,
              format,
              secret,
              events: ['approaching', 'overdue', 'escalated_bureau'],
            })
          ).statusCode,
        ).toBe(201);
      const enterprise = await s.as('enterprise');
      const filed = (
        await enterprise.post('/api/tickets', {
          categoryCode: 'power',
          urgency: 'normal',
          title: '新增变压器报装',
          description: '扩产需要新增 800kVA 变压器。',
        })
      ).json<TTicket>();
      expect(filed.state).toBe('dispatched'); // 用电 is routed by the catalogue
      const replyBy = filed.replyBy!;
      const day = (offset: number) =>
        new Date(Date.parse(`${replyBy}T02:00:00Z`) + offset * 86_400_000);
      const noticesOf = async () =>
        (await listTicketEvents(s.deps.db, filed.id))
          .filter((e) => e.action === 'escalate')
          .map((e) => e.data?.level);

      await runTicketDeadlines(s.deps, day(-20));
      expect(await noticesOf()).toEqual([]);
      await runTicketDeadlines(s.deps, day(0));
      await runTicketDeadlines(s.deps, day(0)); // twice: nothing sent twice
      expect(await noticesOf()).toEqual([]);
      const power = await s.as('handler-power');
      expect((await power.get('/api/notifications')).body).toContain('即将到期');
      await runTicketDeadlines(s.deps, day(1));
      expect(await noticesOf()).toEqual(['department_head']);
      await runTicketDeadlines(s.deps, day(14));
      expect(await noticesOf()).toEqual(['department_head', 'bureau']);
      // The enterprise never sees escalation steps.
      const own = (await enterprise.get(`/api/tickets/${filed.id}`)).json<TTicket>();
      expect(own.events.some((e) => e.action === 'escalate')).toBe(false);

      // Webhooks: the first attempt fails (HTTP 500) and is retried with backoff.
      const now = day(14);
      const first = await deliverWebhooks(s.deps, now);
      expect(first.delivered).toBeGreaterThan(0);
      const pending = (await listDeliveries(s.deps.db)).filter((d) => d.status === 'pending');
      expect(pending).toHaveLength(1);
      expect(pending[0]).toMatchObject({ attempts: 1, lastError: 'HTTP 500', responseStatus: 500 });
      expect(pending[0]!.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
      expect((await deliverWebhooks(s.deps, now)).delivered).toBe(0); // not yet due
      expect((await deliverWebhooks(s.deps, new Date(now.getTime() + 60_000))).delivered).toBe(1);
      expect((await listDeliveries(s.deps.db)).every((d) => d.status === 'delivered')).toBe(true);

      const json = received.find(
        (r) =>
          r.url === '/json' &&
          r.body.includes('ticket.overdue') &&
          r.body.includes(`"id":${filed.id},`),
      )!;
      const ts = json.headers['x-gongyeyun-timestamp'] as string;
      const expected = `sha256=${createHmac('sha256', secret).update(`${ts}.${json.body}`).digest('hex')}`;
      expect(json.headers['x-gongyeyun-signature']).toBe(expected);
      expect(JSON.parse(json.body)).toMatchObject({
        event: 'ticket.overdue',
        ticket: { id: filed.id },
      });
      const ding = received.find((r) => r.url.startsWith('/dingtalk'))!;
      expect(ding.url).toMatch(/timestamp=\d+&sign=/);
      expect(JSON.parse(ding.body)).toMatchObject({ msgtype: 'markdown' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
