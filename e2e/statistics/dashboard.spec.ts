import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityPairStatistics, StatisticsOverview } from '../../src/contracts/statistics.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn } from '../support/ui.js';

const SCREENSHOTS = 'test-results/screenshots';
const PASSWORD = 'Tongcheng@2026';
const MEISHAN = '511400';
const count = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
const percent = (share: number | null) =>
  share === null
    ? '暂无'
    : new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(share);

describe('同城化政务服务统计: the public dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const audit = new AccessibilityAudit();

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server!.baseUrl}${path}`);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

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

  it('shows the figures the API gives, each chart with its data table, to anyone', async () => {
    const baseUrl = server!.baseUrl;
    const overview = await api<StatisticsOverview>('/api/v1/statistics/overview');
    const pairs = await api<CityPairStatistics>('/api/v1/statistics/city-pairs');
    // The demo history: months of past cases in the four cities.
    expect(overview.total.submitted).toBeGreaterThan(300);

    // From the home page, as a visitor would.
    await page.goto(baseUrl);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据统计' }).click();
    await page.waitForURL(/\/statistics$/);
    await page.getByRole('heading', { level: 1, name: '同城化政务服务统计' }).waitFor();
    const figure = (key: string) => page.locator(`[data-figure="${key}"] dd`);
    await figure('submitted').waitFor();
    expect(await figure('submitted').innerText()).toBe(`${count(overview.total.submitted)} 件`);
    expect(await figure('decided').innerText()).toBe(`${count(overview.total.decided)} 件`);
    expect(await figure('onTimeRate').innerText()).toBe(percent(overview.total.onTimeRate));
    expect(await figure('onlineShare').innerText()).toBe(percent(overview.total.onlineShare));

    // Every chart is drawn (ECharts loads on this page only) and named for assistive technology.
    const charts = page.locator('.statistics-chart[role="img"]');
    await expect.poll(() => charts.count()).toBe(6);
    await expect.poll(() => page.locator('.statistics-chart svg').count()).toBe(6);
    await audit.scan(page, 'statistics (charts)');
    await page.screenshot({ path: `${SCREENSHOTS}/statistics-dashboard.png`, fullPage: true });

    // The volume chart's table, shown on request, says what the chart draws.
    const volume = page.locator('[data-section="volume"]');
    const toggle = volume.getByRole('button', { name: '显示数据表' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await volume.getByRole('button', { name: '隐藏数据表' }).waitFor();
    const chengdu = overview.cities.find((c) => c.cityCode === '510100')!;
    const row = volume.getByRole('region', { name: '各市办件量' }).locator('tr[data-city="510100"]');
    expect(await row.locator('th').innerText()).toBe('成都市');
    expect(await row.locator('td').allInnerTexts()).toEqual([
      count(chengdu.submitted),
      count(chengdu.decided),
    ]);

    // The city-pair matrix: received in Meishan, decided in Chengdu.
    const matrix = page.locator('[data-section="pairs"]');
    await matrix.getByRole('button', { name: '显示数据表' }).click();
    const pair = pairs.pairs.find((p) => p.receivingCityCode === MEISHAN && p.decidingCityCode === '510100')!;
    expect(
      await matrix.locator(`tr[data-receiving="${MEISHAN}"] td[data-deciding="510100"]`).innerText(),
    ).toBe(count(pair.submitted));
    await audit.scan(page, 'statistics (tables shown)');

    // Declared against achieved: the most applied-for item first.
    const items = await api<{ items: { code: string; name: string; achieved: { submitted: number } }[] }>(
      '/api/v1/statistics/items?limit=20',
    );
    const first = page.locator('.statistics-items-table tbody tr').first();
    expect(await first.getAttribute('data-item-code')).toBe(items.items[0]?.code);
    expect(await first.locator('th').innerText()).toBe(items.items[0]?.name);
  });

  it('narrows to one city and period, and shows the city administrator their departments', async () => {
    const baseUrl = server!.baseUrl;
    const overview = await api<StatisticsOverview>(`/api/v1/statistics/overview?city=${MEISHAN}`);
    await page.getByLabel('审批城市').selectOption(MEISHAN);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForURL(new RegExp(`city=${MEISHAN}`));
    await expect
      .poll(() => page.locator('[data-figure="submitted"] dd').innerText())
      .toBe(`${count(overview.total.submitted)} 件`);
    expect(await page.locator('[data-section="volume"] tbody tr').count()).toBe(1);

    // A period that ends before it starts is refused with the reason.
    await page.goto(`${baseUrl}/statistics?from=2026-05&to=2026-01`);
    await page.getByRole('alert').filter({ hasText: '结束月份不能早于开始月份' }).waitFor();

    await signIn(page, baseUrl, 'ms.admin', PASSWORD);
    await page.goto(`${baseUrl}/statistics`);
    const departments = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: '各部门办件与差评整改' }),
    });
    await departments.waitFor();
    const cities = await departments.locator('tbody td:nth-child(2)').allInnerTexts();
    expect(cities.length).toBeGreaterThan(0);
    expect(new Set(cities)).toEqual(new Set(['眉山市']));
    await audit.scan(page, 'statistics (city administrator)');
    audit.assertClean();
  });
});
