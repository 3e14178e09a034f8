import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const ITEM_NAME = '住房公积金异地转移接续';
const ITEM_CODE = '000125008000';
const DEYANG = '510600';
const SCREENSHOTS = 'test-results/screenshots';

/** Clicks a filter choice as a person would: on its visible label, inside the named group. */
async function chooseFilter(page: Page, group: string, choice: string): Promise<void> {
  await page.getByRole('group', { name: group }).locator('label').filter({ hasText: choice }).click();
}

describe('finding a service, its guide, the four-city comparison and 无差别受理', () => {
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

  it('searches 公积金, narrows by city, opens the guide and sees 德阳 marked as different', async () => {
    const baseUrl = server!.baseUrl;

    // Browse: every item, with the total and "load more".
    await page.goto(`${baseUrl}/items`);
    await page.getByRole('heading', { level: 1, name: '办事服务' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^共 \d+ 个事项$/ })
          .count(),
      )
      .toBe(1);
    await page.getByRole('button', { name: /^加载更多/ }).waitFor();
    await audit.scan(page, 'services (all)');

    // A keyword the item's name only contains: the Chinese-aware search finds it.
    await page.getByLabel('搜索事项（名称或关键词）').fill('公积金');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/items\?q=%E5%85%AC%E7%A7%AF%E9%87%91/);
    const result = page.locator(`article[data-item-code="${ITEM_CODE}"]`);
    await result.getByRole('link', { name: ITEM_NAME, exact: true }).waitFor();
    // Each result says where it is offered and where it is decided at once.
    expect(await result.getByTestId('item-cities').innerText()).toContain('德阳市');
    expect(await result.getByTestId('item-instant-cities').innerText()).toMatch(/^即办城市：/);

    // Filters go into the URL, so the search can be shared and survives a reload.
    await chooseFilter(page, '办理城市', '德阳市');
    await page.waitForURL((url) => url.searchParams.get('city') === DEYANG);
    await chooseFilter(page, '服务对象', '个人');
    await page.waitForURL((url) => url.searchParams.get('subject') === 'individual');
    await page.reload();
    await result.getByRole('link', { name: ITEM_NAME, exact: true }).waitFor();
    expect(await page.getByLabel('搜索事项（名称或关键词）').inputValue()).toBe('公积金');
    expect(
      await page.getByRole('group', { name: '办理城市' }).getByRole('radio', { name: '德阳市' }).isChecked(),
    ).toBe(true);
    await audit.scan(page, 'services (公积金, 德阳, 个人)');

    // The guide: standard sections, materials, the cities side by side.
    await result.getByRole('link', { name: ITEM_NAME, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    for (const section of [
      '事项信息',
      '受理条件',
      '申请材料',
      '办理流程',
      '四市实施清单对比',
      '常见问题',
      '咨询与投诉',
    ]) {
      await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
    }
    await page.getByText('可用电子证照（居民身份证）替代').first().waitFor();
    // 成都 and 资阳 promise 3 days, 德阳 and 眉山 5: an even split, marked in every city.
    const promised = page.locator('tr[data-row="promised"]');
    await expect.poll(() => promised.locator('[data-marker="no-majority"]').count()).toBe(4);
    await audit.scan(page, 'item guide');

    // The comparison: 德阳 alone requires the old account number.
    await page.getByRole('link', { name: '四市对比', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `四市对比：${ITEM_NAME}` }).waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['比较项', '成都市', '德阳市', '眉山市', '资阳市']),
    );
    const accountRow = page.locator('tr[data-row="field:originAccount"]');
    const deyangCell = accountRow.locator(`td[data-city="${DEYANG}"]`);
    expect(await deyangCell.getAttribute('data-standing')).toBe('differs');
    expect(await deyangCell.innerText()).toContain('≠ 与多数城市不同');
    expect(await accountRow.locator('td[data-standing="differs"]').count()).toBe(1);
    expect(await accountRow.getByRole('rowheader').innerText()).toContain('各市不同');
    // The form dimension differs for 德阳 too; the item and city scores and the rule are shown.
    const formRow = page.locator('tr[data-row="form"]');
    expect(await formRow.locator(`td[data-city="${DEYANG}"]`).getAttribute('data-standing')).toBe('differs');
    expect(await page.getByTestId('item-score').innerText()).toMatch(/^\d+ 分$/);
    expect(await page.locator('tr[data-row="cityScores"] td').count()).toBe(4);
    await page.getByRole('heading', { level: 2, name: '评分规则' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/comparison.png`, fullPage: true });
    await audit.scan(page, 'comparison');

    // 无差别受理, from the main navigation: least uniform first, with the cities' averages.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '无差别受理' }).click();
    await page.getByRole('heading', { level: 1, name: '无差别受理' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '城市平均得分' }).waitFor();
    const rows = page.locator('tr[data-item-code]');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const scores = (await rows.locator('td:nth-of-type(1) .score-value').allInnerTexts()).map((s) =>
      Number(/\d+/.exec(s)?.[0]),
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await rows.filter({ hasText: ITEM_NAME }).getByRole('link', { name: ITEM_NAME }).waitFor();
    await audit.scan(page, 'conformance');

    audit.assertClean();
  });
});
