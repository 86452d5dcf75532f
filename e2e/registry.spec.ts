import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, signIn } from './support/browser';

/** Valid GB 32100 codes registered in 兴宾区 (451302); both check characters computed with core's rules. */
const CSV = [
  '统一社会信用代码,企业名称,县区,行业代码,注册资本（元）,成立日期',
  '91451302E2E0000130,来宾市浏览器测试糖业有限公司,兴宾区,1340,"20,000,000",2021年3月8日',
  '91451302E2E000021T,来宾市浏览器测试机械有限公司,兴宾区,3532,5000000,2019/6/1',
  '',
].join('\r\n');

describe('the enterprise registry in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('finds a demo enterprise by a fragment of its name', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/enterprises`);
    await page
      .getByTestId('enterprise-search')
      .locator('input')
      .or(page.getByTestId('enterprise-search'))
      .first()
      .fill('宏桂');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('enterprise-table');
    await expect
      .poll(() => table.innerText(), { timeout: 15_000 })
      .toContain('来宾市宏桂机械制造有限公司');
    await page.close();
  });

  it('imports a CSV after a dry run, then finds the new enterprise', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer-xingbin');
    await page.goto(`${baseUrl()}/enterprises/import`);
    await page.getByTestId('import-file-input').setInputFiles({
      name: '名录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.innerText(), { timeout: 20_000 }).toMatch(/2/);
    await page.getByTestId('import-commit').click();
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 20_000 })
      .toMatch(/已导入|导入完成|成功/);

    await page.goto(`${baseUrl()}/enterprises`);
    await page
      .getByTestId('enterprise-search')
      .locator('input')
      .or(page.getByTestId('enterprise-search'))
      .first()
      .fill('浏览器测试糖业');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('enterprise-table').innerText(), { timeout: 15_000 })
      .toContain('来宾市浏览器测试糖业有限公司');
    await page.close();
  });
});
