import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { attachMaterial, materialFiles } from '../support/materials.js';
import { validIdNumber } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { fillApplicationForm, signIn, signOut } from '../support/ui.js';

const ITEM_CODE = '000125008000';
const DEYANG = '510600';
const MEISHAN = '511400';
const PASSWORD = 'Tongcheng@2026';
const CLERK = 'dy.zwfw.clerk';
const HALL = '德阳市政务服务中心';
const OFFICER = 'ms.gjj.officer';
const CITIZEN = { idNumber: '510104199003071237', realName: '张丽华', mobile: '13880001234' };
const SCREENSHOTS = 'test-results/screenshots';

/** 异地代收代办: received at the Deyang window, decided in Meishan, handed over in Deyang. */
describe('receiving an application at the window for another city', () => {
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
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const nav = () => page.getByRole('navigation', { name: '主导航' });
  const applicantSection = () => page.getByRole('region', { name: '第三步：申请人信息' });

  it('takes a Meishan-decided case from the Deyang window to the applicant and back', async () => {
    const baseUrl = server!.baseUrl;
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const meishan = item.implementations.find((impl) => impl.cityCode === MEISHAN);
    expect(meishan?.offSiteCityCodes, 'Meishan lets Deyang windows receive the item').toContain(DEYANG);

    // The clerk lands on 窗口收件 and finds the item in the catalogue.
    await signIn(page, baseUrl, CLERK, PASSWORD);
    await page.waitForURL(/\/window$/);
    await page.getByRole('heading', { level: 1, name: '窗口收件' }).waitFor();
    await page.getByText(`收件窗口：${HALL}`).waitFor();
    await page.getByRole('searchbox', { name: '输入事项名称或关键词搜索' }).fill(item.name);
    await page.getByRole('searchbox', { name: '输入事项名称或关键词搜索' }).press('Enter');
    await page.getByRole('radio', { name: `${item.name}（${ITEM_CODE}）` }).check();
    await audit.scan(page, 'window intake (item chosen)');

    // Only cities that let this hall receive the item are offered; Meishan decides.
    await page.getByRole('radio', { name: new RegExp(`^眉山市（${meishan!.orgName}）`) }).check();
    await fillApplicationForm(page, meishan!);
    // The clerk scans the ID card the person hands over (front and back).
    await page.getByRole('group', { name: '扫描材料' }).waitFor();
    await attachMaterial(page, 'id_card', materialFiles.pdf, materialFiles.png);

    // The checks and the consent are required before anything is sent.
    const someoneElse = validIdNumber();
    await applicantSection().getByLabel('身份证号', { exact: true }).fill(someoneElse);
    await applicantSection().getByLabel('姓名', { exact: true }).fill('无账户');
    await applicantSection().getByLabel('手机号', { exact: true }).fill(CITIZEN.mobile);
    await page.getByRole('button', { name: '提交收件' }).click();
    await page.getByText('请核验申请人身份后勾选').waitFor();
    await page.getByText('须经申请人同意方可代收代办').waitFor();
    await audit.scan(page, 'window intake (checks missing)');
    await page.getByRole('checkbox', { name: '已核验身份' }).check();
    await page.getByRole('checkbox', { name: '已核对材料' }).check();
    await page.getByRole('checkbox', { name: '申请人已同意代收代办' }).check();
    await page.getByLabel('预审意见（选填）').fill('已核验身份证原件，材料齐全');

    // A person without an account is sent to registration first; nothing is filed.
    await page.getByRole('button', { name: '提交收件' }).click();
    const noAccount = page.getByTestId('no-account');
    await noAccount.waitFor();
    expect(await noAccount.innerText()).toContain('注册');
    await noAccount.getByRole('link', { name: '协助申请人注册个人账户' }).waitFor();
    await audit.scan(page, 'window intake (no account)');

    // The demo citizen, who has an account.
    await applicantSection().getByLabel('身份证号', { exact: true }).fill(CITIZEN.idNumber);
    await applicantSection().getByLabel('姓名', { exact: true }).fill(CITIZEN.realName);
    await page.getByRole('button', { name: '提交收件' }).click();

    // The 收件告知单, printable without the site's chrome.
    const receipt = page.getByTestId('window-receipt');
    await receipt.getByRole('heading', { name: '收件告知单' }).waitFor();
    const receiptText = await receipt.innerText();
    const caseNumber = /MS-\d{4}-\d{6}/.exec(receiptText)?.[0];
    expect(caseNumber).toBeTruthy();
    expect(receiptText).toContain(item.name);
    expect(receiptText).toContain('眉山市');
    expect(receiptText).toContain(meishan!.orgName);
    expect(receiptText).toContain(HALL);
    expect(receiptText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(receiptText).toContain(`${meishan!.promisedDays} 个工作日`);
    expect(receiptText).toContain('窗口领取');
    await receipt.getByRole('button', { name: '打印告知单' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await nav().isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: `${SCREENSHOTS}/window-receipt.png`, fullPage: true });
    await audit.scan(page, 'window receipt');

    // 窗口办件 lists it, waiting for Meishan to accept.
    await nav().getByRole('link', { name: '窗口办件' }).click();
    await page.getByRole('heading', { level: 1, name: '窗口办件' }).waitFor();
    const clerkRow = page.getByRole('row').filter({ hasText: caseNumber! });
    await expect.poll(() => clerkRow.innerText()).toContain('待受理');
    await audit.scan(page, 'window worklist (submitted)');
    await signOut(page);

    // The Meishan officer accepts, grants and leaves the result at the Deyang window.
    await signIn(page, baseUrl, OFFICER, PASSWORD);
    await page.waitForURL(/\/staff\/worklist$/);
    await page.getByRole('link', { name: caseNumber!, exact: true }).click();
    await page.getByTestId('receiving-hall').waitFor();
    expect(await page.getByTestId('receiving-hall').innerText()).toBe(HALL);
    // What the Deyang clerk scanned is there for the Meishan officer to open.
    await page
      .getByRole('region', { name: '申请材料' })
      .getByRole('link', { name: /^预览“id-card-scan\.pdf”/ })
      .waitFor();
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('button', { name: '确认受理', exact: true }).click();
    await page.locator('h1 [data-status="accepted"]').waitFor();
    await page.getByRole('button', { name: '准予', exact: true }).click();
    await page.getByRole('button', { name: '确认准予', exact: true }).click();
    await page.locator('h1 [data-status="granted"]').waitFor();
    await page.getByRole('button', { name: '送达结果', exact: true }).click();
    await page.getByRole('radio', { name: '窗口领取' }).check();
    await page.getByRole('button', { name: '确认送达', exact: true }).click();
    await page.locator('h1 [data-status="delivered"]').waitFor();
    await audit.scan(page, 'case detail (officer, delivered to the window)');
    await signOut(page);

    // The clerk hands the result over, after a confirm step.
    await signIn(page, baseUrl, CLERK, PASSWORD);
    await page.waitForURL(/\/window$/);
    await nav().getByRole('link', { name: '窗口办件' }).click();
    const deliveredRow = page.getByRole('row').filter({ hasText: caseNumber! });
    await expect.poll(() => deliveredRow.innerText()).toContain('已送达');
    await audit.scan(page, 'window worklist (delivered)');
    await deliveredRow.getByRole('link', { name: caseNumber!, exact: true }).click();
    const handOver = page.getByRole('button', { name: '窗口发证（交付申请人）', exact: true });
    await handOver.waitFor();
    await audit.scan(page, 'case detail (clerk, result at the window)');
    await handOver.click();
    const confirm = page.getByRole('button', { name: '确认已交付申请人', exact: true });
    await confirm.waitFor();
    await audit.scan(page, 'case detail (clerk, hand-over confirm)');
    await confirm.click();
    await page.locator('h1 [data-status="closed"]').waitFor();
    await page.getByText('已完成“窗口发证（交付申请人）”操作').waitFor();
    expect(await handOver.count()).toBe(0);
    await audit.scan(page, 'case detail (clerk, handed over)');
    await signOut(page);

    // The citizen sees the case closed, with both cities in its history.
    await signIn(page, baseUrl, CITIZEN.idNumber, PASSWORD);
    await page.waitForURL(/\/cases\/mine$/);
    const row = page.getByRole('row').filter({ hasText: caseNumber! });
    await expect.poll(() => row.innerText()).toContain('已办结');
    await audit.scan(page, 'my cases (closed window case)');
    await row.getByRole('link', { name: caseNumber!, exact: true }).click();
    await page.locator('h1 [data-status="closed"]').waitFor();
    const history = page.locator('[data-event-type]');
    await expect.poll(() => history.count()).toBe(5);
    expect(await history.allInnerTexts()).toEqual([
      expect.stringMatching(/提交申请[\s\S]*窗口人员（德阳市）[\s\S]*德阳市政务服务中心/),
      expect.stringMatching(/受理[\s\S]*审批人员（眉山市）/),
      expect.stringMatching(/准予[\s\S]*审批人员（眉山市）/),
      expect.stringMatching(/送达结果[\s\S]*审批人员（眉山市）[\s\S]*窗口领取/),
      expect.stringMatching(/窗口发证（交付申请人）[\s\S]*窗口人员（德阳市）[\s\S]*德阳市政务服务中心/),
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/window-case-closed.png`, fullPage: true });
    await audit.scan(page, 'case detail (applicant, closed)');

    audit.assertClean();
  });
});
