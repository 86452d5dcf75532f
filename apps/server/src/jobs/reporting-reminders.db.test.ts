import type { TNotificationList } from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { sendReportingReminders } from './reporting-reminders';

describeEachDatabase('reporting reminders', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 60 });
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  const inbox = async (user: string) =>
    (await (await s.as(user)).get('/api/notifications')).json<TNotificationList>();

  it('reminds an enterprise that has not submitted three days before the deadline, once', async () => {
    // The demo's June 2021 reports are due on 7 July; the demo login's enterprise has none.
    expect(await sendReportingReminders(s.deps, '2021-07-02')).toEqual({ ran: true, sent: 0 });
    const first = await sendReportingReminders(s.deps, '2021-07-04');
    expect(first.ran).toBe(true);
    expect(first.sent).toBeGreaterThan(0);
    expect(await sendReportingReminders(s.deps, '2021-07-04')).toEqual({ ran: true, sent: 0 });
    const mine = await inbox('enterprise');
    expect(mine.items[0]).toMatchObject({ kind: 'report_deadline', read: false });
    expect(mine.items[0]!.title).toContain('还有 3 天截止');
    expect(mine.items[0]!.link).toMatch(/\/reporting\/reports\/\d+\/2021-06$/);
  });

  it('tells county officers the day after the deadline how many are missing', async () => {
    const sent = await sendReportingReminders(s.deps, '2021-07-08');
    expect(sent.sent).toBeGreaterThan(0);
    const officer = await inbox('officer-xingbin');
    const note = officer.items.find((n) => n.kind === 'county_missing')!;
    expect(note.title).toMatch(/仍有 \d+ 家企业未报送/);
    // Only their own notifications: the enterprise's reminder is not in the officer's inbox.
    expect(officer.items.some((n) => n.kind === 'report_deadline')).toBe(false);
    const client = await s.as('officer-xingbin');
    expect((await client.post('/api/notifications/read-all')).statusCode).toBe(204);
    expect((await inbox('officer-xingbin')).unread).toBe(0);
  });
});
