import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signIn } from './support/browser';

/** The input of an antd field that carries the test id itself or on its wrapper. */
const inputOf = (page: Page, testId: string): Locator =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/**
 * A manufacturing enterprise of the signed-in officer's county below the threshold and not in
 * the seed bank yet, with the month the seed bank judges at.
 */
async function smallEnterprise(page: Page) {
  return page.evaluate(async () => {
    const get = async <T>(path: string): Promise<T> => {
      const res = await fetch(path, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return (await res.json()) as T;
    };
    const bank = await get<{ through: string; rows: { enterprise: { id: number } }[] }>(
      '/api/cultivation/candidates?all=true',
    );
    const taken = new Set(bank.rows.map((r) => r.enterprise.id));
    const found = await get<{ items: { id: number; name: string; industryCode: string }[] }>(
      '/api/enterprises?scaleCategory=none&status=operating&pageSize=100',
    );
    const enterprise = found.items.find((e) => {
      const division = Number(e.industryCode.slice(0, 2));
      return division >= 13 && division <= 43 && !taken.has(e.id);
    });
    if (!enterprise) throw new Error('no small manufacturing enterprise left');
    return { id: enterprise.id, name: enterprise.name, through: bank.through };
  });
}

/**
 * 24 months of growing revenue (万元) ending with the month judged: about 1,690 over the last
 * twelve months, 85% of the 2,000 threshold.
 */
async function enterGrowingRevenue(page: Page, enterpriseId: number, through: string) {
  await page.evaluate(
    async ({ id, through }) => {
      const [year, month] = through.split('-').map(Number) as [number, number];
      const entries = Array.from({ length: 24 }, (_, i) => {
        const index = year * 12 + month - 1 - 23 + i;
        return {
          year: Math.floor(index / 12),
          month: (index % 12) + 1,
          quarter: null,
          revenue: Math.round(1000 * 1.02 ** i * (1 + 0.04 * Math.sin(i * 1.3))) / 10,
        };
      });
      const res = await fetch(`/api/cultivation/revenues/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-gongyeyun-csrf': '1' },
        body: JSON.stringify({ entries }),
      });
      if (!res.ok) throw new Error(`revenue not entered: ${res.status} ${await res.text()}`);
    },
    { id: enterpriseId, through },
  );
}

describe('seed bank (种子库) in the browser', () => {
  let browser: Browser;
  /** The candidate made by 兴宾区's officer, for the check from another county. */
  let made: { name: string; url: string } | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('screens an enterprise into the seed bank, projects its crossing, refuses a month to come, cultivates it with an officer and logs an action', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/cultivation`);
    await page.getByTestId('candidates-summary').waitFor({ timeout: 20_000 });
    const enterprise = await smallEnterprise(page);
    await enterGrowingRevenue(page, enterprise.id, enterprise.through);

    // Screening finds it in the band (50–100% of the threshold).
    await page.getByTestId('cultivation-refresh').click();
    const result = page.getByTestId('refresh-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toMatch(/新增培育对象 [1-9]\d* 家/);
    await page.getByTestId('candidate-search').locator('input').fill(enterprise.name);
    const link = page.getByTestId('candidates-table').getByRole('link', { name: enterprise.name });
    await link.waitFor({ timeout: 15_000 });
    const row = page
      .getByTestId('candidates-table')
      .locator('tr', { has: page.getByRole('link', { name: enterprise.name }) });
    expect(await row.innerText()).toContain('85%');
    await link.click();
    await page.waitForURL(/\/cultivation\/candidates\/\d+$/, { timeout: 15_000 });
    made = { name: enterprise.name, url: page.url() };

    // Its page: the chart, and the projection in words with its range.
    await page.getByTestId('candidate-chart').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('candidate-name').innerText()).toBe(enterprise.name);
    expect(await page.getByTestId('candidate-status').innerText()).toBe('观察');
    const projection = await page.getByTestId('candidate-projection').innerText();
    expect(projection).toContain('按近12个月合计的月均增速外推');
    expect(projection).toMatch(/预计 \d{4}-\d{2} 达到标准/);
    expect(projection).toMatch(/最早 \d{4}-\d{2}，按最低增速最晚 \d{4}-\d{2}/);

    // A month that has not come yet is refused, with the server's reason beside the form.
    await inputOf(page, 'revenue-period-0').click();
    await inputOf(page, 'revenue-period-0').fill('2099-01');
    await page.keyboard.press('Enter');
    await inputOf(page, 'revenue-amount-0').fill('150');
    await page.getByTestId('revenue-submit').click();
    const error = page.getByTestId('revenue-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.innerText()).toContain('2099-01 尚未到来，不能填报');

    // 观察 → 培育中 needs an officer.
    await page.getByTestId('candidate-move-cultivating').click();
    await page.locator('#candidate-move-ok').click();
    await page.getByText('培育中的企业须指定负责人').waitFor({ timeout: 10_000 });
    const officer = page.getByTestId('candidate-move-officer');
    await officer.click();
    await page.locator('.ant-select-item-option').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    const officerName = (
      await officer.locator('.ant-select-content, .ant-select-selection-item').first().innerText()
    ).trim();
    expect(officerName).not.toBe('');
    await page.locator('#candidate-move-ok').click();
    await expect
      .poll(() => page.getByTestId('candidate-status').innerText(), { timeout: 15_000 })
      .toBe('培育中');
    expect(await page.getByTestId('candidate-officer').innerText()).toBe(officerName);

    await page.getByTestId('candidate-action-text').fill('走访企业，协调解决用电报装');
    await page.getByTestId('candidate-action-submit').click();
    await expect
      .poll(() => page.getByTestId('candidate-log').innerText(), { timeout: 15_000 })
      .toContain('走访企业，协调解决用电报装');
    expect(await page.getByTestId('candidate-log').innerText()).toContain('观察 → 培育中');
    await page.close();
  });

  it("hides 兴宾区's candidate from 合山市's officer, in the list and on its page", async () => {
    expect(made).not.toBeNull();
    const { name, url } = made!;
    const other = await browser.newPage();
    await signIn(other, 'officer-heshan');
    await other.goto(`${baseUrl()}/cultivation`);
    await other.getByTestId('candidates-summary').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => other.getByTestId('candidates-table').innerText(), { timeout: 10_000 })
      .not.toContain(name);
    expect(await other.getByTestId('candidates-summary').innerText()).toContain('合山市');
    await other.goto(url);
    await other.getByTestId('not-found').waitFor({ timeout: 15_000 });
    await other.close();
  });

  it('follows an exit warning up: assigns an officer, adds a note and closes it with a reason', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/cultivation`);
    // Screening judges the reports too: 规上 enterprises that stopped reporting or decline are warned.
    await page.getByTestId('cultivation-refresh').waitFor({ timeout: 20_000 });
    await page.getByTestId('cultivation-refresh').click();
    await page.getByTestId('refresh-result').waitFor({ timeout: 20_000 });
    await page.getByTestId('cultivation-tab-warnings').click();
    const open = page.locator('[data-testid^="warning-open-"]').first();
    await open.waitFor({ timeout: 20_000 });
    const name = (await open.innerText()).trim();
    await open.click();
    const drawer = page.getByTestId('warning-drawer');
    await drawer.getByTestId('warning-findings').waitFor({ timeout: 15_000 });
    expect((await drawer.getByTestId('warning-findings').innerText()).length).toBeGreaterThan(0);

    await drawer.getByTestId('warning-officer').click();
    await page.locator('.ant-select-item-option').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await drawer.getByTestId('warning-assign').click();
    await expect
      .poll(() => drawer.getByTestId('warning-log').innerText(), { timeout: 15_000 })
      .toContain('指定负责人');

    await drawer.getByTestId('warning-note').fill('电话联系企业，了解停产原因');
    await drawer.getByTestId('warning-add-note').click();
    await expect
      .poll(() => drawer.getByTestId('warning-log').innerText(), { timeout: 15_000 })
      .toContain('电话联系企业，了解停产原因');

    await drawer.getByTestId('warning-close-reason').fill('企业已恢复生产并按期报送');
    await drawer.getByTestId('warning-close').click();
    await expect
      .poll(() => drawer.getByTestId('warning-status').innerText(), { timeout: 15_000 })
      .toBe('已关闭');
    expect(await drawer.getByTestId('warning-log').innerText()).toContain(
      '待处理 → 已关闭：企业已恢复生产并按期报送',
    );
    // Closed warnings leave the list of open ones.
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('warnings-table').innerText(), { timeout: 15_000 })
      .not.toContain(name);
    await page.close();
  });

  it('nominates an enterprise with a reason from the seed bank', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/cultivation`);
    await page.getByTestId('candidates-summary').waitFor({ timeout: 20_000 });
    const enterprise = await smallEnterprise(page);
    await page.getByTestId('open-nominate').click();
    const select = page.getByTestId('nominate-enterprise');
    await select.click();
    await page.keyboard.type(enterprise.name.slice(0, 8));
    const option = page.locator('.ant-select-item-option', { hasText: enterprise.name }).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await page.getByTestId('nominate-reason').fill('新建生产线年内投产，预计营业收入大幅增长');
    await page.locator('#nominate-ok').click();
    await page.waitForURL(/\/cultivation\/candidates\/\d+$/, { timeout: 15_000 });
    await expect
      .poll(() => page.getByTestId('candidate-name').innerText(), { timeout: 15_000 })
      .toBe(enterprise.name);
    expect(await page.getByTestId('candidate-status').innerText()).toBe('观察');
    expect(await page.getByTestId('candidate-log').innerText()).toContain(
      '新建生产线年内投产，预计营业收入大幅增长',
    );
    await page.close();
  });

  it('shows the band to the administrator and refuses a lower edge above the upper one', async () => {
    const page = await browser.newPage();
    await signIn(page, 'admin');
    await page.goto(`${baseUrl()}/cultivation`);
    await page.getByTestId('band-open').click();
    const lower = inputOf(page, 'band-lower');
    await lower.waitFor({ timeout: 15_000 });
    expect(await lower.inputValue()).toBe('50');
    expect(await inputOf(page, 'band-upper').inputValue()).toBe('100');
    await lower.fill('95');
    await inputOf(page, 'band-upper').fill('90');
    await page.locator('#band-ok').click();
    await expect
      .poll(() => page.locator('.ant-modal').innerText(), { timeout: 15_000 })
      .toContain('范围应满足 0 < 下限 < 上限 ≤ 100%');
    await page.close();
  });
});
