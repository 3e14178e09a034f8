import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import type { NotificationList } from '../../src/contracts/notifications.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { fillApplicationForm, signIn, submitCitizenRegistration } from '../support/ui.js';
import { attachRequiredMaterials } from '../support/materials.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const OFFICER = { account: 'cd.gjj.officer', password: 'Tongcheng@2026' };
/** The job runner polls every second; this bounds the wait for it to deliver. */
const DELIVERY_TIMEOUT_MS = 30_000;

describe('the notification inbox', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let citizenContext: BrowserContext;
  let officerContext: BrowserContext;
  let page: Page;
  const audit = new AccessibilityAudit();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const options = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
    citizenContext = await browser.newContext(options);
    officerContext = await browser.newContext(options);
    page = await citizenContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells the applicant that the case was submitted and accepted, and counts what is unread', async () => {
    const baseUrl = server!.baseUrl;
    const citizen = newCitizen();
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const chengdu = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    expect(chengdu, 'Chengdu implements the demo item').toBeDefined();

    // A new citizen registers and applies with Chengdu as the deciding city.
    await page.goto(`${baseUrl}/register`);
    await submitCitizenRegistration(page, citizen);
    await page.getByRole('button', { name: '退出', exact: true }).waitFor();
    await page.goto(`${baseUrl}/items/${ITEM_CODE}/apply`);
    await page.getByRole('radio', { name: new RegExp(`^成都市（${chengdu!.orgName}）`) }).check();
    await fillApplicationForm(page, chengdu!);
    await attachRequiredMaterials(page, chengdu!);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

    // The Chengdu officer accepts it, in a browser of their own.
    const officerPage = await officerContext.newPage();
    await signIn(officerPage, baseUrl, OFFICER.account, OFFICER.password);
    await officerPage.goto(`${baseUrl}/cases/${caseId}`);
    await officerPage.getByRole('button', { name: '受理', exact: true }).click();
    await officerPage.getByRole('button', { name: '确认受理', exact: true }).click();
    await officerPage.locator('h1 [data-status="accepted"]').waitFor();
    await officerPage.close();

    // The runner turns both events into notices within a few seconds.
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`${baseUrl}/api/v1/notifications`);
          return ((await response.json()) as NotificationList).unreadCount;
        },
        { timeout: DELIVERY_TIMEOUT_MS, interval: 500 },
      )
      .toBe(2);

    // The header says so in the link's name, not only in a coloured badge.
    await page.reload();
    const header = page.getByRole('banner');
    const inboxLink = header.getByRole('link', { name: /^消息/ });
    await expect.poll(() => inboxLink.textContent()).toContain('2 条未读');
    expect(await header.getByRole('link', { name: /^消息\s*（2 条未读）$/ }).count()).toBe(1);

    // The inbox lists both, newest first, each linking to the case and marked unread in words.
    await inboxLink.click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole('heading', { level: 1, name: '消息中心' }).waitFor();
    const list = page.getByRole('list', { name: '消息列表' });
    await list.waitFor();
    const notices = list.getByRole('listitem');
    await expect.poll(() => notices.count()).toBe(2);
    expect(await notices.nth(0).innerText()).toContain('申请已受理');
    expect(await notices.nth(1).innerText()).toContain('申请已提交');
    for (const name of ['申请已提交', '申请已受理']) {
      const link = list.getByRole('link', { name, exact: true });
      expect(await link.getAttribute('href')).toBe(`/cases/${caseId}`);
    }
    expect(await list.getByText('未读', { exact: true }).count()).toBe(2);
    // 2026年3月12日 14:05: the date as a Chinese reader writes it.
    expect(await notices.nth(0).locator('time').innerText()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
    );
    await audit.scan(page, 'inbox (two unread)');

    // Opening a notice goes to the case, marks it read, and the count drops.
    await list.getByRole('link', { name: '申请已受理', exact: true }).click();
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    await header.getByRole('link', { name: /^消息\s*（1 条未读）$/ }).waitFor();

    await header.getByRole('link', { name: /^消息/ }).click();
    await page.waitForURL(/\/notifications$/);
    await page.getByTestId('unread-summary').filter({ hasText: '未读消息 1 条' }).waitFor();
    expect(await notices.nth(0).locator('[data-read-state]').innerText()).toBe('已读');
    expect(await notices.nth(1).locator('[data-read-state]').innerText()).toBe('未读');
    await audit.scan(page, 'inbox (one read)');

    audit.assertClean();
  });
});
