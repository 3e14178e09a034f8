import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn } from '../support/ui.js';

const ITEM_NAME = '住房公积金异地转移接续';
const ITEM_CODE = '000125008000';
const MEISHAN = '511400';
const CITY_ADMIN = { account: 'ms.admin', password: 'Tongcheng@2026' };

/** The text of 眉山's cell in a row of the guide's four-city table. */
async function meishanCell(page: Page, row: string): Promise<string> {
  return page.locator(`tr[data-row="${row}"] td[data-city="${MEISHAN}"]`).innerText();
}

/** The form item (label, control and its messages) of the labelled control. */
function formItem(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

describe('a city administrator changes 眉山’s promised time limit', () => {
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

  it('drafts, is refused a limit above the statutory one at the field, publishes, and the guide shows it', async () => {
    const baseUrl = server!.baseUrl;

    // The public guide before: 眉山 promises 5 working days.
    await signIn(page, baseUrl, CITY_ADMIN.account, CITY_ADMIN.password);
    await page.goto(`${baseUrl}/items/${ITEM_CODE}`);
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    expect(await meishanCell(page, 'promised')).toContain('5 个工作日');

    // 事项管理 → find the item → its page for 眉山.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '事项管理' }).click();
    await page.getByRole('heading', { level: 1, name: '事项实施清单管理' }).waitFor();
    await page.getByText('您是眉山市管理员').waitFor();
    await audit.scan(page, 'catalogue administration');
    await page.getByLabel('查找事项（名称、关键词）').fill('公积金转移');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('link', { name: ITEM_NAME, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `实施清单管理：${ITEM_NAME}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: '现行版本' }).waitFor();
    expect(await page.getByTestId('draft-state').innerText()).toContain('没有草稿');
    const promised = page.getByLabel('承诺办结时限（工作日）', { exact: true });
    expect(await promised.inputValue()).toBe('5');
    await audit.scan(page, 'implementation editor');

    // A promised limit above the statutory 15 days: the server refuses it, at that field.
    await promised.fill('20');
    await page.getByRole('button', { name: '保存草稿' }).click();
    const refusal = '承诺时限不能超过法定时限';
    await formItem(page, '承诺办结时限（工作日）').getByText(refusal).waitFor();
    expect(await promised.getAttribute('aria-invalid')).toBe('true');
    // The summary above the form names the field and links to it.
    await page.getByRole('link', { name: `承诺办结时限（工作日）：${refusal}` }).waitFor();
    expect(await page.getByTestId('draft-state').innerText()).toContain('没有草稿');
    await audit.scan(page, 'implementation editor (refused)');

    // A good value is saved as a draft, then published.
    await promised.fill('4');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('status').getByText('草稿已保存（版本 2）').waitFor();
    await expect.poll(() => page.getByTestId('draft-state').innerText()).toContain('草稿（版本 2）');
    // The old error leaves with a fade-out animation, so wait for it to go rather than read it at once.
    await expect.poll(() => formItem(page, '承诺办结时限（工作日）').getByText(refusal).count()).toBe(0);
    await page.getByRole('button', { name: '发布草稿' }).click();
    await page.getByRole('status').getByText('已发布版本 2').waitFor();
    const history = page.getByTestId('version-history');
    await expect.poll(() => history.locator('tr[data-status="published"] th').innerText()).toBe('2');
    expect(await history.locator('tr[data-status="superseded"] th').innerText()).toBe('1');
    await expect.poll(() => page.getByTestId('promised-days').first().innerText()).toBe('4 个工作日');
    await audit.scan(page, 'implementation editor (published)');

    // The public guide now shows the new limit for 眉山.
    await page.getByRole('link', { name: '查看办事指南' }).click();
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    await expect.poll(() => meishanCell(page, 'promised')).toContain('4 个工作日');
    await audit.scan(page, 'item guide (after publishing)');

    audit.assertClean();
  });
});
