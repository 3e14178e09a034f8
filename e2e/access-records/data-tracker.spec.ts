import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn, signOut, submitCitizenRegistration } from '../support/ui.js';
import { applyOverHttp } from './apply-over-http.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const OFFICER = { account: 'cd.gjj.officer', password: 'Tongcheng@2026', name: '陈思远' };

describe('the applicant’s data tracker (我的数据使用记录)', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const audit = new AccessibilityAudit();

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

  it('shows the citizen which Chengdu officer opened their case, from which department, when and why', async () => {
    const baseUrl = server!.baseUrl;
    const citizen = newCitizen();
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const chengdu = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    expect(chengdu, 'Chengdu implements the demo item').toBeDefined();

    // A new citizen registers in the browser and applies with Chengdu as the deciding city.
    await page.goto(`${baseUrl}/register`);
    await submitCitizenRegistration(page, citizen);
    await page.getByRole('button', { name: '退出', exact: true }).waitFor();
    const filed = await applyOverHttp(
      baseUrl,
      { account: citizen.idNumber, password: citizen.password },
      chengdu!,
      ITEM_CODE,
    );
    const caseNumber = filed.caseNumber;
    const caseUrl = `${baseUrl}/cases/${filed.id}`;
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();

    // Nobody has opened it yet; reading one's own case is not recorded.
    const section = page.getByTestId('case-access-records');
    await section.getByRole('heading', { name: '谁查看了这个办件' }).waitFor();
    await section.getByText('目前还没有工作人员查看过本办件。').waitFor();
    await audit.scan(page, 'case detail (applicant, not yet opened by staff)');

    // The signed-in menu leads to the whole record, which explains itself.
    await page.getByRole('banner').getByRole('link', { name: '数据使用记录', exact: true }).click();
    await page.waitForURL(/\/me\/data-access$/);
    await page.getByRole('heading', { level: 1, name: '我的数据使用记录' }).waitFor();
    await page.getByRole('heading', { name: '为什么有这份记录' }).waitFor();
    await page.getByText('目前没有工作人员查看过您的个人信息。').waitFor();
    await audit.scan(page, 'data-use record (empty)');
    await signOut(page);

    // The Chengdu case officer opens the case; staff see no tracker section.
    await signIn(page, baseUrl, OFFICER.account, OFFICER.password);
    await page.waitForURL(/\/staff\/worklist$/);
    await page.goto(caseUrl);
    await page.getByRole('button', { name: '受理', exact: true }).waitFor();
    expect(await page.getByTestId('case-access-records').count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('link', { name: '数据使用记录' }).count()).toBe(0);
    await audit.scan(page, 'case detail (officer)');
    await signOut(page);

    // The citizen sees who it was, in which role, for which city and department, why, and which case.
    await signIn(page, baseUrl, citizen.idNumber, citizen.password);
    await page.getByRole('banner').getByRole('link', { name: '数据使用记录', exact: true }).click();
    const table = page.getByRole('table', { name: '我的数据使用记录，最新的在前' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.locator('[data-field="who"]').innerText()).toMatch(/陈思远\s*审批人员/);
    expect(await row.locator('[data-field="where"]').innerText()).toBe(`成都市 · ${chengdu!.orgName}`);
    expect(await row.locator('[data-field="why"]').innerText()).toBe('审查、办理您的申请');
    expect(await row.locator('[data-field="what"]').innerText()).toContain('办件详情');
    // Beijing time, Chinese date: 2026年3月7日 14:05.
    expect(await row.getByRole('rowheader').innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    await audit.scan(page, 'data-use record (one officer)');

    // The case link leads back to the case, whose own section lists the same record.
    await row.getByRole('link', { name: caseNumber, exact: true }).click();
    await page.waitForURL(caseUrl);
    const caseRows = page.getByTestId('case-access-records').locator('tbody tr');
    await expect.poll(() => caseRows.count()).toBe(1);
    expect(await caseRows.first().innerText()).toContain(OFFICER.name);
    await audit.scan(page, 'case detail (applicant, opened by the officer)');

    // In English, the city and department are named in English; the officer keeps their name.
    await page.getByRole('banner').getByRole('link', { name: '数据使用记录', exact: true }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who used my data' }).waitFor();
    const english = page.getByRole('table', { name: 'Who used my data, newest first' }).locator('tbody tr');
    expect(await english.first().locator('[data-field="where"]').innerText()).toMatch(/^Chengdu · /);
    expect(await english.first().locator('[data-field="who"]').innerText()).toMatch(/陈思远\s*Case officer/);
    await audit.scan(page, 'data-use record (English)');

    audit.assertClean();
  });
});
