import { mkdir, readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { materialFiles } from '../support/materials.js';
import { newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn, signOut } from '../support/ui.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const PASSWORD = 'Tongcheng@2026';
const SCREENSHOTS = 'test-results/screenshots';
const POLL = { timeout: 15_000 };
const form = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  originAccount: '500100200300',
  employer: '成都同城示范科技有限公司',
  reason: 'job_change',
};

/** A citizen's applications filed over the API, as the portal would file them. */
async function applyAsCitizen(baseUrl: string, request: APIRequestContext, count: number): Promise<string[]> {
  const citizen = newCitizen();
  const registered = await request.post(`${baseUrl}/api/v1/identity/citizens`, {
    data: {
      realName: citizen.realName,
      idNumber: citizen.idNumber,
      mobile: citizen.mobile,
      password: citizen.password,
    },
  });
  expect(registered.status()).toBe(201);
  const csrf = ((await registered.json()) as { csrfToken: string }).csrfToken;
  const item = (await (await request.get(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
  const implementation = item.implementations.find((impl) => impl.cityCode === CHENGDU);
  const required = implementation?.materials.filter((m) => m.requirement === 'required') ?? [];
  const pdf = await readFile(materialFiles.pdf);
  const numbers: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const materials = [];
    for (const material of required) {
      const upload = await request.post(`${baseUrl}/api/v1/uploads`, {
        headers: { 'x-csrf-token': csrf },
        multipart: { file: { name: '身份证扫描件.pdf', mimeType: 'application/pdf', buffer: pdf } },
      });
      expect(upload.status()).toBe(201);
      materials.push({ code: material.key, uploadId: ((await upload.json()) as { id: string }).id });
    }
    const filed = await request.post(`${baseUrl}/api/v1/cases`, {
      headers: { 'x-csrf-token': csrf, 'idempotency-key': randomUUID() },
      data: { itemCode: ITEM_CODE, cityCode: CHENGDU, form, materials },
    });
    expect(filed.status(), await filed.text()).toBe(201);
    numbers.push(((await filed.json()) as { caseNumber: string }).caseNumber);
  }
  return numbers;
}

/** Picks an option of an Ant Design select by its label. */
async function choose(page: Page, label: string, option: RegExp | string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
  // Closed again, as a person leaves it once they chose.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

describe('the department worklist: filters, bulk acceptance and transfer', () => {
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

  it('filters, accepts two cases at once and transfers a misrouted one to Ziyang', async () => {
    const baseUrl = server!.baseUrl;
    const citizenContext = await browser!.newContext();
    const [first, second, misrouted] = await applyAsCitizen(baseUrl, citizenContext.request, 3);
    await citizenContext.close();

    // The Chengdu officer's worklist counts them and shows each awaiting acceptance, with no light yet.
    await signIn(page, baseUrl, 'cd.gjj.officer', PASSWORD);
    await page.waitForURL(/\/staff\/worklist$/);
    const row = (caseNumber: string) => page.getByRole('row').filter({ hasText: caseNumber });
    await row(misrouted!).waitFor();
    await expect.poll(() => page.getByTestId('worklist-summary').innerText(), POLL).toMatch(/^共 \d+ 件/);
    expect(await row(first!).innerText()).toContain('待受理');
    expect(await row(first!).innerText()).toContain('未计时');
    await page.screenshot({ path: `${SCREENSHOTS}/worklist.png`, fullPage: true });
    await audit.scan(page, 'worklist');

    // Filtered to 待受理 and to the route 成都 → 成都, from the URL on.
    await choose(page, '办理状态', /^待受理（/);
    await page.waitForURL(/status=submitted/);
    await choose(page, '收件城市', '成都市');
    await page.waitForURL(/receivingCityCode=510100/);
    await expect.poll(() => row(second!).count(), POLL).toBe(1);
    const statuses = await page
      .locator('tbody [data-status]')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['submitted']));
    await audit.scan(page, 'worklist (filtered: submitted, received in Chengdu)');

    // Two of them accepted together; each one's outcome is reported.
    await page.getByRole('checkbox', { name: `选择办件 ${first}` }).check();
    await page.getByRole('checkbox', { name: `选择办件 ${second}` }).check();
    await page.getByText('已选择 2 件待受理办件').waitFor();
    await page.getByRole('button', { name: '批量受理', exact: true }).click();
    await page.getByText('确认受理所选的 2 件办件？').waitFor();
    await audit.scan(page, 'worklist (bulk acceptance confirm)');
    await page.getByRole('button', { name: '确认受理', exact: true }).click();
    await page.getByTestId('bulk-outcome').getByText('已受理 2 件').waitFor();
    // They leave the 待受理 list; the misrouted one stays.
    await expect.poll(() => row(first!).count(), POLL).toBe(0);
    expect(await row(misrouted!).count()).toBe(1);
    await audit.scan(page, 'worklist (after bulk acceptance)');

    // Now running and far from due: green, in words and with an icon.
    await page.getByRole('button', { name: '清除筛选', exact: true }).click();
    // A button-style radio: its input is hidden, its label is what one clicks.
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^正常（\d+）$/ }).click();
    await page.waitForURL(/light=green/);
    await expect.poll(() => page.getByRole('radio', { name: /^正常（\d+）$/ }).isChecked(), POLL).toBe(true);
    await expect.poll(() => row(first!).innerText(), POLL).toContain('正常');
    expect(await row(first!).locator('[data-light="green"] svg').count()).toBe(1);
    expect(await page.getByTestId('worklist-summary').innerText()).toContain('按承诺办结日期排列');
    await audit.scan(page, 'worklist (light: on time)');

    // The misrouted case is transferred to the Ziyang centre, with the reason.
    await page.getByRole('button', { name: '清除筛选', exact: true }).click();
    await row(misrouted!).getByRole('link', { name: misrouted!, exact: true }).click();
    const transfer = page.getByTestId('case-transfer');
    await transfer.getByRole('button', { name: '转办至其他部门', exact: true }).click();
    await transfer.getByRole('button', { name: '确认转办', exact: true }).click();
    await transfer.getByText('请选择接收部门').waitFor();
    await transfer.getByText('请填写转办原因，至少 4 个字').waitFor();
    await audit.scan(page, 'case detail (transfer form with errors)');
    await choose(page, '接收部门', /资阳市住房公积金管理中心/);
    await transfer
      .getByLabel('转办原因', { exact: true })
      .fill('申请人公积金缴存地在资阳，应由资阳市住房公积金管理中心办理');
    await transfer.getByRole('button', { name: '确认转办', exact: true }).click();
    await page.waitForURL(/\/staff\/worklist$/);
    await page.getByText(`办件 ${misrouted} 已转至资阳市住房公积金管理中心。`).waitFor();
    await expect.poll(() => row(misrouted!).count(), POLL).toBe(0);
    await audit.scan(page, 'worklist (after transfer)');
    await signOut(page);

    // Ziyang sees it waiting for its own acceptance, and where it came from.
    await signIn(page, baseUrl, 'zy.gjj.officer', PASSWORD);
    await page.waitForURL(/\/staff\/worklist$/);
    await row(misrouted!).waitFor();
    expect(await row(misrouted!).innerText()).toContain('成都市 → 资阳市');
    await row(misrouted!).getByRole('link', { name: misrouted!, exact: true }).click();
    await page.locator('h1 [data-status="submitted"]').waitFor();
    expect(await page.getByTestId('case-transfers').innerText()).toContain(
      '转办：成都住房公积金管理中心（成都市）→ 资阳市住房公积金管理中心（资阳市）',
    );
    await page.locator('[data-event-type="transfer"]').waitFor();
    expect(await page.locator('[data-event-type="transfer"]').innerText()).toContain('转办');
    await page.screenshot({ path: `${SCREENSHOTS}/transferred-case.png`, fullPage: true });
    await audit.scan(page, 'case detail (received by transfer)');
    await signOut(page);

    audit.assertClean();
  });
});
