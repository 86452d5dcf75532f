import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chooseOption, launchBrowser, signIn } from './support/browser';

describe('targets and the red/black list in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const choose = (page: Page, testId: string, option: string) => chooseOption(page, testId, option);

  const openTargets = async () => {
    const page = await browser.newPage();
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/targets`);
    await page.getByTestId('targets-table').waitFor({ timeout: 20_000 });
    return page;
  };

  it('sets a city target, splits it among the counties (one missing, then none) and enters its actual', async () => {
    const page = await openTargets();
    const table = page.getByTestId('targets-table');

    // 设定目标: a manual metric of the city for 2021.
    const name = '新增工业用地供应';
    await page.getByTestId('set-target').click();
    await choose(page, 'new-target-metric', '手工填报指标');
    await page.locator('#new-target-name').fill(name);
    await page.locator('#new-target-goal').fill('600');
    await page.locator('#new-target-measure').fill('亩');
    await page.locator('#new-target-ok').click();
    const row = table.locator('tr[data-row-key]', { hasText: name });
    await row.first().waitFor({ timeout: 15_000 });
    const id = (await row.first().getAttribute('data-row-key'))!;
    expect(await row.first().innerText()).toContain('来宾市');

    // 分解: every county but the last, which the check lists as missing.
    await page.getByTestId(`split-${id}`).click();
    const form = page.getByTestId('split-form');
    await form.waitFor();
    const counties = await form.locator('.ant-form-item-label label').allInnerTexts();
    expect(counties.length).toBeGreaterThan(2);
    const last = counties.at(-1)!;
    for (const county of counties.slice(0, -1)) await form.getByLabel(county).fill('100');
    await expect
      .poll(() => page.getByTestId('split-check').innerText(), { timeout: 10_000 })
      .toContain(`未分解：${last}`);
    await page.locator('#split-ok').click();
    const splitState = page.getByTestId(`split-state-${id}`);
    await expect.poll(() => splitState.innerText(), { timeout: 15_000 }).toContain('分解合计不足');
    expect(await splitState.innerText()).toContain(`未分解：${last}`);
    expect(await table.locator('tr[data-row-key]', { hasText: name }).count()).toBe(
      counties.length,
    );

    // The missing county is completed: the parts now add up, nobody is missing.
    await page.getByTestId(`split-${id}`).click();
    await form.waitFor();
    expect(await form.getByLabel(counties[0]!).inputValue()).toBe('100');
    await form.getByLabel(last).fill(String(600 - 100 * (counties.length - 1)));
    await page.locator('#split-ok').click();
    await expect
      .poll(() => splitState.innerText(), { timeout: 15_000 })
      .toContain('分解合计等于目标');
    expect(await splitState.innerText()).not.toContain('未分解');

    // 填报完成数 of the city target, with its evidence: 240 of 600 亩 is 40%.
    await page.getByTestId(`actual-${id}`).click();
    await page.locator('#actual-value').fill('240');
    await page.locator('#actual-evidence').fill('市自然资源局供地台账');
    await page.locator('#actual-ok').click();
    const cityRow = table.locator(`tr[data-row-key="${id}"]`);
    await expect.poll(() => cityRow.innerText(), { timeout: 15_000 }).toContain('40.0%');

    // The targets export is a real workbook.
    const exported = await page.request.get(
      baseUrl() + (await page.getByTestId('targets-export').getAttribute('href'))!,
    );
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    await page.close();
  });

  it('previews the June red/black list, shows the figures behind a score and publishes it', async () => {
    const page = await openTargets();
    // The red/black list for 2021-06: a score opens the figures behind it, then it is published.
    await choose(page, 'targets-period', '2021-06');
    const preview = page.getByTestId('ranking-preview');
    await expect
      .poll(() => page.getByText('当前排名（未发布） · 2021-06').count(), { timeout: 20_000 })
      .toBe(1);
    const score = preview.locator('[data-testid$="-new_scale"]').first();
    const shown = (await score.innerText()).trim();
    await score.click();
    const drawer = page.getByTestId('score-drawer');
    await drawer.waitFor({ timeout: 10_000 });
    expect(await drawer.innerText()).toContain('完成数与目标之比');
    expect(await drawer.getByTestId('score-weighted').innerText()).toBe(
      shown === '无数据' ? '0.00' : shown,
    );
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('publish-ranking').click();
    const published = page.getByTestId('published-2021-06-1');
    await published.waitFor({ timeout: 20_000 });
    const card = page.getByTestId('published-ranking').filter({ has: published });
    expect(await card.locator('.ant-tag', { hasText: '红榜' }).count()).toBeGreaterThan(0);
    expect(await card.locator('.ant-tag', { hasText: '黑榜' }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('published-export-2021-06-1').getAttribute('href')).toMatch(
      /^\/api\/rankings\/published\/\d+\/export$/,
    );
    await page.close();
  });
});
