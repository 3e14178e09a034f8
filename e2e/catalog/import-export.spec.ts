import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityAudit } from '../support/accessibility.js';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signIn } from '../support/ui.js';

const OFFICE = { account: 'office', password: 'Tongcheng@2026' };
const ITEM_SHEET = '事项实施清单';
const PROMISED_HEADER = '承诺时限（工作日）';
const SCREENSHOTS = 'test-results/screenshots';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The workbook with one promised limit made unreadable, and the cell it is in (e.g. "T5"):
 * the header row is found by its text, so the layout may move.
 */
async function spoilPromisedLimit(workbook: Buffer): Promise<{ buffer: Buffer; cell: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbook as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(ITEM_SHEET);
  if (!sheet) throw new Error(`the export has no sheet ${ITEM_SHEET}`);
  for (let row = 1; row <= 10; row += 1) {
    const header = sheet.getRow(row);
    let column = 0;
    header.eachCell((cell, number) => {
      if (String(cell.value).trim() === PROMISED_HEADER) column = number;
    });
    if (!column) continue;
    const target = sheet.getRow(row + 1).getCell(column);
    target.value = '三天';
    return { buffer: Buffer.from(await book.xlsx.writeBuffer()), cell: target.address };
  }
  throw new Error(`no column ${PROMISED_HEADER} in ${ITEM_SHEET}`);
}

/** Chooses a file for the upload, then starts the import and waits for its result. */
async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('工作簿文件（.xlsx）').setInputFiles(file);
  await page.getByRole('button', { name: '上传并导入' }).click();
  await page.getByRole('heading', { level: 2, name: '导入结果' }).waitFor();
}

describe('the coordination office exports the catalogue and imports it again', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let downloads: string;
  const audit = new AccessibilityAudit();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    page = await context.newPage();
    downloads = await mkdtemp(path.join(tmpdir(), 'tongcheng-e2e-xlsx-'));
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('re-imports its own export as all unchanged, and sees every problem of a spoilt file by cell', async () => {
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, OFFICE.account, OFFICE.password);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '事项管理' }).click();
    await page.getByText('同城化办公室可查看四市').waitFor();
    await page.getByRole('link', { name: '批量导入与导出' }).click();
    await page.getByRole('heading', { level: 1, name: '批量导入与导出' }).waitFor();
    await audit.scan(page, 'import and export');

    // The export downloads as an .xlsx workbook.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出现行实施清单（.xlsx）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = path.join(downloads, 'export.xlsx');
    await download.saveAs(exported);

    // Uploaded back unchanged: nothing new is published.
    await importFile(page, exported);
    await page.getByRole('status').getByText('导入完成。').waitFor();
    await page.getByText('所有实施清单均无变化，没有发布新版本。').waitFor();
    const counts = page.getByTestId('import-counts');
    expect(await counts.locator('tr[data-count="versionsPublished"] td').innerText()).toBe('0');
    expect(await counts.locator('tr[data-count="itemsCreated"] td').innerText()).toBe('0');
    expect(Number(await counts.locator('tr[data-count="unchanged"] td').innerText())).toBeGreaterThan(100);
    expect(await page.locator('progress').getAttribute('value')).toBe('100');
    await audit.scan(page, 'import (unchanged)');

    // A promised limit written in words: refused with its sheet and cell, nothing imported.
    const spoilt = await spoilPromisedLimit(await readFile(exported));
    await importFile(page, { name: 'spoilt.xlsx', mimeType: XLSX_TYPE, buffer: spoilt.buffer });
    await page.getByRole('status').getByText('导入失败，未导入任何内容。').waitFor();
    const problems = page.getByTestId('import-problems');
    const located = problems.locator('tbody tr').filter({ hasText: spoilt.cell });
    await located.first().waitFor();
    const cells = await located.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe(ITEM_SHEET);
    expect(cells[1]).toBe(spoilt.cell);
    expect(cells[3]?.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/import-problems.png`, fullPage: true });
    await audit.scan(page, 'import (problems)');

    // Not a workbook at all: one problem with the file as a whole.
    await importFile(page, { name: 'notes.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('这不是工作簿') });
    await problems.locator('tbody tr').filter({ hasText: '整个文件' }).first().waitFor();

    audit.assertClean();
  });
});
