import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { attachMaterial, attachRequiredMaterials, materialFiles } from '../support/materials.js';
import { newCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { fillApplicationForm, signIn, signOut, submitCitizenRegistration } from '../support/ui.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const OFFICER = { account: 'cd.gjj.officer', password: 'Tongcheng@2026' };
const SCREENSHOTS = 'test-results/screenshots';
const MISSING = [
  { name: '居民身份证', requirement: '复印件不清晰，请提供原件扫描件' },
  { name: '原缴存地账户封存证明', requirement: '请提供原单位停缴后的封存证明' },
];
const TRACKING_NUMBER = 'SF1234567890';
// Page loads and server round trips can take longer than expect.poll's 1 s default on a busy machine.
const POLL = { timeout: 15_000 };

/** 2026-03-12 as the Chinese UI shows it: 2026年3月12日. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The error shown for a form control, read the way assistive technology finds it: the control
 * is marked invalid and its aria-describedby names the message.
 */
async function fieldError(control: Locator): Promise<string> {
  await expect.poll(() => control.getAttribute('aria-invalid'), POLL).toBe('true');
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const help = ids.find((id) => id.endsWith('_help'));
  expect(help, 'the control is described by its error').toBeDefined();
  return control.page().locator(`[id="${help}"]`).innerText();
}

/**
 * Waits until antd's motions (an error message fading in, a form opening) have finished, so that
 * axe checks the colours people end up seeing rather than a frame of a fade.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
}

/** Waits for the page to get there; if it does not, keeps a screenshot of where it stood, to see why. */
async function waitForUrlOrScreenshot(page: Page, url: RegExp, name: string): Promise<void> {
  try {
    await page.waitForURL(url, { timeout: 15_000 });
  } catch (error) {
    await page.screenshot({ path: `${SCREENSHOTS}/FAILED-${name}.png`, fullPage: true });
    throw error;
  }
}

async function openCase(page: Page, caseNumber: string): Promise<void> {
  await page.getByRole('link', { name: caseNumber, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(caseNumber) }).waitFor();
}

describe('a 补正 round, then delivery by post', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const audit = new AccessibilityAudit();
  const scan = async (label: string) => {
    await settle(page);
    await audit.scan(page, label);
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

  it('asks once for everything missing, takes the supplement, grants and posts the result', async () => {
    const baseUrl = server!.baseUrl;
    const citizen = newCitizen();
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const chengdu = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    expect(chengdu, 'Chengdu implements the demo item').toBeDefined();

    // A new citizen registers and applies to Chengdu.
    await page.goto(`${baseUrl}/register`);
    await page.getByRole('heading', { name: '用户注册' }).waitFor();
    await submitCitizenRegistration(page, citizen);
    await page.getByRole('button', { name: '退出', exact: true }).waitFor();
    await page.goto(`${baseUrl}/items/${ITEM_CODE}/apply`);
    await page.getByRole('radio', { name: new RegExp(`^成都市（${chengdu!.orgName}）`) }).check();
    await fillApplicationForm(page, chengdu!);
    await attachRequiredMaterials(page, chengdu!);
    await page.getByRole('button', { name: '提交申请' }).click();
    await waitForUrlOrScreenshot(page, /\/cases\/[0-9a-f-]{36}$/, 'apply-not-submitted');
    const heading = await page.getByRole('heading', { level: 1, name: /^办件/ }).innerText();
    const caseNumber = /办件\s*(\S+)/.exec(heading)![1]!;
    await page.locator('h1 [data-status="submitted"]').waitFor();
    await signOut(page);

    // The officer accepts: the clock starts and the due date appears.
    await signIn(page, baseUrl, OFFICER.account, OFFICER.password);
    await page.waitForURL(/\/staff\/worklist$/);
    const worklistRow = page.getByRole('row').filter({ hasText: caseNumber });
    await worklistRow.waitFor();
    await expect.poll(() => worklistRow.innerText(), POLL).toContain('受理后起算');
    await openCase(page, caseNumber);
    expect(await page.getByTestId('case-actions').getByRole('button').allInnerTexts()).toEqual([
      '受理',
      '一次性告知补正',
      '不予受理',
    ]);
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('button', { name: '确认受理', exact: true }).click();
    await page.locator('h1 [data-status="accepted"]').waitFor();
    const dueDate = (await page.getByTestId('due-date').getAttribute('data-due-date'))!;
    expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('due-date').innerText()).toContain(chineseDate(dueDate));
    await scan('case detail (officer, accepted)');

    // …then asks for a supplement, listing both missing materials at once.
    await page.getByRole('button', { name: '一次性告知补正', exact: true }).click();
    const form = page.locator('form[data-action="request_supplement"]');
    await form.getByText('一次性告知', { exact: true }).waitFor();
    await form.getByText('发出补正告知后计时暂停').waitFor();
    await scan('case detail (officer, supplement form)');
    // An empty row is not a request.
    await form.getByRole('button', { name: '发送补正告知' }).click();
    const firstRow = form.locator('[data-supplement-row="0"]');
    expect(await fieldError(firstRow.getByLabel('材料或事项名称'))).toContain('请填写材料或事项名称');
    expect(await fieldError(firstRow.getByLabel('具体要求'))).toContain('请写明具体要求');
    await scan('case detail (officer, supplement form with errors)');
    await firstRow.getByLabel('材料或事项名称').fill(MISSING[0]!.name);
    await firstRow.getByLabel('具体要求').fill(MISSING[0]!.requirement);
    await form.getByRole('button', { name: '添加一项' }).click();
    const secondRow = form.locator('[data-supplement-row="1"]');
    // Focus goes to the new row, ready for typing.
    await expect
      .poll(
        () => secondRow.getByLabel('材料或事项名称').evaluate((el) => el === document.activeElement),
        POLL,
      )
      .toBe(true);
    await secondRow.getByLabel('材料或事项名称').fill(MISSING[1]!.name);
    await secondRow.getByLabel('具体要求').fill(MISSING[1]!.requirement);
    await form.getByLabel('告知说明（选填）').fill('请一次性补齐以下材料');
    await page.screenshot({ path: `${SCREENSHOTS}/case-supplement-request.png`, fullPage: true });
    await form.getByRole('button', { name: '发送补正告知' }).click();
    await page.locator('h1 [data-status="supplement_requested"]').waitFor();
    const staffNotice = page.getByTestId('supplement-notice');
    await staffNotice.getByRole('heading', { name: '等待申请人补正' }).waitFor();
    expect(await staffNotice.locator('[data-supplement-item]').count()).toBe(2);
    await page.locator('[data-clock="paused"]').waitFor();
    expect(await page.locator('[data-clock="paused"]').innerText()).toBe('计时暂停（等待补正）');
    await page.getByText('计算方式').click();
    await page.getByText('补正期间暂停计时').waitFor();
    await page.getByText('尚待申请人补正').waitFor();
    await scan('case detail (officer, supplement requested)');
    await signOut(page);

    // The citizen is told, sees exactly what is missing, and supplies it.
    await signIn(page, baseUrl, citizen.idNumber, citizen.password);
    await page.waitForURL(/\/cases\/mine$/);
    await page.getByText('您有 1 件办件需要补正材料').waitFor();
    const myRow = page.getByRole('row').filter({ hasText: caseNumber });
    await myRow.waitFor();
    await expect.poll(() => myRow.innerText(), POLL).toContain('待补正');
    await scan('my cases (supplement requested)');
    await openCase(page, caseNumber);
    const notice = page.getByTestId('supplement-notice');
    await notice.getByRole('heading', { name: '请补正材料' }).waitFor();
    const listed = await notice.locator('[data-supplement-item]').allInnerTexts();
    expect(listed).toEqual([
      expect.stringContaining(`${MISSING[0]!.name}\n具体要求：${MISSING[0]!.requirement}`),
      expect.stringContaining(`${MISSING[1]!.name}\n具体要求：${MISSING[1]!.requirement}`),
    ]);
    // When it was asked, by whom, with the officer's note; each listed item takes its files.
    expect(await notice.innerText()).toMatch(
      /成都住房公积金管理中心于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 一次性告知/,
    );
    await notice.getByText('审批部门说明：请一次性补齐以下材料').waitFor();
    await notice.getByRole('group', { name: '补正材料' }).waitFor();
    await attachMaterial(page, 'item-1', materialFiles.pdf);
    await attachMaterial(page, 'item-2', materialFiles.png);
    await page.screenshot({ path: `${SCREENSHOTS}/case-supplement-notice.png`, fullPage: true });
    await scan('case detail (applicant, supplement requested)');
    // The panel offers the applicant only what the notice does not: withdrawal.
    expect(await page.getByTestId('case-actions').getByRole('button').allInnerTexts()).toEqual(['撤回申请']);
    await notice.getByRole('button', { name: '提交补正', exact: true }).click();
    expect(await fieldError(notice.getByLabel('补正说明'))).toContain('请在说明中写明已补充的内容');
    await notice.getByLabel('补正说明').fill('已上传清晰的身份证扫描件和封存证明');
    await notice.getByRole('button', { name: '提交补正', exact: true }).click();
    await page.locator('h1 [data-status="accepted"]').waitFor();
    await page.getByText('已完成“提交补正”操作').waitFor();
    expect(await page.getByTestId('supplement-notice').count()).toBe(0);
    expect(await page.locator('[data-clock="paused"]').count()).toBe(0);
    // The files supplied with the 补正 join the list, under the items they answer.
    const supplied = page
      .getByRole('region', { name: '申请材料' })
      .getByRole('row')
      .filter({ hasText: '补正时提交' });
    await expect
      .poll(() => supplied.allInnerTexts(), POLL)
      .toEqual([expect.stringContaining(MISSING[0]!.name), expect.stringContaining(MISSING[1]!.name)]);
    await scan('case detail (applicant, supplied)');
    await signOut(page);

    // The officer grants, then delivers by post: the tracking number is required and checked.
    await signIn(page, baseUrl, OFFICER.account, OFFICER.password);
    await page.waitForURL(/\/staff\/worklist$/);
    await openCase(page, caseNumber);
    const supplementEvent = page.locator('[data-event-type="request_supplement"]');
    expect(await supplementEvent.innerText()).toContain(MISSING[1]!.requirement);
    await page
      .getByRole('region', { name: '申请材料' })
      .getByRole('link', { name: /^预览“id-card-photo\.png”/ })
      .waitFor();
    await page.getByRole('button', { name: '准予', exact: true }).click();
    await page.getByRole('button', { name: '确认准予', exact: true }).click();
    await page.locator('h1 [data-status="granted"]').waitFor();
    await page.getByRole('button', { name: '送达结果', exact: true }).click();
    const deliver = page.locator('form[data-action="deliver"]');
    await deliver.getByRole('radio', { name: '邮寄' }).check();
    const tracking = deliver.getByLabel('快递单号');
    await tracking.waitFor();
    await scan('case detail (officer, delivery form)');
    await deliver.getByRole('button', { name: '确认送达' }).click();
    expect(await fieldError(tracking)).toContain('邮寄送达须填写快递单号');
    await page.screenshot({ path: `${SCREENSHOTS}/case-delivery-error.png`, fullPage: true });
    await scan('case detail (officer, delivery form with error)');
    // A malformed number passes the form's presence check; the server's answer lands at the field.
    await tracking.fill('SF 12');
    await deliver.getByRole('button', { name: '确认送达' }).click();
    expect(await fieldError(tracking)).toContain('快递单号应为 6 至 40 位字母、数字或连字符');
    await tracking.fill(TRACKING_NUMBER);
    await deliver.getByRole('button', { name: '确认送达' }).click();
    await page.locator('h1 [data-status="delivered"]').waitFor();
    expect(await page.getByTestId('tracking-number').innerText()).toBe(TRACKING_NUMBER);
    await scan('case detail (officer, delivered)');
    await signOut(page);

    // The citizen sees the result delivered, with the tracking number and the due date.
    await signIn(page, baseUrl, citizen.idNumber, citizen.password);
    await page.waitForURL(/\/cases\/mine$/);
    await myRow.waitFor();
    await expect.poll(() => myRow.innerText(), POLL).toContain('已送达');
    expect(await myRow.locator('[data-due-date]').getAttribute('data-due-date')).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await scan('my cases (delivered)');
    await openCase(page, caseNumber);
    await page.locator('h1 [data-status="delivered"]').waitFor();
    expect(await page.getByTestId('tracking-number').innerText()).toBe(TRACKING_NUMBER);
    const finalDue = (await page.getByTestId('due-date').getAttribute('data-due-date'))!;
    // The 补正 pause can only move the due date later.
    expect(finalDue >= dueDate).toBe(true);
    expect(await page.getByTestId('due-date').innerText()).toContain(chineseDate(finalDue));
    // Requested and supplied on the same day, the pause took out no working day.
    await page.getByText('计算方式').click();
    await page.getByText('受理当日不计入').waitFor();
    await page.getByText(/^第 \d+ 个工作日为 /).waitFor();
    expect(await page.locator('[data-event-type="deliver"]').innerText()).toContain(
      `送达方式：邮寄，快递单号：${TRACKING_NUMBER}`,
    );
    expect(
      await page
        .locator('[data-event-type]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-type'))),
    ).toEqual(['submitted', 'accept', 'request_supplement', 'supplement', 'grant', 'deliver']);
    expect(await page.getByTestId('case-actions').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/case-delivered.png`, fullPage: true });
    await scan('case detail (applicant, delivered, calculation open)');

    // A second application, withdrawn: the applicant confirms first, as it cannot be undone.
    await page.goto(`${baseUrl}/items/${ITEM_CODE}/apply`);
    await page.getByRole('radio', { name: new RegExp(`^成都市（${chengdu!.orgName}）`) }).check();
    await fillApplicationForm(page, chengdu!);
    await attachRequiredMaterials(page, chengdu!);
    await page.getByRole('button', { name: '提交申请' }).click();
    await waitForUrlOrScreenshot(page, /\/cases\/[0-9a-f-]{36}$/, 'second-apply-not-submitted');
    await page.locator('h1 [data-status="submitted"]').waitFor();
    const withdraw = page.getByRole('button', { name: '撤回申请', exact: true });
    await withdraw.click();
    await page.getByText('撤回后本次申请即终止，不能恢复').waitFor();
    await scan('case detail (applicant, withdraw confirmation)');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await expect.poll(() => withdraw.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    expect(await page.locator('h1 [data-status="submitted"]').count()).toBe(1);
    await withdraw.click();
    await page.getByLabel('撤回原因（选填）').fill('已在窗口办理');
    await page.getByRole('button', { name: '确认撤回', exact: true }).click();
    await page.locator('h1 [data-status="withdrawn"]').waitFor();
    expect(await page.getByTestId('case-actions').count()).toBe(0);
    await page.getByText('申请人说明：已在窗口办理').waitFor();
    await scan('case detail (applicant, withdrawn)');

    audit.assertClean();
  });
});
