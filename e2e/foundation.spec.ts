import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signIn } from './support/browser';

describe('the web shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('signs the admin in to a Chinese shell, switches to English and keeps the choice', async () => {
    const page = await browser.newPage();
    await signIn(page, 'admin');
    const nav = page
      .getByRole('navigation')
      .or(page.locator('.ant-layout-sider, .ant-menu'))
      .first();
    await expect.poll(() => nav.innerText()).toContain('组织机构');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The CJK font is installed: a Chinese label has a real width, not tofu boxes.
    const width = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = '16px sans-serif';
      return c.measureText('组织机构').width;
    });
    expect(width).toBeGreaterThan(40);

    await page.getByTestId('locale-switch').click();
    await expect.poll(() => nav.innerText()).toMatch(/Org(anisation|anization)? units/i);

    // The choice is saved with the user: a fresh sign-in comes back in English.
    const again = await browser.newPage();
    await signIn(again, 'admin');
    const nav2 = again
      .getByRole('navigation')
      .or(again.locator('.ant-layout-sider, .ant-menu'))
      .first();
    await expect.poll(() => nav2.innerText()).toMatch(/Org(anisation|anization)? units/i);
    await again.getByTestId('locale-switch').click();
    await expect.poll(() => nav2.innerText()).toContain('组织机构');
    await page.close();
    await again.close();
  });

  it('shows a county officer their county, and not another county’s org unit', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    // 合山市 is another county: find its id as the city admin sees it.
    const admin = await browser.newPage();
    await signIn(admin, 'admin');
    const heshanId = await admin.evaluate(async () => {
      const res = await fetch('/api/org-units?q=451381');
      const body = (await res.json()) as { items: { id: number; code: string }[] };
      return body.items.find((u) => u.code === '451381')!.id;
    });
    await admin.close();

    await page.goto(`${baseUrl()}/org-units/${heshanId}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('not-found').innerText()).toMatch(/无权|未找到/);

    await page.goto(`${baseUrl()}/org-units`);
    await expect.poll(() => page.locator('body').innerText()).toContain('兴宾区');
    expect(await page.locator('body').innerText()).not.toContain('合山市');
    await page.close();
  });

  it('refuses a wrong password with a message on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.locator('body').innerText()).toContain('用户名或密码错误');
    await page.close();
  });
});
