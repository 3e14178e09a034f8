import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { idNumberWithWrongCheckChar, newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { submitCitizenRegistration } from '../support/ui.js';

// The demo citizen 张丽华, registered by --seed-demo.
const REGISTERED_ID_NUMBER = '510104199003071237';

describe('registering with bad input', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let registrationRequests = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/identity/citizens')) {
        registrationRequests += 1;
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    registrationRequests = 0;
    await page.goto(`${server!.baseUrl}/register`);
    await page.getByRole('heading', { name: '用户注册' }).waitFor();
  });

  it('shows a wrong ID check digit next to the field, in Chinese, and creates no account', async () => {
    const person = { ...newCitizen(), idNumber: idNumberWithWrongCheckChar() };
    await submitCitizenRegistration(page, person);

    const help = page.locator('#citizen_idNumber_help');
    await expect.poll(() => help.innerText()).toContain('身份证号码校验位不正确');
    expect(await page.getByLabel('身份证号码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/register');
    expect(registrationRequests).toBe(0);

    // No account: neither the ID number nor the mobile signs in.
    for (const account of [person.idNumber, person.mobile]) {
      const response = await fetch(`${server!.baseUrl}/api/v1/identity/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
        body: JSON.stringify({ account, password: person.password }),
      });
      expect(response.status).toBe(401);
    }

    const audit = new AccessibilityAudit();
    await audit.scan(page, 'register with field error');
    audit.assertClean();
  });

  it('shows the server’s field error when the ID number is already registered', async () => {
    const person = { ...newCitizen(), idNumber: REGISTERED_ID_NUMBER };
    await submitCitizenRegistration(page, person);

    await page.getByRole('alert').filter({ hasText: '已注册' }).first().waitFor();
    await expect.poll(() => page.locator('#citizen_idNumber_help').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(registrationRequests).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/register');
  });
});
