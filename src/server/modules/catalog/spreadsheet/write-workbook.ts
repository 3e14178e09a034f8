/**
 * Writes the catalogue in the documented layout: the export (every published implementation,
 * sorted by item code then city) and the empty template with its 「填写说明」 sheet. What the
 * export writes, the import reads back to the same entries.
 */
import ExcelJS from 'exceljs';
import type { CatalogEntry, ImplementationContent, ItemDefinition } from '../catalog-entry.js';
import {
  catalogSheets,
  fieldSheet,
  GUIDE_SHEET_NAME,
  itemSheet,
  materialSheet,
  type SheetSpec,
} from './workbook-layout.js';
import {
  certificateLabel,
  deliveryWords,
  fieldTypeWords,
  formatFaq,
  formatOption,
  itemTypeWords,
  labelOf,
  lifeEventWords,
  LIST_SEPARATOR,
  materialFormWords,
  modeWords,
  requirementWords,
  subjectWords,
  yesNoWords,
  type Vocabulary,
} from './workbook-vocabulary.js';

/** Names the workbook shows instead of codes and ids. */
export interface WorkbookDirectory {
  cities: { code: string; name: string }[];
  departments: { id: string; cityCode: string; name: string }[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Row = Record<string, string | number>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
/** Dropdowns cover this many rows below the data, so offices can add rows and keep them. */
const SPARE_ROWS = 500;

const labels = <Code extends string>(vocabulary: Vocabulary<Code>, codes: string[]) =>
  codes.map((code) => labelOf(vocabulary, code as Code) ?? code).join(LIST_SEPARATOR);
const yesNo = (value: boolean) => labelOf(yesNoWords, value ? 'yes' : 'no');

function itemColumns(item: ItemDefinition): Row {
  return {
    code: item.code,
    name: item.name,
    nameEn: item.nameEn,
    type: labelOf(itemTypeWords, item.type),
    subject: labelOf(subjectWords, item.subject),
    legalBasis: item.legalBasis,
    modes: labels(modeWords, item.modes),
    lifeEvents: labels(lifeEventWords, item.lifeEvents),
    keywords: item.keywords.join(LIST_SEPARATOR),
    summary: item.summary,
    summaryEn: item.summaryEn,
    resultType: certificateLabel(item.resultType),
    conditions: item.guide.conditions.join('\n'),
    steps: item.guide.steps.join('\n'),
    faq: item.guide.faq.map(formatFaq).join('\n'),
    consultation: item.guide.consultation,
    complaint: item.guide.complaint,
  };
}

function implementationColumns(content: ImplementationContent, names: Names): Row {
  return {
    city: names.city(content.cityCode),
    department: names.department(content.orgId),
    statutoryDays: content.statutoryDays,
    promisedDays: content.promisedDays,
    fee: Number(content.feeYuan),
    instant: yesNo(content.instant),
    delivery: labels(deliveryWords, content.delivery),
    offSiteCities: content.offSiteCityCodes.map((c) => names.city(c)).join(LIST_SEPARATOR),
  };
}

interface Names {
  city(code: string): string;
  department(id: string): string;
}

function namesFrom(directory: WorkbookDirectory): Names {
  const cities = new Map(directory.cities.map((c) => [c.code, c.name]));
  const departments = new Map(directory.departments.map((d) => [d.id, d.name]));
  return {
    city: (code) => cities.get(code) ?? code,
    department: (id) => departments.get(id) ?? id,
  };
}

/** A data sheet with its header row, column formats and dropdowns for the first `rows` rows. */
function addDataSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  cityNames: string[],
  rows: Row[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: {
      ...(c.text ? { numFmt: '@' } : {}),
      ...(c.key === 'fee' ? { numFmt: '0.00' } : {}),
      alignment: { vertical: 'top', ...(c.wrap ? { wrapText: true } : {}) },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  // Blank cells stay empty rather than holding an empty string.
  sheet.addRows(rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''))));
  const lastRow = rows.length + 1 + SPARE_ROWS;
  spec.columns.forEach((column, index) => {
    const choices = column.choices === 'cities' ? cityNames : column.choices;
    if (!choices) return;
    const letter = sheet.getColumn(index + 1).letter;
    // exceljs applies a range validation on write but does not declare the collection in its types.
    (
      sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: `可填：${choices.join('、')}`,
    });
  });
  return sheet;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tongcheng 同城';
  workbook.created = new Date();
  return workbook;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The three sheets' rows for the entries, sorted by item code, then city as the directory orders them. */
export function catalogRows(entries: CatalogEntry[], directory: WorkbookDirectory) {
  const names = namesFrom(directory);
  const cityOrder = (code: string) => directory.cities.findIndex((c) => c.code === code);
  const items: Row[] = [];
  const materials: Row[] = [];
  const fields: Row[] = [];
  const sorted = [...entries].sort((a, b) =>
    a.item.code < b.item.code ? -1 : a.item.code > b.item.code ? 1 : 0,
  );
  for (const { item, implementations } of sorted) {
    const itemRow = itemColumns(item);
    // An item no city implements yet still gets a row, with the city left blank.
    if (implementations.length === 0) items.push(itemRow);
    const byCity = [...implementations].sort((a, b) => cityOrder(a.cityCode) - cityOrder(b.cityCode));
    for (const content of byCity) {
      const city = names.city(content.cityCode);
      items.push({ ...itemRow, ...implementationColumns(content, names) });
      for (const m of content.materials) {
        materials.push({
          code: item.code,
          city,
          key: m.key,
          name: m.name,
          requirement: labelOf(requirementWords, m.requirement),
          condition: m.condition ?? '',
          form: labelOf(materialFormWords, m.form),
          copies: m.copies,
          replaceableBy: m.replaceableBy ? certificateLabel(m.replaceableBy) : '',
          note: m.note ?? '',
        });
      }
      for (const f of content.form) {
        fields.push({
          code: item.code,
          city,
          key: f.key,
          label: f.label,
          labelEn: f.labelEn,
          type: labelOf(fieldTypeWords, f.type),
          required: yesNo(f.required),
          maxLength: f.maxLength ?? '',
          options: (f.options ?? []).map(formatOption).join('\n'),
          help: f.help ?? '',
        });
      }
    }
  }
  return { items, materials, fields };
}

/** The catalogue as a workbook in the documented layout. */
export async function writeCatalogWorkbook(
  entries: CatalogEntry[],
  directory: WorkbookDirectory,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const rows = catalogRows(entries, directory);
  const cityNames = directory.cities.map((c) => c.name);
  addDataSheet(workbook, itemSheet, cityNames, rows.items);
  addDataSheet(workbook, materialSheet, cityNames, rows.materials);
  addDataSheet(workbook, fieldSheet, cityNames, rows.fields);
  return toBuffer(workbook);
}

const generalNotes = [
  '本工作簿用于导入、导出成德眉资四市的事项实施清单。请保留「事项实施清单」「申请材料」「表单字段」三个工作表及其第 1 行列名；列的先后顺序可以调整，可以增加自用列（导入时忽略）。',
  '「事项实施清单」每个事项在每个城市占一行；事项本身的列（事项编码至投诉渠道）在同一事项的各城市行上须完全一致。',
  '「申请材料」「表单字段」每行属于一个事项在一个城市的实施清单，须在「事项实施清单」中有对应的行。同一事项同一城市各行的先后顺序即向申请人展示的顺序；不同事项的行可以任意排列。',
  '导入以文件为准：文件中出现的事项和城市，其申请材料和表单字段以文件中的行为准（没有行即表示没有材料或字段）；文件中没有出现的事项和城市保持不变，不会被删除。',
  '内容有变化的实施清单发布为新版本，已受理的办件仍按原版本办理；内容没有变化的不产生新版本，同一文件重复导入不会改变任何数据。',
  '导入前平台检查整个文件，只要有一处错误就不写入任何数据，并列出每处错误所在的工作表、行号和列。',
  '城市管理员只能导入本市的行，且不能新增或修改事项本身（由同城化办公室维护）；某事项在某市有尚未发布的草稿时，请先发布或放弃草稿再导入。',
  '多个值写在一个单元格中时用顿号「、」分隔；“每行一条”的单元格在 Excel 中用 Alt+Enter 换行。文件不超过 10 MB。',
];

/** The empty template: the three sheets with their headers and dropdowns, and 「填写说明」 first. */
export async function writeTemplateWorkbook(directory: WorkbookDirectory): Promise<Buffer> {
  const workbook = newWorkbook();
  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);
  guide.columns = [
    { key: 'sheet', width: 16 },
    { key: 'column', width: 20 },
    { key: 'required', width: 10 },
    { key: 'help', width: 70 },
    { key: 'example', width: 44 },
  ];
  const title = guide.addRow(['同城 · 事项实施清单（导入模板）填写说明']);
  title.font = { bold: true, size: 14 };
  for (const [i, note] of generalNotes.entries()) {
    const row = guide.addRow([`${i + 1}. ${note}`]);
    guide.mergeCells(row.number, 1, row.number, 5);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 32;
  }
  for (const spec of catalogSheets) {
    guide.addRow([]);
    const heading = guide.addRow([`工作表「${spec.name}」：${spec.purpose}`]);
    heading.font = { bold: true };
    const header = guide.addRow(['工作表', '列名', '是否必填', '填写说明', '示例']);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const column of spec.columns) {
      const row = guide.addRow([
        spec.name,
        column.header,
        column.required ? '必填' : '选填',
        column.help,
        column.example,
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  guide.addRow([]);
  const heading = guide.addRow(['实施主体名录：「实施主体」须填写下列职能部门全称之一']);
  heading.font = { bold: true };
  const header = guide.addRow(['城市', '实施主体']);
  header.font = { bold: true };
  for (const city of directory.cities) {
    for (const department of directory.departments.filter((d) => d.cityCode === city.code)) {
      guide.addRow([city.name, department.name]);
    }
  }

  const cityNames = directory.cities.map((c) => c.name);
  for (const spec of catalogSheets) addDataSheet(workbook, spec, cityNames, []);
  return toBuffer(workbook);
}
