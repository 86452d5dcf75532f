import type {
  TLead,
  TLeadFunnels,
  TProject,
  TProjectListItem,
  TProjectStats,
  TImportResult,
} from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

interface Page<T> {
  total: number;
  items: T[];
}

describeEachDatabase('major projects and investment leads', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 60 });
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  it('reproduces 2020 from the records: 128 new starts (128%), 71 completions (158%), 99 industrial projects worth 1965亿元', async () => {
    const leader = await s.as('leader');
    const res = await leader.get('/api/project-stats?year=2020');
    expect(res.statusCode).toBe(200);
    const stats = res.json<TProjectStats>();
    expect(stats.orgUnitName).toBe('来宾市');
    expect(stats.newStarts).toEqual({ actual: 128, task: 100, percent: 128 });
    expect(stats.completions).toEqual({ actual: 71, task: 45, percent: 158 });
    expect(stats.projectsSentence.zh).toBe(
      '2020年，全市新开工重大项目128个，竣工71个，分别完成任务的128%和158%。',
    );
    expect(stats.introduced.count).toBe(99);
    expect(stats.introduced.totalInvestment).toBe('19650000');
    expect(stats.introduced.sentence.zh).toBe('全年新引进工业项目99个，总投资1965亿元。');
    // The counts by county add up to the city's.
    expect(stats.byCounty.reduce((n, r) => n + r.newStarts.actual, 0)).toBe(128);
    expect(stats.byChain.reduce((n, r) => n + r.completions.actual, 0)).toBe(71);
    expect(Number(stats.investment.completed)).toBeGreaterThan(0);
    expect(stats.investment.percent).not.toBeNull();
    // 2020 has no 2019 progress to compare with: the comparable growth says so.
    expect(stats.industrialInvestment.throughMonth).toBe(12);
    expect(stats.industrialInvestment.comparable.growth.reason).toBe('no_enterprises');
    // The ledger agrees: projects first started in 2020.
    const started = (await leader.get('/api/projects?startedYear=2020&pageSize=1')).json<
      Page<TProjectListItem>
    >();
    expect(started.total).toBe(128);
  });

  it('gives 2021 industrial investment growth on the same projects, with the totals apart', async () => {
    const leader = await s.as('leader');
    const stats = (await leader.get('/api/project-stats?year=2021')).json<TProjectStats>();
    const inv = stats.industrialInvestment;
    expect(inv.throughMonth).toBe(6);
    // The same figure summed here from the monthly reports of every industrial project.
    const perProject = new Map<number, { y2021: number; y2020: number }>();
    for (let page = 1; ; page++) {
      const list = (
        await leader.get(`/api/projects?sector=industrial&pageSize=200&page=${page}`)
      ).json<Page<TProjectListItem>>();
      for (const item of list.items) {
        const detail = (await leader.get(`/api/projects/${item.id}`)).json<TProject>();
        const sum = (year: number) =>
          detail.progress
            .filter((p) => p.year === year && p.month <= 6)
            .reduce((a, p) => a + Number(p.investmentThisMonth), 0);
        const has = (year: number) => detail.progress.some((p) => p.year === year && p.month <= 6);
        if (has(2021) && has(2020)) perProject.set(item.id, { y2021: sum(2021), y2020: sum(2020) });
      }
      if (page * 200 >= list.total) break;
    }
    const a = [...perProject.values()].reduce((x, p) => x + p.y2021, 0);
    const b = [...perProject.values()].reduce((x, p) => x + p.y2020, 0);
    expect(inv.comparable.projects).toBe(perProject.size);
    expect(inv.comparable.thisYear).toBeCloseTo(a, 2);
    expect(inv.comparable.growth.value).toBeCloseTo((a / b - 1) * 100, 6);
    // All projects: more this year (new ones), a different figure, labelled apart.
    expect(inv.level.thisYear!).toBeGreaterThan(a);
    expect(inv.level.projects).toBeNull();
    expect(inv.byCounty.reduce((n, c) => n + (c.projects ?? 0), 0)).toBe(perProject.size);
  });

  it('counts only a county’s own projects for its officer, against its own task', async () => {
    const heshan = await s.as('officer-heshan');
    const stats = (await heshan.get('/api/project-stats?year=2020')).json<TProjectStats>();
    expect(stats.orgUnitName).toBe('合山市');
    expect(stats.byCounty.map((r) => r.name)).toEqual(['合山市']);
    expect(stats.newStarts.task).toBe(16);
    const page = (await heshan.get('/api/projects?pageSize=200')).json<Page<TProjectListItem>>();
    expect(new Set(page.items.map((p) => p.countyName))).toEqual(new Set(['合山市']));
    const xingbin = await s.as('officer-xingbin');
    const theirs = (await xingbin.get('/api/projects?pageSize=1')).json<Page<TProjectListItem>>();
    expect((await heshan.get(`/api/projects/${theirs.items[0]!.id}`)).statusCode).toBe(404);
    const leads = (await heshan.get('/api/leads?pageSize=200')).json<Page<TLead>>();
    expect(leads.items.every((l) => l.orgUnitName === '合山市')).toBe(true);
    expect((await s.as('enterprise').then((c) => c.get('/api/projects'))).statusCode).toBe(403);
    const leader = await s.as('leader');
    const stage = { stage: 'started', occurredOn: '2022-01-01' };
    const refused = await leader.post(`/api/projects/${theirs.items[0]!.id}/stages`, stage);
    expect(refused.statusCode).toBe(403);
  });

  it('records stage changes as dated events and refuses a step backwards', async () => {
    const officer = await s.as('officer-xingbin');
    const xingbin = (await officer.get('/api/projects?pageSize=1&stage=preliminary')).json<
      Page<TProjectListItem>
    >();
    const id = xingbin.items[0]!.id;
    const started = await officer.post(`/api/projects/${id}/stages`, {
      stage: 'started',
      occurredOn: '2022-03-01',
    });
    expect(started.statusCode).toBe(200);
    const project = started.json<TProject>();
    expect(project.stage).toBe('started');
    expect(project.startedOn).toBe('2022-03-01');
    expect(project.allowedNextStates).toEqual(['under_construction', 'completed', 'stalled']);
    const back = await officer.post(`/api/projects/${id}/stages`, {
      stage: 'preliminary',
      occurredOn: '2022-03-02',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json<{ error: { message: string } }>().error.message).toContain('不能退回');
    const progress = await officer.post(`/api/projects/${id}/progress`, {
      year: 2022,
      month: 3,
      investmentThisMonth: '1200.5',
      investmentToDate: '1000',
      imageProgress: '场地平整',
      problems: null,
    });
    expect(progress.statusCode).toBe(400);
    const ok = await officer.post(`/api/projects/${id}/progress`, {
      year: 2022,
      month: 3,
      investmentThisMonth: '1200.5',
      investmentToDate: '1200.5',
      imageProgress: '场地平整',
      problems: '用地报批待协调',
    });
    expect(ok.json<TProject>().progress.at(-1)).toMatchObject({ investmentToDate: '1200.50' });
  });

  it('moves a lead to 签约 and converts it into a linked project without retyping', async () => {
    const officer = await s.as('officer-xingbin');
    const created = await officer.post('/api/leads', {
      name: '来宾市测试新能源电池材料项目',
      investor: '深圳市测试新能源有限公司',
      sourceRegion: '广东省深圳市',
      intendedInvestment: '250000',
      orgUnitId: (await officer.get('/api/projects?pageSize=1')).json<Page<TProjectListItem>>()
        .items[0]!.countyId,
      occurredOn: '2022-01-05',
      nextAction: '赴深圳洽谈',
      nextActionOn: '2022-01-20',
    });
    expect(created.statusCode).toBe(201);
    const lead = created.json<TLead>();
    expect(lead.isOverdue).toBe(true);
    expect((await officer.post(`/api/leads/${lead.id}/convert`, {})).statusCode).toBe(400);
    const early = await officer.post(`/api/leads/${lead.id}/stages`, {
      stage: 'registered',
      occurredOn: '2022-02-01',
    });
    expect(early.statusCode).toBe(400);
    const signed = await officer.post(`/api/leads/${lead.id}/stages`, {
      stage: 'signed',
      occurredOn: '2022-02-01',
    });
    expect(signed.json<TLead>()).toMatchObject({ stage: 'signed', canConvert: true });
    const converted = await officer.post(`/api/leads/${lead.id}/convert`, { level: 'city' });
    expect(converted.statusCode).toBe(201);
    const { projectId } = converted.json<{ projectId: number }>();
    const project = (await officer.get(`/api/projects/${projectId}`)).json<TProject>();
    expect(project).toMatchObject({
      name: '来宾市测试新能源电池材料项目',
      ownerName: '深圳市测试新能源有限公司',
      totalInvestment: '250000.00',
      countyName: '兴宾区',
      leadId: lead.id,
    });
    const again = await officer.get(`/api/leads/${lead.id}`);
    expect(again.json<TLead>()).toMatchObject({ projectId, canConvert: false });
    const drop = await officer.post(`/api/leads/${lead.id}/stages`, {
      stage: 'dropped',
      occurredOn: '2022-03-01',
      reason: '',
    });
    expect(drop.statusCode).toBe(400);
  });

  it('gives the funnel by stage and by source, never widening down the stages', async () => {
    const analyst = await s.as('analyst');
    const whole = (await analyst.get('/api/leads/funnel')).json<TLeadFunnels>();
    const reached = whole.groups[0]!.funnel.stages.map((st) => st.reached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    expect(
      whole.groups[0]!.funnel.stages.find((st) => st.stage === 'signed')!.reached,
    ).toBeGreaterThanOrEqual(107);
    const bySource = (await analyst.get('/api/leads/funnel?groupBy=source')).json<TLeadFunnels>();
    expect(bySource.groups.length).toBeGreaterThan(5);
    const overdue = (await analyst.get('/api/leads?isOverdue=true&pageSize=200')).json<
      Page<TLead>
    >();
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((l) => l.isOverdue)).toBe(true);
  });

  it('imports a ledger spreadsheet all or nothing, naming the row and column of each problem', async () => {
    const officer = await s.as('officer-heshan');
    const csv = (rows: string[]) =>
      Buffer.from(
        [
          '项目编号,项目名称,项目业主,所在县（市、区）,项目类别,建设性质,项目级别,总投资（万元）',
          ...rows,
          '',
        ].join('\r\n'),
        'utf8',
      );
    const bad = await officer.upload(
      '/api/projects/import?dryRun=false',
      '项目.csv',
      csv([
        'HS-T-1,合山市测试光伏项目,合山市测试能源有限公司,合山市,工业,新建,市级,30000',
        'HS-T-2,合山市测试越权项目,测试公司,兴宾区,工业,新建,市级,1000',
        'HS-T-3,合山市测试坏项目,测试公司,合山市,工厂,新建,市级,abc',
      ]),
    );
    const result = bad.json<TImportResult>();
    expect(result.committed).toBe(false);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'D'],
      [4, 'E'],
      [4, 'H'],
    ]);
    expect((await officer.get('/api/projects?q=合山市测试光伏')).json<Page<unknown>>().total).toBe(
      0,
    );
    const good = await officer.upload(
      '/api/projects/import?dryRun=false',
      '项目.csv',
      csv(['HS-T-1,合山市测试光伏项目,合山市测试能源有限公司,合山市,工业,新建,市级,3亿']),
    );
    expect(good.json<TImportResult>()).toMatchObject({ committed: true, created: 1 });
    const found = (await officer.get('/api/projects?q=合山市测试光伏')).json<
      Page<TProjectListItem>
    >();
    expect(found.items[0]).toMatchObject({ totalInvestment: '30000.00', countyName: '合山市' });
    const exported = await officer.get('/api/projects/export?q=合山市测试光伏');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });
});
