import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn, signOut } from '../support/ui.js';
import { freePort, startRelyingParty, type RunningSite } from './relying-party.js';

const PASSWORD = 'Tongcheng@2026';
const CITIZEN = { account: '510104199003071237', name: '张丽华', maskedMobile: '138****1234' };
const CLIENT_ID = 'deyang-citizen-e2e';

describe('统一身份认证: a city’s site signs people in and out through Tongcheng', () => {
  let server: RunningServer | undefined;
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  const audit = new AccessibilityAudit();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await server?.stop();
  });

  /** The system administrator registers the site on the administration page; answers its secret. */
  async function registerSite(page: Page, tongcheng: string, siteUrl: string): Promise<string> {
    await signIn(page, tongcheng, 'sysadmin', PASSWORD);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '统一身份认证' })
      .click();
    await page.getByRole('heading', { name: '统一身份认证', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '签名密钥' }).waitFor();
    await page.getByRole('row', { name: /正在签名/ }).waitFor();
    await audit.scan(page, 'unified sign-in administration');

    await page.getByLabel('网站名称', { exact: true }).fill('德阳市民服务');
    await page.getByLabel('网站标识', { exact: true }).fill(CLIENT_ID);
    await page.getByLabel('登录回调地址', { exact: true }).fill(`${siteUrl}/callback`);
    await page.getByLabel('退出后返回地址', { exact: true }).fill(`${siteUrl}/`);
    await page.getByRole('checkbox', { name: '手机号码' }).check();
    await page.getByRole('checkbox', { name: '身份证号码' }).check();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const secret = page.locator('#oidc-client-secret');
    await secret.waitFor();
    await page.getByRole('row', { name: new RegExp(CLIENT_ID) }).waitFor();
    await audit.scan(page, 'unified sign-in administration, secret shown once');
    const value = await secret.inputValue();
    await signOut(page);
    return value;
  }

  it('registers the site, signs a citizen in with consent, and signs them out of both', async () => {
    // The issuer is http://localhost:PORT/oidc (the default); people reach Tongcheng by that name.
    const tongcheng = server!.baseUrl.replace('127.0.0.1', 'localhost');
    const sitePort = await freePort();
    const siteUrl = `http://localhost:${sitePort}`;
    const options = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

    const adminContext = await browser!.newContext(options);
    const clientSecret = await registerSite(await adminContext.newPage(), tongcheng, siteUrl);
    await adminContext.close();
    expect(clientSecret).toMatch(/^[\w-]{43}$/);

    site = await startRelyingParty({
      port: sitePort,
      issuer: `${tongcheng}/oidc`,
      clientId: CLIENT_ID,
      clientSecret,
      scope: 'openid profile phone id_number',
    });

    const context = await browser!.newContext(options);
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('link', { name: '登录', exact: true }).click();

    // Not signed in to Tongcheng: its sign-in page, then back to the site's request.
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.has('next'));
    await page.getByLabel('账号', { exact: true }).waitFor();
    await audit.scan(page, 'Tongcheng sign-in, asked by a site');
    await page.getByLabel('账号', { exact: true }).fill(CITIZEN.account);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();

    // The consent screen names the site and what it asks for; the ID number needs its own tick.
    await page.getByRole('heading', { name: '授权登录', level: 1 }).waitFor();
    const consent = page.getByRole('main');
    await expect.poll(() => consent.textContent()).toContain('“德阳市民服务”请求使用您的同城账号登录');
    for (const item of ['账号标识', '姓名或单位名称', '手机号码']) {
      await consent.getByRole('listitem').filter({ hasText: item }).waitFor();
    }
    const restricted = page.getByRole('group', { name: '敏感个人信息：身份证号码' });
    await restricted.waitFor();
    const agreeIdNumber = restricted.getByRole('checkbox', { name: /单独同意/ });
    expect(await agreeIdNumber.isChecked()).toBe(false);
    await audit.scan(page, 'consent screen');
    await page.getByRole('button', { name: '同意并登录' }).click();

    // Back at the site: name and masked mobile, no ID number (it was not agreed to).
    await page.waitForURL(`${siteUrl}/`);
    await page.getByRole('heading', { name: `您好，${CITIZEN.name}` }).waitFor();
    const details = await page.locator('dl').textContent();
    expect(details).toContain(CITIZEN.maskedMobile);
    expect(details).toContain('身份证号码未提供');
    expect(await page.content()).not.toContain(CITIZEN.account);

    // Sign out at the site: Tongcheng asks whether to leave Tongcheng too.
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await page.getByRole('heading', { name: '退出登录' }).waitFor();
    await audit.scan(page, 'sign-out question');
    await page.getByRole('button', { name: '退出同城账号' }).click();
    await page.waitForURL(`${siteUrl}/`);
    await page.getByRole('link', { name: '登录', exact: true }).waitFor();

    // Tongcheng's own session ended as well: the next sign-in at the site asks for the password.
    await page.getByRole('link', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.has('next'));
    await page.goto(tongcheng);
    await page.getByRole('banner').getByRole('link', { name: '登录', exact: true }).waitFor();

    await context.close();
    audit.assertClean();
  });
});
