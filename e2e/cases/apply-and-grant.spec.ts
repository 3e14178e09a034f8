import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { attachMaterial, materialField, materialFiles } from '../support/materials.js';
import { newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { fillApplicationForm, signIn, signOut, submitCitizenRegistration } from '../support/ui.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const OFFICER = { account: 'cd.gjj.officer', password: 'Tongcheng@2026' };
const SCREENSHOTS = 'test-results/screenshots';

describe('applying for the housing fund transfer and having it granted', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const audit = new AccessibilityAudit();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    // axe needs pages from a context; Chinese locale and Beijing time as a resident would have.
    context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a new citizen from registration to a granted case, reviewed by the Chengdu officer', async () => {
    const baseUrl = server!.baseUrl;
    const citizen = newCitizen();
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const chengdu = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    expect(chengdu, 'Chengdu implements the demo item').toBeDefined();

    // Home: the portal chrome and the four cities.
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByText('资阳市人民政府').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: '成都', exact: true }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
    await audit.scan(page, 'home');

    // A new citizen registers.
    await page.getByRole('banner').getByRole('link', { name: '注册', exact: true }).click();
    await page.getByRole('heading', { name: '用户注册' }).waitFor();
    await audit.scan(page, 'register');
    await submitCitizenRegistration(page, citizen);
    await page.getByRole('button', { name: '退出', exact: true }).waitFor();

    // Searches for the item from the home page and opens its guide, comparing the four cities.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    await page.getByLabel('搜索事项（名称或关键词）').fill(item.name);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/items\?q=/);
    await audit.scan(page, 'services list');
    await page.getByRole('link', { name: item.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: item.name }).waitFor();
    await page.getByRole('heading', { name: '四市实施清单对比' }).waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['成都市', '德阳市', '眉山市', '资阳市']),
    );
    await audit.scan(page, 'item guide');

    // Applies with Chengdu as the deciding city.
    await page.getByRole('link', { name: '在线申请', exact: true }).first().click();
    await page.getByRole('radio', { name: new RegExp(`^成都市（${chengdu!.orgName}）`) }).check();
    await fillApplicationForm(page, chengdu!);
    // Text dressed up as a PDF is refused for what it is; the real scan and a photo go through.
    const idCard = materialField(page, 'id_card');
    await idCard.locator('input[type="file"]').setInputFiles(materialFiles.textNamedPdf);
    await idCard
      .getByRole('alert')
      .getByText(/not-really\.pdf 上传失败：仅接受 PDF、JPG、PNG 格式的文件/)
      .waitFor();
    await audit.scan(page, 'apply form (file refused)');
    await idCard.getByRole('button', { name: '删除文件' }).click();
    await attachMaterial(page, 'id_card', materialFiles.pdf, materialFiles.png);
    expect(await idCard.getByRole('alert').count()).toBe(0);
    await audit.scan(page, 'apply form');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const heading = await page.getByRole('heading', { level: 1, name: /^办件/ }).innerText();
    const caseNumber = /办件\s*(\S+)/.exec(heading)?.[1];
    expect(caseNumber).toBeTruthy();
    await page.getByText('申请已提交').waitFor();
    await expect.poll(() => page.locator('[data-status="submitted"]').count()).toBeGreaterThan(0);
    // The applicant may withdraw while the case is open, and no due date runs before acceptance.
    await page.getByRole('button', { name: '撤回申请', exact: true }).waitFor();
    expect(await page.getByTestId('due-date').innerText()).toContain('受理后开始计时');
    await audit.scan(page, 'case detail (applicant, submitted)');
    await signOut(page);

    // The Chengdu case officer finds it in the worklist, accepts it, then grants it.
    await signIn(page, baseUrl, OFFICER.account, OFFICER.password);
    await page.waitForURL(/\/staff\/worklist$/);
    const caseLink = page.getByRole('link', { name: caseNumber!, exact: true });
    await caseLink.waitFor();
    await audit.scan(page, 'worklist');
    await caseLink.click();
    await page.getByRole('button', { name: '受理', exact: true }).waitFor();
    // The officer sees both files and can open each; the preview is the stored file, sandboxed.
    const materials = page.getByRole('region', { name: '申请材料' });
    const preview = materials.getByRole('link', { name: /^预览“id-card-scan\.pdf”/ });
    await preview.waitFor();
    expect(await materials.getByRole('row').filter({ hasText: 'id-card-photo.png' }).innerText()).toContain(
      'PNG',
    );
    const file = await context.request.get(`${baseUrl}${await preview.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-security-policy']).toMatch(/^sandbox/);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await audit.scan(page, 'case detail (officer, submitted)');
    // Each action opens its form; nothing is sent until it is confirmed.
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('button', { name: '确认受理', exact: true }).waitFor();
    await audit.scan(page, 'case detail (officer, accept form open)');
    await page.getByRole('button', { name: '确认受理', exact: true }).click();
    await page.locator('h1 [data-status="accepted"]').waitFor();
    await page.getByText('已完成“受理”操作').waitFor();
    await page.getByRole('button', { name: '准予', exact: true }).click();
    await page.getByLabel('办理意见（选填）').fill('材料齐全，符合转移接续条件');
    await page.getByRole('button', { name: '确认准予', exact: true }).click();
    await page.locator('h1 [data-status="granted"]').waitFor();
    await audit.scan(page, 'case detail (officer, granted)');
    await signOut(page);

    // The citizen sees the case granted, with its history.
    await signIn(page, baseUrl, citizen.idNumber, citizen.password);
    await page.waitForURL(/\/cases\/mine$/);
    const row = page.getByRole('row').filter({ hasText: caseNumber! });
    await expect.poll(() => row.innerText()).toContain('准予');
    await audit.scan(page, 'my cases');
    await row.getByRole('link', { name: caseNumber!, exact: true }).click();
    await page.locator('h1 [data-status="granted"]').waitFor();
    const history = page.locator('[data-event-type]');
    await expect.poll(() => history.count()).toBe(3);
    expect(await history.allInnerTexts()).toEqual([
      expect.stringContaining('提交申请'),
      expect.stringContaining('受理'),
      expect.stringMatching(/准予[\s\S]*意见：材料齐全，符合转移接续条件/),
    ]);
    // A decided case offers the applicant nothing more to do.
    expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/case-detail.png`, fullPage: true });
    await audit.scan(page, 'case detail (applicant, granted)');

    audit.assertClean();
  });
});
