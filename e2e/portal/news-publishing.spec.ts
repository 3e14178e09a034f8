import type { Browser, BrowserContext, Page } from 'playwright-core';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn, signOut } from '../support/ui.js';

const PASSWORD = 'Tongcheng@2026';
const TITLE = '成德眉资社保卡居民服务“一卡通”新增公共交通应用';
const BODY = '即日起，四市社会保障卡持卡人可在成都、德阳、眉山、资阳的公交和地铁刷卡乘车。';

describe('news: the office writes and reviews an article, a visitor reads it', () => {
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

  /** Scans the page as it is, then again in 无障碍浏览 (larger type, high contrast), and switches back. */
  async function scanBothModes(label: string): Promise<void> {
    await audit.scan(page, label);
    const toggle = page.getByRole('button', { name: '无障碍浏览' });
    await toggle.click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('a11y-mode')))
      .toBe(true);
    await audit.scan(page, `${label} (无障碍浏览)`);
    await toggle.click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('a11y-mode')))
      .toBe(false);
  }

  async function views(articleId: string): Promise<number> {
    const res = await page.request.get(`${server!.baseUrl}/api/v1/portal/articles/${articleId}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { views: number }).views;
  }

  it('publishes through review, shows it on the home page and in the feed, and counts one reader once', async () => {
    const baseUrl = server!.baseUrl;

    // 周明轩 of the office writes a draft in 要闻.
    await signIn(page, baseUrl, 'office', PASSWORD);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻编辑' }).click();
    await page.getByRole('heading', { level: 1, name: '新闻编辑' }).waitFor();
    await page.getByRole('link', { name: '省推进成德眉资同城化发展领导小组第九次会议召开' }).waitFor();
    await scanBothModes('news editing: articles');

    await page.getByRole('link', { name: '新建稿件' }).click();
    await page.getByRole('heading', { level: 1, name: '新建稿件' }).waitFor();
    await page.getByLabel('标题', { exact: true }).fill(TITLE);
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    await body.pressSequentially(BODY);
    await page.getByLabel('作者', { exact: true }).fill('周明轩');
    await scanBothModes('news editing: new article');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByRole('heading', { level: 1, name: '编辑稿件' }).waitFor();
    await page.getByRole('status').getByText('稿件已创建。').waitFor();
    const articleId = /\/admin\/news\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(articleId).toBeTruthy();
    await scanBothModes('news editing: draft');

    // Submitted, it waits for someone else: the writer cannot approve it.
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('status').getByText('已提交审核，等待其他同事审核。').waitFor();
    await page.getByText('等待其他同事审核（提交人：周明轩）。').waitFor();
    expect(await page.getByRole('button', { name: '审核通过并发布' }).count()).toBe(0);
    await signOut(page);

    // Not public yet.
    expect((await page.request.get(`${baseUrl}/news/${articleId}`)).status()).toBe(404);

    // 林雨桐, another member of the office, reviews and publishes it.
    await signIn(page, baseUrl, 'office.review', PASSWORD);
    await page.goto(`${baseUrl}/admin/news/${articleId}`);
    await page.getByRole('heading', { level: 2, name: '审核', exact: true }).waitFor();
    await scanBothModes('news editing: in review');
    await page.getByRole('button', { name: '审核通过并发布' }).click();
    await page.getByRole('status').getByText('已审核通过。').waitFor();
    await page.getByRole('link', { name: '在网站上查看' }).waitFor();
    await signOut(page);

    // A visitor: the article leads 要闻 on the home page.
    await page.goto(baseUrl);
    const headlines = page.getByRole('region', { name: '要闻' });
    await headlines.getByRole('link', { name: TITLE }).waitFor();
    expect(await headlines.getByRole('listitem').first().getByRole('link').innerText()).toBe(TITLE);
    await page.getByRole('region', { name: '通知公告' }).getByRole('link').first().waitFor();
    await scanBothModes('home with news');

    // …and in the 要闻 feed, which is valid Atom.
    const feed = await page.request.get(`${baseUrl}/feeds/headlines.xml`);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<title>${TITLE}</title>`);

    // Reading it counts once; reading it again (a refresh) does not.
    expect(await views(articleId!)).toBe(0);
    await headlines.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('[data-views]').innerText()).toBe('1');
    await page.getByText(BODY).waitFor();
    await page.getByText('来源').waitFor();
    await scanBothModes('article page');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('[data-views]').innerText()).toBe('1');
    expect(await views(articleId!)).toBe(1);

    // The channel's list, and a real 404 for an article that does not exist.
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '要闻' }).click();
    await page.getByRole('heading', { level: 1, name: '要闻' }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await scanBothModes('news list: 要闻');
    const missing = await page.goto(`${baseUrl}/news/01900000-0000-7000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    await scanBothModes('news: not found');

    audit.assertClean();
  });

  it('serves the article whole to a reader without JavaScript', async () => {
    const noScript = await browser!.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const reader = await noScript.newPage();
    await reader.goto(`${server!.baseUrl}/news`);
    await reader.getByRole('link', { name: '省推进成德眉资同城化发展领导小组第九次会议召开' }).click();
    await reader
      .getByRole('heading', { level: 1, name: '省推进成德眉资同城化发展领导小组第九次会议召开' })
      .waitFor();
    expect(await reader.locator('.news-meta').innerText()).toMatch(
      /2024年9月30日[\s\S]*资阳日报[\s\S]*张家华[\s\S]*29\d\d/,
    );
    await reader.getByText('四市就完善区域市场协同机制推进成都都市圈高质量发展作了发言').waitFor();
    await noScript.close();
  });
});
