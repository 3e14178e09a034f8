import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

describe('accessible mode and language', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('remembers 无障碍浏览 and English across visits and stays accessible in both', async () => {
    const audit = new AccessibilityAudit();
    await page.goto(server!.baseUrl);
    await page.getByRole('heading', { name: '成都', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await page.getByRole('button', { name: '无障碍浏览' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Chengdu', exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Chengdu', exact: true }).waitFor();
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      accessible: document.documentElement.classList.contains('a11y-mode'),
    }));
    expect(html).toEqual({ lang: 'en', accessible: true });
    expect(await page.getByRole('button', { name: 'Accessible mode' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await audit.scan(page, 'home (English, accessible mode)');

    await page.getByRole('link', { name: 'Services', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await audit.scan(page, 'services (English, accessible mode)');

    // Back to the defaults, so the choice really is a switch.
    await page.getByRole('button', { name: 'Accessible mode' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '办事服务' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    audit.assertClean();
  });
});
