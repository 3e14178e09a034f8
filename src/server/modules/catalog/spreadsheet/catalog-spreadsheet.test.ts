import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../../test/database.js';
import { buildTestApp } from '../../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../../test/http-session.js';
import { seedDemoData } from '../../../seed.js';
import { demoPassword } from '../../../demo-accounts.js';
import { loadConfig } from '../../../platform/config.js';
import { createModules, type Modules } from '../../../modules.js';
import type { ImplementationView, ItemView } from '../../../../contracts/catalog.contract.js';
import { implementationFingerprint, itemFingerprint, type CatalogEntry } from '../catalog-entry.js';
import { itemImplementations } from '../catalog.tables.js';
import { createCatalogSpreadsheetService } from './catalog-spreadsheet.service.js';
import { runCatalogImportCommand } from './import-command.js';
import { readCatalogWorkbook } from './read-workbook.js';
import type { LocatedFieldError } from './sheet-problems.js';
import { validateCatalogRows } from './validate-rows.js';
import { catalogSheets, fieldSheet, itemSheet, materialSheet } from './workbook-layout.js';
import { XLSX_CONTENT_TYPE } from './write-workbook.js';

const HOUSING_FUND_TRANSFER = '000125008000';
const ITEMS = itemSheet.name;

// --- Workbooks edited in code, as an office would in Excel -------------------------------------

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

async function edited(buffer: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadWorkbook(buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function columnOf(worksheet: ExcelJS.Worksheet, header: string): number {
  let at = 0;
  worksheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) at = column;
  });
  if (!at) throw new Error(`no column ${header}`);
  return at;
}

function letterOf(worksheet: ExcelJS.Worksheet, header: string): string {
  return worksheet.getColumn(columnOf(worksheet, header)).letter;
}

/** The row of an item in a city on a sheet (the first one, for materials and fields). */
function rowOf(worksheet: ExcelJS.Worksheet, code: string, city: string): number {
  const [codeAt, cityAt] = [columnOf(worksheet, '事项编码'), columnOf(worksheet, '城市')];
  for (let r = 2; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    if (row.getCell(codeAt).value === code && row.getCell(cityAt).value === city) return r;
  }
  throw new Error(`no row for ${code} in ${city}`);
}

function cellValue(worksheet: ExcelJS.Worksheet, row: number, header: string) {
  return worksheet.getRow(row).getCell(columnOf(worksheet, header)).value;
}

function setCell(worksheet: ExcelJS.Worksheet, row: number, header: string, value: ExcelJS.CellValue) {
  worksheet.getRow(row).getCell(columnOf(worksheet, header)).value = value;
}

type DataRow = { code: string; city: string; values: ExcelJS.CellValue[] };

/** A copy of the workbook with each sheet's data rows passed through change() (values only). */
async function rebuilt(
  buffer: Buffer,
  change: (rows: DataRow[], sheetName: string) => DataRow[],
): Promise<Buffer> {
  const source = await loadWorkbook(buffer);
  const target = new ExcelJS.Workbook();
  for (const spec of catalogSheets) {
    const from = sheet(source, spec.name);
    const to = target.addWorksheet(spec.name);
    const [codeAt, cityAt] = [columnOf(from, '事项编码'), columnOf(from, '城市')];
    const rows: DataRow[] = [];
    from.eachRow((row, r) => {
      const values = row.values as ExcelJS.CellValue[];
      if (r === 1) to.addRow(values);
      else
        rows.push({
          code: String(row.getCell(codeAt).value),
          city: String(row.getCell(cityAt).value),
          values,
        });
    });
    for (const row of change(rows, spec.name)) to.addRow(row.values);
  }
  return Buffer.from(await target.xlsx.writeBuffer());
}

/** A copy of the workbook keeping only the rows (on all three sheets) for which keep() is true. */
const keepingRows = (buffer: Buffer, keep: (code: string, city: string) => boolean) =>
  rebuilt(buffer, (rows) => rows.filter((r) => keep(r.code, r.city)));

/** Rewrites the uncompressed size one central-directory entry declares (a zip bomb's lie). */
function claimingHugeSize(zip: Buffer, entryName: string): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === entryName) {
      copy.writeUInt32LE(0x7ffffff0, at + 24);
      return copy;
    }
  }
  throw new Error(`no entry ${entryName}`);
}

const fingerprints = (entries: CatalogEntry[]) =>
  entries.map((e) => [itemFingerprint(e.item), e.implementations.map(implementationFingerprint)]);

describe.each(databaseKinds())('catalogue spreadsheets on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let modules: Modules;
  let office: TestSession;
  let meishanAdmin: TestSession;

  const exportWorkbook = async () => (await app.inject('/api/v1/catalog/export.xlsx')).rawPayload;
  const importAs = (session: TestSession | null, body: Buffer, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { 'content-type': XLSX_CONTENT_TYPE, ...(session?.headers ?? {}), ...headers },
      payload: body,
    });
  /** Everything an import could change: every implementation row ever written, and the entries. */
  const snapshot = () =>
    test.database.withSystem(async (tx) => ({
      rows: (await tx.select({ n: count() }).from(itemImplementations))[0]?.n,
      entries: JSON.stringify(await modules.catalog.exportEntries(tx)),
    }));
  /** Imports, expects the whole file refused with located problems, and checks nothing changed. */
  async function rejected(body: Buffer, session: TestSession = office): Promise<LocatedFieldError[]> {
    const before = await snapshot();
    const res = await importAs(session, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json() as { code: string; errors: LocatedFieldError[] };
    expect(problem.code).toBe('catalog.import_invalid');
    expect(await snapshot()).toEqual(before);
    return problem.errors;
  }
  /** A legitimate edit that rides along in the bad files, so "nothing written" means something. */
  const chengduHousingPromised = (workbook: ExcelJS.Workbook, days = 1) => {
    const items = sheet(workbook, ITEMS);
    setCell(items, rowOf(items, HOUSING_FUND_TRANSFER, '成都市'), '承诺时限（工作日）', days);
  };
  const housingView = async () =>
    (await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}`)).json() as ItemView;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    await seedDemoData(test.database, config);
    modules = createModules({ config, database: test.database });
    ({ app } = await buildTestApp(test.database));
    office = await signIn(app, 'office', demoPassword);
    meishanAdmin = await signIn(app, 'ms.admin', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  describe('export and template', () => {
    it('exports the catalogue as an attachment in exactly the documented layout, sorted by code then city', async () => {
      const res = await app.inject('/api/v1/catalog/export.xlsx');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="tongcheng-catalogue-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%E5%90%8C%E5%9F%8E/,
      );
      const workbook = await loadWorkbook(res.rawPayload);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(catalogSheets.map((s) => s.name));
      for (const spec of catalogSheets) {
        const headers = (sheet(workbook, spec.name).getRow(1).values as unknown[]).slice(1);
        expect(headers).toEqual(spec.columns.map((c) => c.header));
      }
      const items = sheet(workbook, ITEMS);
      const keys: string[] = [];
      for (let r = 2; r <= items.rowCount; r += 1) {
        keys.push(`${String(cellValue(items, r, '事项编码'))}/${String(cellValue(items, r, '城市'))}`);
      }
      const cityRank = (k: string) => ['成都市', '德阳市', '眉山市', '资阳市'].indexOf(k.split('/')[1] ?? '');
      const sorted = [...keys].sort(
        (a, b) => a.split('/')[0]!.localeCompare(b.split('/')[0]!) || cityRank(a) - cityRank(b),
      );
      expect(keys).toEqual(sorted);
      const row = rowOf(items, HOUSING_FUND_TRANSFER, '成都市');
      expect(cellValue(items, row, '实施主体')).toBe('成都住房公积金管理中心');
      expect(cellValue(items, row, '服务对象')).toBe('个人');
      expect(cellValue(items, row, '异地受理城市')).toBe('德阳市、眉山市、资阳市');
      expect(String(cellValue(items, row, '常见问题'))).toMatch(/^问：.+｜答：.+/);
    });

    it('serves the empty template with 填写说明 explaining every column', async () => {
      const res = await app.inject('/api/v1/catalog/template.xlsx');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="tongcheng-catalogue-template\.xlsx"/,
      );
      const workbook = await loadWorkbook(res.rawPayload);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        '填写说明',
        ...catalogSheets.map((s) => s.name),
      ]);
      const guide = sheet(workbook, '填写说明');
      const explained = new Set<string>();
      guide.eachRow((row) =>
        explained.add(`${String(row.getCell(1).value)}/${String(row.getCell(2).value)}`),
      );
      for (const spec of catalogSheets) {
        expect(sheet(workbook, spec.name).actualRowCount).toBe(1);
        for (const column of spec.columns) expect(explained).toContain(`${spec.name}/${column.header}`);
      }
      expect(explained).toContain('眉山市/眉山市住房公积金管理中心');
      // The template as it comes has nothing to import.
      const errors = await rejected(res.rawPayload);
      expect(errors.map((e) => e.code)).toEqual(['catalog.sheet.no_rows']);
    });
  });

  describe('importing what was exported', () => {
    it('reads an export back to exactly the entries the catalogue holds', async () => {
      const read = await readCatalogWorkbook(await exportWorkbook());
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      const spreadsheet = createCatalogSpreadsheetService({
        database: test.database,
        catalog: modules.catalog,
        directory: modules.directory,
      });
      const { reference, current } = await test.database.withSystem(async (tx) => ({
        reference: await spreadsheet.loadReference(tx, read.rows, { kind: 'metro' }),
        current: await modules.catalog.exportEntries(tx),
      }));
      const { entries, problems } = validateCatalogRows(read.rows, reference, { kind: 'metro' });
      expect(problems).toEqual([]);
      expect(entries.length).toBeGreaterThanOrEqual(30);
      expect(fingerprints(entries)).toEqual(fingerprints(current));
    });

    it('changes nothing when an unedited export is imported', async () => {
      const before = await snapshot();
      const res = await importAs(office, await exportWorkbook());
      expect(res.statusCode).toBe(200);
      const counts = res.json();
      expect(counts).toMatchObject({ itemsCreated: 0, itemsUpdated: 0, versionsPublished: 0 });
      expect(counts.unchanged).toBe(counts.implementations);
      expect(await snapshot()).toEqual(before);
    });

    it('does not mind the order of rows, only the order of an implementation’s own materials', async () => {
      const cityRank = (city: string) => ['成都市', '德阳市', '眉山市', '资阳市'].indexOf(city);
      // Items upside down; materials and fields grouped by city first (a stable sort keeps each
      // implementation's own rows in their order).
      const shuffled = await rebuilt(await exportWorkbook(), (rows, sheetName) =>
        sheetName === ITEMS
          ? [...rows].reverse()
          : [...rows].sort((a, b) => cityRank(b.city) - cityRank(a.city) || b.code.localeCompare(a.code)),
      );
      const res = await importAs(office, shuffled);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ versionsPublished: 0, itemsUpdated: 0 });
    });

    it('publishes exactly one new version when one city’s promised limit is edited', async () => {
      const before = (await housingView()).implementations.find(
        (i) => i.cityCode === '510100',
      ) as ImplementationView;
      const workbook = await edited(await exportWorkbook(), (w) => chengduHousingPromised(w, 2));
      const res = await importAs(office, workbook);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ itemsCreated: 0, itemsUpdated: 0, versionsPublished: 1 });
      expect(res.json().unchanged).toBe(res.json().implementations - 1);

      const after = (await housingView()).implementations.find(
        (i) => i.cityCode === '510100',
      ) as ImplementationView;
      expect(after).toMatchObject({ promisedDays: 2, version: before.version + 1 });
      const again = sheet(await loadWorkbook(await exportWorkbook()), ITEMS);
      expect(cellValue(again, rowOf(again, HOUSING_FUND_TRANSFER, '成都市'), '承诺时限（工作日）')).toBe(2);
      // Importing the same edited file again is a no-op.
      expect((await importAs(office, workbook)).json()).toMatchObject({ versionsPublished: 0 });
    });

    it('leaves items and cities that are not in the file alone', async () => {
      const only = await keepingRows(
        await edited(await exportWorkbook(), (w) => chengduHousingPromised(w, 3)),
        (code, city) => code === HOUSING_FUND_TRANSFER && city === '成都市',
      );
      const others = async () =>
        fingerprints(await test.database.withSystem((tx) => modules.catalog.exportEntries(tx))).filter(
          ([item]) => !String(item).includes(HOUSING_FUND_TRANSFER),
        );
      const before = await others();
      const res = await importAs(office, only);
      expect(res.json()).toMatchObject({ items: 1, implementations: 1, versionsPublished: 1, unchanged: 0 });
      expect(await others()).toEqual(before);
      const view = await housingView();
      expect(view.implementations.map((i) => i.cityCode)).toEqual(['510100', '510600', '511400', '512000']);
    });

    it('imports from the command line as the system, with a summary', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'tongcheng-import-'));
      try {
        const file = path.join(dir, 'catalog.xlsx');
        await writeFile(file, await exportWorkbook());
        const [out, err] = [new PassThrough(), new PassThrough()];
        const [said, complained] = [[] as Buffer[], [] as Buffer[]];
        out.on('data', (c: Buffer) => said.push(c));
        err.on('data', (c: Buffer) => complained.push(c));
        expect(await runCatalogImportCommand({ catalog: modules.catalog, file, out, err })).toBe(0);
        expect(Buffer.concat(said).toString()).toMatch(/发布新版本 versions published\s+0/);

        await writeFile(file, await edited(await exportWorkbook(), (w) => chengduHousingPromised(w, 99)));
        expect(await runCatalogImportCommand({ catalog: modules.catalog, file, out, err })).toBe(1);
        expect(Buffer.concat(complained).toString()).toMatch(
          /事项实施清单!U\d+ ［承诺时限（工作日）］ 承诺时限不能超过法定时限/,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('refusing bad files whole, with every problem located', () => {
    it('refuses a PNG and a text file renamed .xlsx', async () => {
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
      for (const body of [png, Buffer.from('事项编码,事项名称\n000125008000,住房公积金\n')]) {
        const errors = await rejected(body);
        expect(errors).toEqual([expect.objectContaining({ field: 'file', code: 'catalog.sheet.not_xlsx' })]);
      }
    });

    it('refuses a zip that is not a workbook', async () => {
      // An .xlsx with its workbook part renamed is an ordinary zip of XML files.
      const zip = Buffer.from(await exportWorkbook());
      const at = zip.indexOf('xl/workbook.xml');
      for (let i = zip.indexOf('xl/workbook.xml'); i >= 0; i = zip.indexOf('xl/workbook.xml', i + 1)) {
        zip.write('xl/notebook.xml', i);
      }
      expect(at).toBeGreaterThan(0);
      const errors = await rejected(zip);
      expect(errors).toEqual([expect.objectContaining({ field: 'file', code: 'catalog.sheet.not_xlsx' })]);
    });

    it('refuses a zip bomb from its central directory, before parsing', async () => {
      const bomb = claimingHugeSize(await exportWorkbook(), 'xl/worksheets/sheet1.xml');
      const errors = await rejected(bomb);
      expect(errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'catalog.sheet.zip_too_large' }),
      ]);
    });

    it('answers 413 to a body over 10 MB and reads one under it', async () => {
      expect((await importAs(office, Buffer.alloc(10 * 1024 * 1024 + 1))).statusCode).toBe(413);
      // Above the platform's 1 MB default, within this route's own limit: judged by content.
      const errors = await rejected(Buffer.alloc(2 * 1024 * 1024, 1));
      expect(errors[0]?.code).toBe('catalog.sheet.not_xlsx');
    });

    it('names a missing sheet and a missing column', async () => {
      const noFields = await edited(await exportWorkbook(), (w) => {
        chengduHousingPromised(w);
        w.removeWorksheet(sheet(w, fieldSheet.name).id);
      });
      expect(await rejected(noFields)).toEqual([
        expect.objectContaining({ field: fieldSheet.name, code: 'catalog.sheet.sheet_missing' }),
      ]);
      const noPromised = await edited(await exportWorkbook(), (w) => {
        const items = sheet(w, ITEMS);
        items.spliceColumns(columnOf(items, '承诺时限（工作日）'), 1);
      });
      expect(await rejected(noPromised)).toEqual([
        expect.objectContaining({
          field: `${ITEMS}!1:1`,
          code: 'catalog.sheet.column_missing',
          column: '承诺时限（工作日）',
        }),
      ]);
    });

    it('refuses a second row for the same item and city', async () => {
      let copyRow = 0;
      let city = '';
      const body = await edited(await exportWorkbook(), (w) => {
        chengduHousingPromised(w);
        const items = sheet(w, ITEMS);
        const values = items.getRow(rowOf(items, HOUSING_FUND_TRANSFER, '德阳市'))
          .values as ExcelJS.CellValue[];
        copyRow = items.addRow(values).number;
        city = letterOf(items, '城市');
      });
      const errors = await rejected(body);
      expect(errors).toEqual([
        expect.objectContaining({ field: `${ITEMS}!${city}${copyRow}`, code: 'catalog.sheet.row_duplicate' }),
      ]);
      expect(errors[0]?.message).toMatch(/已在第 \d+ 行填写/);
    });

    it('refuses materials and fields of an item and city that has no row in the first sheet', async () => {
      const body = await edited(await exportWorkbook(), (w) => {
        const items = sheet(w, ITEMS);
        items.spliceRows(rowOf(items, HOUSING_FUND_TRANSFER, '资阳市'), 1);
      });
      const errors = await rejected(body);
      expect(errors.length).toBeGreaterThan(1);
      expect(new Set(errors.map((e) => e.sheet))).toEqual(new Set([materialSheet.name, fieldSheet.name]));
      expect(
        errors.every((e) => e.code === 'catalog.sheet.implementation_row_missing' && e.column === '事项编码'),
      ).toBe(true);
      expect(errors[0]?.message).toBe(`「事项实施清单」中没有事项 ${HOUSING_FUND_TRANSFER} 在资阳市的行`);
    });

    it('refuses an item code that Excel turned into a number', async () => {
      const body = await edited(await exportWorkbook(), (w) => {
        chengduHousingPromised(w);
        setCell(sheet(w, materialSheet.name), 2, '事项编码', 105002000);
      });
      expect(await rejected(body)).toEqual([
        expect.objectContaining({ field: `${materialSheet.name}!A2`, code: 'catalog.sheet.code_not_text' }),
      ]);
    });

    it('reports every problem of a file at once: department, limits, numbers, options', async () => {
      const where: Record<string, string> = {};
      const body = await edited(await exportWorkbook(), (w) => {
        chengduHousingPromised(w);
        const items = sheet(w, ITEMS);
        const zy = rowOf(items, HOUSING_FUND_TRANSFER, '资阳市');
        setCell(items, zy, '实施主体', '资阳市火星移民管理局');
        where.department = `${ITEMS}!${letterOf(items, '实施主体')}${zy}`;
        const dy = rowOf(items, HOUSING_FUND_TRANSFER, '德阳市');
        setCell(items, dy, '承诺时限（工作日）', 99);
        where.promised = `${ITEMS}!${letterOf(items, '承诺时限（工作日）')}${dy}`;
        const ms = rowOf(items, HOUSING_FUND_TRANSFER, '眉山市');
        setCell(items, ms, '法定时限（工作日）', '十五天');
        where.statutory = `${ITEMS}!${letterOf(items, '法定时限（工作日）')}${ms}`;
        const fields = sheet(w, fieldSheet.name);
        const typeAt = columnOf(fields, '类型');
        let select = 0;
        fields.eachRow((row, r) => {
          if (!select && row.getCell(typeAt).value === '选择') select = r;
        });
        setCell(fields, select, '选项', null);
        where.options = `${fieldSheet.name}!${letterOf(fields, '选项')}${select}`;
        setCell(fields, select + 1, '字段标识', cellValue(fields, select, '字段标识'));
        where.fieldKey = `${fieldSheet.name}!${letterOf(fields, '字段标识')}${select + 1}`;
        const materials = sheet(w, materialSheet.name);
        setCell(materials, 2, '份数', '两份');
        where.copies = `${materialSheet.name}!${letterOf(materials, '份数')}2`;
        setCell(materials, 3, '城市', '重庆市');
        where.city = `${materialSheet.name}!${letterOf(materials, '城市')}3`;
        setCell(items, dy, '英文名称', 'Provident fund transfer');
        where.nameEn = `${ITEMS}!${letterOf(items, '英文名称')}${dy}`;
      });
      const errors = await rejected(body);
      const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
      expect(byField[where.department!]).toMatchObject({
        code: 'catalog.sheet.department_unknown',
        column: '实施主体',
        message: '资阳市没有名为「资阳市火星移民管理局」的职能部门，请按机构名录填写全称',
      });
      expect(byField[where.promised!]).toMatchObject({ code: 'catalog.promised_exceeds_statutory' });
      expect(byField[where.statutory!]).toMatchObject({ code: 'catalog.sheet.not_a_number' });
      expect(byField[where.options!]).toMatchObject({ code: 'catalog.options_required' });
      expect(byField[where.copies!]).toMatchObject({ code: 'catalog.sheet.not_a_number' });
      expect(byField[where.city!]).toMatchObject({ code: 'catalog.sheet.city_unknown' });
      expect(byField[where.fieldKey!]).toMatchObject({ code: 'catalog.key_duplicate' });
      expect(byField[where.nameEn!]).toMatchObject({ code: 'catalog.sheet.item_rows_disagree' });
      expect(byField[where.nameEn!]?.message).toMatch(/^与第 \d+ 行同一事项的「英文名称」不一致/);
      expect(errors).toHaveLength(8);
      // Located as a clerk reads them: sheet by sheet, row by row.
      expect(errors.map((e) => e.sheet)).toEqual([
        ...Array(4).fill(ITEMS),
        ...Array(2).fill(materialSheet.name),
        ...Array(2).fill(fieldSheet.name),
      ]);
    });

    it('words the problems in English when asked', async () => {
      const body = await edited(await exportWorkbook(), (w) => chengduHousingPromised(w, 99));
      const res = await importAs(office, body, { 'accept-language': 'en' });
      expect(res.json()).toMatchObject({
        title: expect.stringMatching(/nothing was imported/),
        errors: [{ message: 'The promised limit cannot exceed the statutory limit' }],
      });
    });

    it('refuses rows that would overtake a city’s pending draft', async () => {
      const meishan = (await housingView()).implementations.find(
        (i) => i.cityCode === '511400',
      ) as ImplementationView;
      const draftUrl = `/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}/cities/511400/draft`;
      const saved = await app.inject({
        method: 'PUT',
        url: draftUrl,
        headers: meishanAdmin.headers,
        payload: {
          orgId: meishan.orgId,
          statutoryDays: meishan.statutoryDays,
          promisedDays: 1,
          feeYuan: meishan.feeYuan,
          instant: meishan.instant,
          materials: meishan.materials,
          form: meishan.form,
          delivery: meishan.delivery,
          offSiteCityCodes: meishan.offSiteCityCodes,
        },
      });
      expect(saved.statusCode).toBe(200);
      try {
        let field = '';
        const body = await edited(await exportWorkbook(), (w) => {
          const items = sheet(w, ITEMS);
          field = `${ITEMS}!${letterOf(items, '城市')}${rowOf(items, HOUSING_FUND_TRANSFER, '眉山市')}`;
        });
        expect(await rejected(body)).toEqual([
          expect.objectContaining({ field, code: 'catalog.sheet.draft_pending' }),
        ]);
      } finally {
        await app.inject({ method: 'DELETE', url: draftUrl, headers: meishanAdmin.headers });
      }
    });
  });

  describe('who may import', () => {
    it('asks anonymous callers to sign in and refuses citizens', async () => {
      const body = await exportWorkbook();
      expect((await importAs(null, body)).statusCode).toBe(401);
      const citizen = await registerCitizen(app, '钱多多');
      expect((await importAs(citizen, body)).statusCode).toBe(403);
    });

    it('lets a city administrator import only their own city’s rows', async () => {
      const errors = await rejected(await exportWorkbook(), meishanAdmin);
      const outOfScope = errors.filter((e) => e.code === 'catalog.sheet.city_out_of_scope');
      expect(outOfScope.length).toBeGreaterThan(0);
      expect(
        outOfScope.every((e) => e.column === '城市' && e.message === '您只能导入本市（眉山市）的实施清单'),
      ).toBe(true);
      expect(errors.every((e) => e.code === 'catalog.sheet.city_out_of_scope')).toBe(true);
      expect(errors.length).toBe(outOfScope.length);
    });

    it('publishes a city administrator’s edit of their own city', async () => {
      const own = await keepingRows(
        await edited(await exportWorkbook(), (w) => {
          const items = sheet(w, ITEMS);
          setCell(items, rowOf(items, HOUSING_FUND_TRANSFER, '眉山市'), '承诺时限（工作日）', 4);
        }),
        (_code, city) => city === '眉山市',
      );
      const res = await importAs(meishanAdmin, own);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ versionsPublished: 1, itemsCreated: 0, itemsUpdated: 0 });
      const view = await housingView();
      expect(view.implementations.find((i) => i.cityCode === '511400')?.promisedDays).toBe(4);
    });

    it('leaves item definitions to the coordination office', async () => {
      let field = '';
      const own = await edited(
        await keepingRows(await exportWorkbook(), (_code, city) => city === '眉山市'),
        (w) => {
          const items = sheet(w, ITEMS);
          const row = rowOf(items, HOUSING_FUND_TRANSFER, '眉山市');
          setCell(items, row, '事项名称', '住房公积金转移（眉山版）');
          field = `${ITEMS}!${letterOf(items, '事项名称')}${row}`;
        },
      );
      const errors = await rejected(own, meishanAdmin);
      expect(errors).toEqual([
        expect.objectContaining({
          field,
          code: 'catalog.sheet.item_changed_kept_by_office',
          column: '事项名称',
        }),
      ]);
    });
  });
});
