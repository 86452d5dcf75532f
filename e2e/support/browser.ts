import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export { launchChromium as launchBrowser } from './chromium';

export const baseUrl = (): string => inject('baseUrl');

export const DEMO_PASSWORD = 'gongyeyun-demo';

/** Signs in through the login form, as a person would. */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor({ state: 'attached' });
}

/**
 * Picks an option of the antd select carrying `testId` by the option's title, and checks the
 * select shows it. A click that lands while the dropdown is still opening is lost now and then;
 * the choice is then made again, at most three times.
 */
export async function chooseOption(
  page: Page,
  testId: string,
  title: string,
  opts: { typeFirst?: boolean } = {},
): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt += 1) {
    await select.click();
    if (opts.typeFirst) await page.keyboard.type(title);
    const option = page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden)`)
      .locator(`.ant-select-item-option[title="${title}"]`)
      .first();
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 3_000 }).toContain(title);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
