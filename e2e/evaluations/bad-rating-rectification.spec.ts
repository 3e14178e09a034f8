import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/contracts/catalog.contract.js';
import type { WorkingDayComputationView } from '../../src/contracts/calendar.contract.js';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { newCitizen, type NewCitizen } from '../support/people.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn, submitCitizenRegistration } from '../support/ui.js';
import { closedCaseOverHttp } from './closed-case-over-http.js';

const ITEM_CODE = '000125008000';
const CHENGDU = '510100';
const PASSWORD = 'Tongcheng@2026';
const OFFICER = { account: 'cd.gjj.officer', password: PASSWORD, name: '陈思远' };
const CLERK = { account: 'dy.zwfw.clerk', password: PASSWORD };
const OFFICE = { account: 'office', password: PASSWORD };
const SCREENSHOTS = 'test-results/screenshots';
const COMMENT = '公积金转移要求的材料前后说法不一致，跑了三趟才办成，希望一次性告知。';
const RESPONSE =
  '经核实，窗口未按要求一次性告知所需材料。已对经办人员批评教育，并在窗口和网上办事指南公示完整材料清单。';
const OUTCOME = '已电话联系评价人，说明核实情况和整改措施，评价人表示认可。';
// Page loads, server round trips and the job runner can take longer than expect.poll's 1 s default.
const POLL = { timeout: 15_000 };

/** 2026-03-12 as the Chinese UI shows it: 2026年3月12日. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Waits until antd's motions have finished, so axe checks the colours people end up seeing. */
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

/** The error shown for a control, read as assistive technology finds it (aria-describedby). */
async function fieldError(control: Locator): Promise<string> {
  await expect.poll(() => control.getAttribute('aria-invalid'), POLL).toBe('true');
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const help = ids.find((id) => id.endsWith('_help'));
  expect(help, 'the control is described by its error').toBeDefined();
  return control.page().locator(`[id="${help}"]`).innerText();
}

/** The error text of a form item, for controls (radio groups) that antd does not mark invalid. */
async function itemError(page: Page, itemName: string): Promise<string> {
  const help = page.locator(`[id="${itemName}_help"]`);
  await help.waitFor();
  return help.innerText();
}

/**
 * Chooses a grade of an indicator as people do, by its word; the button-style radio's own input
 * is drawn by its label, so the label is what is clicked.
 */
async function chooseIndicator(group: Locator, grade: string): Promise<void> {
  await group
    .locator('label')
    .filter({ hasText: new RegExp(`^${grade}$`) })
    .click();
  await expect
    .poll(() => group.getByRole('radio', { name: grade, exact: true }).isChecked(), POLL)
    .toBe(true);
}

describe('a 差评 opens a rectification task', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let citizenPage: Page;
  let citizen: NewCitizen;
  let baseUrl: string;
  const audit = new AccessibilityAudit();
  const scan = async (page: Page, label: string) => {
    await settle(page);
    await audit.scan(page, label);
  };
  const newPage = async () => {
    const context = await browser!.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // A bound on waiting, not a timed assertion: generous for a machine busy with other builds.
    context.setDefaultTimeout(60_000);
    return context.newPage();
  };

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchChromium();
    citizenPage = await newPage();
    await mkdir(SCREENSHOTS, { recursive: true });
    citizen = newCitizen();
    await citizenPage.goto(`${baseUrl}/register`);
    await submitCitizenRegistration(citizenPage, citizen);
    await citizenPage.getByRole('button', { name: '退出', exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes the citizen’s 非常不满意, and the department answers and calls back within 15 working days', async () => {
    const page = citizenPage;
    const item = (await (await fetch(`${baseUrl}/api/v1/catalog/items/${ITEM_CODE}`)).json()) as ItemView;
    const chengdu = item.implementations.find((impl) => impl.cityCode === CHENGDU);
    expect(chengdu, 'Chengdu implements the demo item').toBeDefined();
    const closed = await closedCaseOverHttp(
      baseUrl,
      { account: citizen.idNumber, password: citizen.password },
      OFFICER,
      chengdu!,
      ITEM_CODE,
    );

    // The closed case offers the applicant the rating form.
    await page.goto(`${baseUrl}/cases/${closed.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(closed.caseNumber) }).waitFor();
    const panel = page.getByTestId('case-evaluation');
    await panel.getByRole('heading', { name: '服务评价' }).waitFor();
    await scan(page, 'case detail (applicant, closed, rating form)');

    // Nothing chosen: every question says what it needs.
    await panel.getByRole('button', { name: '提交评价' }).click();
    expect(await itemError(page, 'case-evaluation_grade')).toBe('请选择总体评价');
    expect(await itemError(page, 'case-evaluation_indicators_efficiency')).toBe('请为“办事效率”作出评价');
    await scan(page, 'case detail (applicant, rating form with errors)');

    // The grades are a radio group with words, worked with the keyboard: 基本满意 → 不满意 → 非常不满意.
    const grades = panel.getByRole('radiogroup', { name: '总体评价' });
    expect(
      await grades.getByRole('radio').evaluateAll((els) => els.map((e) => e.closest('label')?.innerText)),
    ).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    await grades.getByRole('radio', { name: '基本满意', exact: true }).check();
    await grades.getByRole('radio', { name: '基本满意', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => grades.getByRole('radio', { name: '非常不满意', exact: true }).isChecked(), POLL)
      .toBe(true);
    for (const [indicator, grade] of [
      ['整体满意度', '非常不满意'],
      ['办事效率', '不满意'],
      ['办事指南精确度', '非常不满意'],
      ['办事便捷度', '不满意'],
      ['平台操作性', '基本满意'],
    ] as const) {
      await chooseIndicator(panel.getByRole('radiogroup', { name: indicator }), grade);
    }
    // A 差评 without its reason is not taken.
    await panel.getByRole('button', { name: '提交评价' }).click();
    const comment = panel.getByLabel('评价意见', { exact: true });
    expect(await fieldError(comment)).toContain('请写明原因');
    await scan(page, 'case detail (applicant, 差评 without a reason)');
    await comment.fill(COMMENT);
    await page.screenshot({ path: `${SCREENSHOTS}/evaluation-form.png`, fullPage: true });
    await panel.getByRole('button', { name: '提交评价' }).click();

    // Thanked, the citizen sees the rating and that the department will answer by the due date.
    await page.getByTestId('evaluation-thanks').getByText('感谢您的评价。').waitFor();
    const summary = page.getByTestId('evaluation-summary');
    expect(await summary.locator('[data-grade]').innerText()).toBe('非常不满意');
    expect(await summary.getByTestId('evaluation-comment').innerText()).toBe(COMMENT);
    const due = (await (
      await fetch(`${baseUrl}/api/v1/calendar/working-days?days=15`)
    ).json()) as WorkingDayComputationView;
    const raterTask = page.getByTestId('rater-rectification');
    expect(await raterTask.locator('[data-task-status]').innerText()).toBe('待整改');
    await raterTask.getByText(`承办部门正在核实整改，将于 ${chineseDate(due.dueDate)} 前答复。`).waitFor();
    expect(await panel.getByRole('button', { name: '提交评价' }).count()).toBe(0);
    await scan(page, 'case detail (applicant, rated)');

    // The Chengdu officer finds the task among 整改任务, due 15 working days after the rating.
    const officer = await newPage();
    await signIn(officer, baseUrl, OFFICER.account, OFFICER.password);
    await officer.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改任务' }).click();
    await officer.getByRole('heading', { level: 1, name: '整改任务' }).waitFor();
    const row = officer.getByRole('row').filter({ hasText: closed.caseNumber });
    await row.waitFor();
    expect(await row.locator('[data-due-date]').getAttribute('data-due-date')).toBe(due.dueDate);
    expect(await row.innerText()).toContain(chineseDate(due.dueDate));
    expect(await row.locator('[data-task-status]').innerText()).toBe('待整改');
    await scan(officer, 'rectification tasks (officer)');
    await row.getByRole('link', { name: new RegExp(closed.caseNumber) }).click();
    await officer.getByRole('heading', { level: 1, name: /整改任务/ }).waitFor();
    expect(await officer.getByTestId('task-due-date').getAttribute('data-due-date')).toBe(due.dueDate);
    await officer.getByText('自评价之日起 15 个工作日（不含节假日）').waitFor();
    // The officer who must call back reads who rated, with their number, and what they said.
    const rating = officer.getByTestId('evaluation-summary');
    expect(await rating.getByTestId('evaluation-comment').innerText()).toBe(COMMENT);
    expect(await rating.innerText()).toContain(citizen.realName);
    expect(await rating.innerText()).toContain(citizen.mobile);
    await scan(officer, 'rectification task (officer, open)');

    // The written answer: too short is refused at the field, then sent.
    const responseSection = officer.getByTestId('task-response');
    const responseField = responseSection.getByLabel('核实情况和整改措施');
    await responseField.fill('已整改');
    await responseSection.getByRole('button', { name: '提交答复' }).click();
    expect(await fieldError(responseField)).toContain('至少 10 个字');
    await scan(officer, 'rectification task (officer, answer too short)');
    await responseField.fill(RESPONSE);
    await responseSection.getByRole('button', { name: '提交答复' }).click();
    await officer.getByTestId('step-done').getByText('整改答复已提交，已通知评价人。').waitFor();
    await responseSection.getByText(RESPONSE).waitFor();
    expect(await officer.locator('h1 [data-task-status]').innerText()).toBe('已答复，待回访');
    await scan(officer, 'rectification task (officer, answered)');

    // The call-back record closes the task.
    const callback = officer.getByTestId('task-callback');
    await callback
      .getByRole('radiogroup', { name: '回访方式' })
      .getByRole('radio', { name: '电话回访', exact: true })
      .check();
    await callback.getByLabel('回访情况').fill(OUTCOME);
    await callback
      .getByRole('radiogroup', { name: '评价人对整改结果' })
      .getByRole('radio', { name: '满意', exact: true })
      .check();
    await officer.screenshot({ path: `${SCREENSHOTS}/rectification-callback.png`, fullPage: true });
    await callback.getByRole('button', { name: '保存回访记录' }).click();
    await officer.getByTestId('step-done').getByText('回访记录已保存，整改任务已办结。').waitFor();
    expect(await officer.locator('h1 [data-task-status]').innerText()).toBe('已办结');
    await callback.getByText(OUTCOME).waitFor();
    await callback.getByText(/电话回访/).waitFor();
    expect(await officer.getByTestId('task-appeal').count()).toBe(0);
    await scan(officer, 'rectification task (officer, closed)');

    // On the case page the officer sees the rating and the way to its task.
    await officer.goto(`${baseUrl}/cases/${closed.id}`);
    await officer.getByTestId('case-evaluation').getByRole('link', { name: '查看整改任务' }).waitFor();
    await scan(officer, 'case detail (officer, rated case)');
    await officer.context().close();

    // The citizen is told, and reads the answer on the case.
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: new RegExp(closed.caseNumber) }).waitFor();
        const task = page.getByTestId('rater-rectification');
        await task.waitFor();
        return task.innerText();
      }, POLL)
      .toContain(RESPONSE);
    expect(await page.getByTestId('rater-rectification').locator('[data-task-status]').innerText()).toBe(
      '已办结',
    );
    await scan(page, 'case detail (applicant, answered and called back)');
    await page.getByRole('banner').getByRole('link', { name: /^消息/ }).click();
    const notice = page.locator('[data-notice-kind="rectification_responded"]');
    await notice.getByRole('link', { name: '您的评价已收到整改答复' }).waitFor();
    expect(await notice.innerText()).toContain('成都住房公积金管理中心已核实并答复整改情况');
    await scan(page, 'notifications (applicant, rating answered)');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的评价' }).click();
    await page.getByRole('heading', { level: 1, name: '我的评价' }).waitFor();
    await page.getByText(RESPONSE).waitFor();
    await scan(page, 'my ratings');

    audit.assertClean();
  });

  it('takes a window visit’s 差评, which the hall appeals and the coordination office upholds', async () => {
    const page = citizenPage;
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的评价' }).click();
    await page.getByRole('link', { name: '评价窗口服务' }).click();
    await page.getByRole('heading', { level: 1, name: '评价窗口服务' }).waitFor();
    await scan(page, 'rate a window visit (form)');
    await page.getByLabel('政务服务大厅').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '德阳市政务服务中心' }).click();
    await page.getByLabel('窗口编号').fill('b01');
    const today = await page.getByLabel('办事日期').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page
      .getByRole('radiogroup', { name: '总体评价' })
      .getByRole('radio', { name: '不满意', exact: true })
      .check();
    for (const indicator of ['整体满意度', '办事效率', '办事指南精确度', '办事便捷度', '平台操作性']) {
      await chooseIndicator(page.getByRole('radiogroup', { name: indicator }), '不满意');
    }
    await page.getByLabel('评价意见', { exact: true }).fill('窗口工作人员态度生硬，不愿解释办理流程。');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('evaluation-thanks').getByText('评价已提交。').waitFor();
    await page
      .getByText(`德阳市政务服务中心 B01 窗口（${chineseDate(today)}）`)
      .first()
      .waitFor();
    await scan(page, 'rate a window visit (done)');

    // The hall's clerk finds it among 整改任务 and appeals it as malicious.
    const clerk = await newPage();
    await signIn(clerk, baseUrl, CLERK.account, CLERK.password);
    await clerk.goto(`${baseUrl}/rectifications`);
    const row = clerk.getByRole('row').filter({ hasText: `B01 窗口（${chineseDate(today)}）` });
    await row.waitFor();
    await row.getByRole('link').click();
    await clerk.getByRole('heading', { level: 1, name: /整改任务/ }).waitFor();
    const appeal = clerk.getByTestId('task-appeal');
    await appeal.getByRole('button', { name: '向同城化办公室申诉' }).click();
    await appeal.getByRole('region', { name: '向同城化办公室申诉' }).waitFor();
    await scan(clerk, 'rectification task (clerk, appeal form)');
    const reason = '经调取窗口监控，当日 B01 窗口接待过程规范，评价内容与事实不符，属恶意差评。';
    await appeal.getByLabel('申诉理由和依据').fill(reason);
    await appeal.getByRole('button', { name: '提交申诉' }).click();
    await clerk.getByTestId('step-done').getByText('申诉已提交，等待同城化办公室审核。').waitFor();
    expect(await clerk.locator('h1 [data-task-status]').innerText()).toBe('申诉审核中');
    await scan(clerk, 'rectification task (clerk, appealed)');
    await clerk.context().close();

    // Only the coordination office decides: it upholds, and the rating leaves the statistics.
    const office = await newPage();
    await signIn(office, baseUrl, OFFICE.account, OFFICE.password);
    await office.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '差评申诉' }).click();
    await office.getByRole('heading', { level: 1, name: '差评申诉审核' }).waitFor();
    const pending = office.getByRole('row').filter({ hasText: `B01 窗口（${chineseDate(today)}）` });
    await pending.waitFor();
    await scan(office, 'appeals (office)');
    await pending.getByRole('link').click();
    await office.getByText(reason).waitFor();
    await office
      .getByRole('radiogroup', { name: '审核结论' })
      .getByRole('radio', { name: /^申诉成立/ })
      .check();
    await office.getByLabel('审核意见').fill('经核查窗口监控录像，申诉成立。');
    await scan(office, 'rectification task (office, decision form)');
    await office.getByRole('button', { name: '提交审核结论' }).click();
    await office.getByTestId('step-done').getByText('审核结论已提交，已通知承办部门。').waitFor();
    expect(await office.locator('h1 [data-task-status]').innerText()).toBe('申诉成立');
    await office.getByText('经同城化办公室审核，该评价属恶意差评，保留记录但不计入统计。').waitFor();
    await scan(office, 'rectification task (office, upheld)');
    await office.context().close();

    audit.assertClean();
  });
});
