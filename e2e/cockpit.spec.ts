import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signIn } from './support/browser';

/** A period whose reports are all in (the demo reports June 2021 now). */
const PERIOD = '2021-05';

/** Opens the explain drawer from a figure and waits for its enterprise rows. */
async function explain(page: Page, testId: string) {
  await page.getByTestId(testId).first().click();
  const drawer = page.getByTestId('explain-drawer');
  await drawer.waitFor({ timeout: 15_000 });
  await page.getByTestId('explain-facts').locator('tbody tr.ant-table-row').first().waitFor();
  return drawer;
}

async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('explain-drawer').waitFor({ state: 'detached' });
}

/** The numbers in a cell's text: 163.56亿元 → 163.56. */
const numberIn = (text: string): number => Number(/-?[\d.]+/.exec(text.replace(/,/g, ''))?.[0]);

describe('the cockpit in the browser: every figure traced to enterprises', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('explains the city’s output growth with the enterprises behind it, down to one enterprise', async () => {
    const page = await browser.newPage();
    await signIn(page, 'leader');
    await page.goto(`${baseUrl()}/?period=${PERIOD}`);
    await page.getByTestId('cockpit').waitFor();
    await expect.poll(() => page.getByTestId('cockpit-subtitle').innerText()).toContain('来宾市');
    const headline = await page.getByTestId('kpi-output-growth').innerText();
    expect(headline).toMatch(/增长|下降/);

    const drawer = await explain(page, 'kpi-output-growth');
    expect(await drawer.getAttribute('data-figure')).toBe('growth');
    // The formula with the numbers, and the same rate as on the card.
    const computation = await page.getByTestId('explain-computation').innerText();
    expect(computation).toContain('÷');
    expect(computation).toContain(`${numberIn(headline).toFixed(1)}%`);
    // Σ of the enterprises equals the card's year to date.
    const cardYtd = await page.getByTestId('kpi-output-ytd').innerText();
    expect(await page.getByTestId('explain-sum-ytd').innerText()).toBe(cardYtd);
    const count = numberIn(await page.getByTestId('explain-sum-label').innerText());
    expect(numberIn(await page.getByTestId('kpi-enterprises-count').innerText())).toBe(count);

    // The rows come from the server a page at a time; the count and the sums cover every page.
    const names = () =>
      page.getByTestId('explain-facts').locator('tbody tr.ant-table-row a').allInnerTexts();
    const firstPage = await names();
    expect(firstPage).toHaveLength(20);
    await drawer.locator('.ant-pagination-item-2').click();
    await expect.poll(names, { timeout: 15_000 }).not.toEqual(firstPage);
    expect((await names()).some((n) => firstPage.includes(n))).toBe(false);
    expect(numberIn(await page.getByTestId('explain-sum-label').innerText())).toBe(count);
    expect(await page.getByTestId('explain-sum-ytd').innerText()).toBe(cardYtd);

    // Sorting by a column asks the server for that order, from the first page.
    const sorted = page.waitForResponse(
      (r) => r.url().includes('/api/analytics/explain') && r.url().includes('sort=growth'),
    );
    await drawer.locator('th.ant-table-column-has-sorters', { hasText: /^增速$/ }).click();
    const byGrowth = (await (await sorted).json()) as {
      page: number;
      order: string;
      facts: { name: string; growth: { value: number | null } }[];
    };
    expect([byGrowth.page, byGrowth.order]).toEqual([1, 'desc']);
    const growths = byGrowth.facts.map((f) => f.growth.value ?? -Infinity);
    expect(growths).toEqual([...growths].sort((a, b) => b - a));
    await expect.poll(names, { timeout: 15_000 }).toEqual(byGrowth.facts.map((f) => f.name));

    // An enterprise row leads to the enterprise.
    const first = page.getByTestId('explain-facts').locator('tbody tr.ant-table-row a').first();
    const name = await first.innerText();
    await first.click();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain(name);
    expect(page.url()).toMatch(/\/enterprises\/\d+$/);
    await page.close();
  });

  it('traces a county’s growth and a chain’s pull to their enterprises', async () => {
    const page = await browser.newPage();
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/?period=${PERIOD}`);
    const counties = page.getByTestId('county-figures');
    await counties.waitFor();
    const row = counties.locator('tr', { hasText: '合山市' });
    await row.getByTestId(/^figure-growth-/).click();
    await page.getByTestId('explain-facts').locator('tbody tr.ant-table-row').first().waitFor();
    const countyCells = await page
      .getByTestId('explain-facts')
      .locator('tbody tr.ant-table-row td:nth-child(2)')
      .allInnerTexts();
    expect(countyCells.length).toBeGreaterThan(0);
    expect(new Set(countyCells)).toEqual(new Set(['合山市']));
    await closeDrawer(page);

    const chains = page.getByTestId('chain-figures');
    const aluminium = chains.locator('tr', { hasText: /^铝/ }).first();
    const pull = await aluminium.getByTestId(/^figure-pull-/).innerText();
    await aluminium.getByTestId(/^figure-pull-/).click();
    await page.getByTestId('explain-facts').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('explain-computation').innerText()).toContain(
      `${numberIn(pull).toFixed(1)} 个百分点`,
    );
    await page.close();
  });

  it('shows the statistics bureau’s published figures apart, after an analyst imports them', async () => {
    const page = await browser.newPage();
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/?period=${PERIOD}`);
    await page.getByTestId('official-import').click();
    const csv =
      '地区,报告期,指标,数值,单位,来源,发布日期\n' +
      '来宾市,2021年1-5月,规上工业增加值增速（可比价）,13.6,%,来宾市统计局《统计月报》2021年5月,2021-06-18\n';
    await page.getByTestId('import-file-input').setInputFiles({
      name: '发布数.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect
      .poll(() => page.getByTestId('import-summary').innerText(), { timeout: 15_000 })
      .toMatch(/1/);
    await page.getByTestId('official-commit').click();
    const official = page.getByTestId('official-figures');
    await expect
      .poll(() => official.innerText(), { timeout: 15_000 })
      .toContain('规上工业增加值增速（可比价）');
    expect(await official.innerText()).toContain('13.6%');
    expect(await official.innerText()).toContain('来宾市统计局');
    await page.close();
  });

  it('gives a county officer their county as the whole', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/?period=${PERIOD}`);
    await expect
      .poll(() => page.getByTestId('cockpit-subtitle').innerText(), { timeout: 15_000 })
      .toContain('兴宾区');
    expect(await page.getByTestId('county-figures').count()).toBe(0);
    await explain(page, 'kpi-output-ytd');
    const countyCells = await page
      .getByTestId('explain-facts')
      .locator('tbody tr.ant-table-row td:nth-child(2)')
      .allInnerTexts();
    expect(new Set(countyCells)).toEqual(new Set(['兴宾区']));
    await page.close();
  });
});
