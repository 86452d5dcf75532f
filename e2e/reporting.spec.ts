import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signIn } from './support/browser';

/** The demo is set in early July 2021: June is being reported, and the demo enterprise has not yet. */
const PERIOD = '2021-06';
/** The demo enterprise user's enterprise is in 兴宾区 (its USCC's division code is 451302). */
const COUNTY = '兴宾区';
const COUNTY_OFFICER = 'officer-xingbin';
/** The review queue's largest page. */
const PAGE = 200;
const EXPLANATION = '本月订单增加，数据已核实无误';

async function enterpriseIdOf(page: Page): Promise<number> {
  const me = await page.evaluate(async () => {
    const response = await fetch('/api/me', { headers: { accept: 'application/json' } });
    return (await response.json()) as { grants: { enterpriseId: number | null }[] };
  });
  const id = me.grants.find((grant) => grant.enterpriseId !== null)?.enterpriseId;
  if (!id) throw new Error('The demo enterprise user is bound to no enterprise');
  return id;
}

async function openForm(page: Page, enterpriseId: number): Promise<void> {
  await page.goto(`${baseUrl()}/reporting/reports/${enterpriseId}/${PERIOD}`);
  await page.getByTestId('report-figures').waitFor();
}

const formStatus = (page: Page) =>
  page.getByTestId('report-form').getByTestId('report-status').first().getAttribute('data-status');

const popconfirmOk = (page: Page) => page.locator('.ant-popover:visible .ant-btn-primary').last();
const modalOk = (page: Page) => page.locator('.ant-modal:visible .ant-btn-primary').last();

/** Opens the review queue filtered by a status (a page of up to 200) and tells how many match. */
async function openQueue(page: Page, status: string): Promise<number> {
  await page.goto(
    `${baseUrl()}/reporting/reports?period=${PERIOD}&status=${status}&pageSize=${PAGE}`,
  );
  return queueTotal(page);
}

/** The number of reports the queue's filters match, once loaded. */
async function queueTotal(page: Page): Promise<number> {
  const queue = page.getByTestId('report-queue');
  await queue.waitFor();
  await expect
    .poll(async () => {
      const total = await queue.getAttribute('data-total');
      return (await queue.getAttribute('data-loading')) === 'false' && total !== '';
    })
    .toBe(true);
  return Number(await queue.getAttribute('data-total'));
}

async function selectAll(page: Page): Promise<void> {
  await page.getByTestId('report-table').locator('thead .ant-checkbox-input').check();
}

describe('monthly reporting in the browser, from open to locked', () => {
  let browser: Browser;
  let enterpriseId: number;
  let enterpriseName: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('blocks submission while a hard rule fails', async () => {
    const page = await browser.newPage();
    await signIn(page, 'enterprise');
    enterpriseId = await enterpriseIdOf(page);
    await openForm(page, enterpriseId);
    const previous = await page.getByTestId('previous-output-ytd').getAttribute('data-value');
    expect(Number(previous)).toBeGreaterThan(0);
    // 本年累计 below last period's 本年累计: a year-to-date figure cannot fall.
    await page.getByTestId('figure-output-ytd').fill(String(Math.floor(Number(previous) / 2)));
    await expect
      .poll(() => page.getByTestId('hard-findings').innerText())
      .toMatch(/不应减少|不等于/);
    expect(await page.getByTestId('action-submit').isDisabled()).toBe(true);
    await page.close();
  });

  it('an enterprise fills and submits its form, validated as it types', async () => {
    const page = await browser.newPage();
    await signIn(page, 'enterprise');
    await openForm(page, enterpriseId);
    expect(await formStatus(page)).toBe('none');
    const title = await page
      .getByTestId('report-form')
      .locator('.ant-card-head-title')
      .first()
      .innerText();
    enterpriseName = title.split(' · ')[0] ?? '';
    expect(enterpriseName).not.toBe('');

    const rows = page.getByTestId('report-figures').locator('tbody tr.ant-table-row');
    const codes = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-row-key') ?? ''),
    );
    expect(codes).toContain('output');
    for (const code of codes) {
      const previous = page.getByTestId(`previous-${code}`);
      const month = await previous.getAttribute('data-month');
      const ytd = await previous.getAttribute('data-ytd');
      const hasMonth = (await page.getByTestId(`figure-${code}-month`).count()) > 0;
      const prevYear = page.getByTestId(`figure-${code}-prevYearYtd`);
      if (hasMonth) {
        // The same month as last time: 本年累计 follows from last period's (filled in as typed).
        const thisMonth = month || '100';
        await page.getByTestId(`figure-${code}-month`).fill(thisMonth);
        if (!ytd) await page.getByTestId(`figure-${code}-ytd`).fill(thisMonth);
        else {
          await expect.poll(() => page.getByTestId(`figure-${code}-ytd`).inputValue()).not.toBe('');
        }
      } else {
        await page.getByTestId(`figure-${code}-ytd`).fill(ytd || '100');
      }
      if ((await prevYear.inputValue()) === '') {
        await prevYear.fill(await page.getByTestId(`figure-${code}-ytd`).inputValue());
      }
    }
    await expect.poll(() => page.getByTestId('hard-findings').count()).toBe(0);
    const soft = page.getByTestId('soft-finding');
    for (let i = 0; i < (await soft.count()); i++) {
      await soft.nth(i).locator('textarea').fill(EXPLANATION);
    }
    await page.getByTestId('action-submit').click();
    await expect.poll(() => formStatus(page), { timeout: 15_000 }).toBe('submitted');
    await page.close();
  });

  it('the county officer approves it, approves the rest and marks the missing', async () => {
    const page = await browser.newPage();
    await signIn(page, COUNTY_OFFICER);
    await openQueue(page, 'submitted');
    await expect.poll(() => page.getByTestId('report-table').innerText()).toContain(enterpriseName);
    await page
      .getByTestId('report-table')
      .locator('tr', { hasText: enterpriseName })
      .getByTestId('report-link')
      .click();
    await page.getByTestId('report-figures').waitFor();
    expect(await formStatus(page)).toBe('submitted');
    await page.getByTestId('action-approve').click();
    await expect.poll(() => formStatus(page), { timeout: 15_000 }).toBe('approved');

    // Every other submitted report of the county, a page (up to 200) at a time.
    for (let round = 0; round < 20; round++) {
      const before = await openQueue(page, 'submitted');
      if (before === 0) break;
      await selectAll(page);
      await page.getByTestId('bulk-approve').click();
      await popconfirmOk(page).click();
      await expect
        .poll(() => queueTotal(page), { timeout: 20_000 })
        .toBe(Math.max(0, before - PAGE));
    }
    // Nothing submitted for the rest: confirmed as not reported, with the reason.
    for (const status of ['none', 'draft', 'returned']) {
      for (let round = 0; round < 20; round++) {
        const before = await openQueue(page, status);
        if (before === 0) break;
        await selectAll(page);
        await page.getByTestId('bulk-mark').click();
        await page.getByTestId('bulk-reason').fill('企业停产，本月无法报送');
        await modalOk(page).click();
        await expect
          .poll(() => queueTotal(page), { timeout: 20_000 })
          .toBe(Math.max(0, before - PAGE));
      }
    }
    await page.close();
  });

  it('the city analyst locks the county for the period', async () => {
    const page = await browser.newPage();
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/reporting/overview?period=${PERIOD}`);
    const row = page.getByTestId('overview-counties').locator('tr', { hasText: COUNTY });
    await row.waitFor();
    await expect.poll(() => row.getByTestId('blocking').innerText()).toBe('0');
    await row.getByTestId('county-lock').click();
    await popconfirmOk(page).click();
    await row.getByTestId('county-locked').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('the enterprise finds its form read-only once locked', async () => {
    const page = await browser.newPage();
    await signIn(page, 'enterprise');
    await openForm(page, enterpriseId);
    const notice = page.getByTestId('form-readonly');
    await notice.waitFor();
    expect(await notice.getAttribute('data-locked')).toBe('true');
    expect(await page.locator('[data-testid="report-figures"] input').count()).toBe(0);
    expect(await page.getByTestId('action-submit').count()).toBe(0);
    expect(await formStatus(page)).toBe('locked');
    await page.close();
  });
});
