import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chooseOption, launchBrowser, signIn } from './support/browser';

describe('the problem desk in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const openTicket = async (username: string, id: string): Promise<Page> => {
    const page = await browser.newPage();
    await signIn(page, username);
    await page.goto(`${baseUrl()}/services/tickets/${id}`);
    await page.getByTestId('ticket-state').waitFor({ timeout: 20_000 });
    return page;
  };
  const stateOf = (page: Page) => page.getByTestId('ticket-state').innerText();
  const chooseDepartment = (page: Page, name: string) =>
    chooseOption(page, 'step-department', name, { typeFirst: true });

  it('files, routes, sends back, re-routes, answers, rates "not solved" and reopens a problem', async () => {
    const title = `技改补助未到账 ${Date.now()}`;
    const enterprise = await browser.newPage();
    await signIn(enterprise, 'enterprise');
    await enterprise.goto(`${baseUrl()}/services/tickets`);
    await enterprise.getByRole('button', { name: /提交诉求/ }).click();
    await chooseOption(enterprise, 'ticket-category', '政策兑现');
    await enterprise.getByTestId('ticket-title').fill(title);
    await enterprise.getByTestId('ticket-description').fill('去年申报的技改补助资金至今未到账。');
    await enterprise.locator('#ticket-submit').click();
    await enterprise.waitForURL(/\/services\/tickets\/\d+$/, { timeout: 30_000 });
    const id = /(\d+)$/.exec(enterprise.url())![1]!;
    await expect.poll(() => stateOf(enterprise), { timeout: 15_000 }).toBe('已受理');

    // The bureau's dispatcher routes it (政策兑现 has no catalogue rule) to the power bureau.
    const dispatcher = await openTicket('dispatcher', id);
    await dispatcher.getByTestId('step-dispatch').click();
    await chooseDepartment(dispatcher, '广西电网来宾供电局');
    await dispatcher.locator('#step-submit').click();
    await expect.poll(() => stateOf(dispatcher), { timeout: 15_000 }).toBe('已派单');

    // The power bureau sends it back with a reason.
    const power = await openTicket('handler-power', id);
    await power.getByTestId('step-send_back').click();
    await power.getByTestId('step-text').fill('补助资金不属供电局职责');
    await power.locator('#step-submit').click();
    await expect.poll(() => stateOf(power), { timeout: 15_000 }).toBe('已退单');

    // Re-routed to 自然资源局, which signs for it and answers.
    await dispatcher.reload();
    await dispatcher.getByTestId('step-reassign').click();
    await chooseDepartment(dispatcher, '来宾市自然资源局');
    await dispatcher.locator('#step-submit').click();
    await expect
      .poll(() => dispatcher.getByTestId('ticket-department').innerText(), { timeout: 15_000 })
      .toBe('来宾市自然资源局');
    const land = await openTicket('handler-land', id);
    await land.getByTestId('step-sign').click();
    await expect.poll(() => stateOf(land), { timeout: 15_000 }).toBe('办理中');
    await land.getByTestId('step-reply').click();
    await land.getByTestId('step-text').fill('已协调财政部门，本月内拨付。');
    await land.locator('#step-submit').click();
    await expect.poll(() => stateOf(land), { timeout: 15_000 }).toBe('已答复');

    // The enterprise sees the public timeline only, rates "not solved", then reopens it.
    await enterprise.reload();
    await expect.poll(() => stateOf(enterprise), { timeout: 15_000 }).toBe('已答复');
    const timeline = await enterprise.getByTestId('ticket-timeline').innerText();
    expect(timeline).toContain('已协调财政部门，本月内拨付。');
    expect(timeline).not.toContain('补助资金不属供电局职责');
    await enterprise.getByTestId('step-rate').click();
    await enterprise.getByTestId('step-solved').getByText('未解决').click();
    await enterprise.getByTestId('step-satisfaction').getByText('不满意').click();
    await enterprise.locator('#step-submit').click();
    await expect
      .poll(() => enterprise.getByTestId('ticket-outcome').innerText(), { timeout: 15_000 })
      .toBe('办结未解决');
    expect(await stateOf(enterprise)).toBe('已办结');
    await enterprise.getByTestId('step-reopen').click();
    await expect.poll(() => stateOf(enterprise), { timeout: 15_000 }).toBe('已派单');
    expect(await enterprise.getByTestId('ticket-department').innerText()).toBe('来宾市自然资源局');
    for (const page of [enterprise, dispatcher, power, land]) await page.close();
  });
});
