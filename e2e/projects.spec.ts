import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chooseOption, launchBrowser, signIn } from './support/browser';

describe('major projects and investment leads in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows 2020 on the task dashboard: 128% of the new-start task and 158% of completions', async () => {
    const page = await browser.newPage();
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/projects/tasks`);
    await expect
      .poll(() => page.getByTestId('task-new-starts-percent').innerText(), { timeout: 20_000 })
      .toContain('128%');
    expect(await page.getByTestId('task-completions-percent').innerText()).toContain('158%');
    const sentences = await page.getByTestId('task-sentences').innerText();
    expect(sentences).toContain('新开工重大项目128个');
    expect(sentences).toContain('新引进工业项目99个，总投资1965亿元');
    await page.close();
  });

  it('moves a lead to 签约, converts it into a project and raises a problem from its page, linked both ways', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/projects/leads`);
    const column = page.getByTestId('lead-column-negotiating');
    const move = column.locator('[data-testid^="lead-move-"]').first();
    await move.waitFor({ timeout: 20_000 });
    const card = column.locator('[data-testid^="lead-card-"]').first();
    const cardId = (await card.getAttribute('data-testid'))!;
    const name = (await card.locator('strong').first().innerText()).trim();
    await move.click();
    // The first stage offered after 洽谈 is 签约: choose it with the keyboard.
    const stage = page.getByTestId('lead-move-stage');
    await stage.click();
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => stage.innerText()).toContain('签约');
    await page.locator('#lead-move-ok').click();
    const signed = page.getByTestId('lead-column-signed').getByTestId(cardId);
    await signed.waitFor({ timeout: 15_000 });
    await signed.locator('[data-testid^="lead-convert-"]').click();
    await page.locator('#lead-convert-ok').click();
    await page.waitForURL(/\/projects\/\d+$/, { timeout: 15_000 });
    await expect
      .poll(() => page.getByTestId('project-name').innerText(), { timeout: 15_000 })
      .toBe(name);

    // 反映问题: the problem goes to the desk, routed by the catalogue (用地 → 自然资源局).
    const title = `项目用地报批慢 ${Date.now()}`;
    await page.getByTestId('project-raise-problem').click();
    await chooseOption(page, 'ticket-category', '用地');
    await page.getByTestId('ticket-title').fill(title);
    await page.getByTestId('ticket-description').fill('二期用地预审迟迟未批，影响开工。');
    await page.locator('#problem-submit').click();
    const problems = page.getByTestId('project-problems');
    const listed = problems.getByRole('link', { name: title });
    await listed.waitFor({ timeout: 15_000 });
    const row = problems.locator('tr', { hasText: title });
    expect(await row.innerText()).toContain('已派单');
    expect(await row.innerText()).toContain('来宾市自然资源局');
    const projectUrl = page.url();

    await listed.click();
    await page.waitForURL(/\/services\/tickets\/\d+$/, { timeout: 15_000 });
    await expect
      .poll(() => page.getByTestId('ticket-heading').innerText(), { timeout: 15_000 })
      .toBe(title);
    const back = page.getByTestId('ticket-project');
    expect(await back.innerText()).toBe(name);
    await back.click();
    await page.waitForURL(projectUrl, { timeout: 15_000 });
    await expect
      .poll(() => page.getByTestId('project-name').innerText(), { timeout: 15_000 })
      .toBe(name);
    await page.close();
  });
});
