/**
 * Problems found in an uploaded workbook, each located where an office clerk can find it in
 * Excel: the sheet, the row number Excel shows, and the column by header and letter.
 */
import type { FieldError } from '../../../platform/http/errors.js';
import { registerMessages, translate, type Locale } from '../../../platform/http/i18n.js';

export interface SheetProblem {
  /** A registered message key. */
  code: string;
  params?: Record<string, string | number>;
  /** Absent for problems with the file as a whole. */
  sheet?: string;
  /** 1-based, as Excel numbers rows. */
  row?: number;
  column?: { header: string; letter?: string };
}

/** A problem as the API and the CLI report it; `field` is Excel's own reference, e.g. 事项实施清单!T5. */
export interface LocatedFieldError extends FieldError {
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
}

export function cellReference(problem: SheetProblem): string | null {
  return problem.column?.letter && problem.row ? `${problem.column.letter}${problem.row}` : null;
}

/** The `field` of a problem: sheet!cell, sheet!row, the sheet, or "file" for the file as a whole. */
export function problemField(problem: SheetProblem): string {
  if (!problem.sheet) return 'file';
  const cell = cellReference(problem);
  if (cell) return `${problem.sheet}!${cell}`;
  if (problem.row) return `${problem.sheet}!${problem.row}:${problem.row}`;
  return problem.sheet;
}

export function describeProblem(problem: SheetProblem, locale: Locale): LocatedFieldError {
  return {
    field: problemField(problem),
    code: problem.code,
    message: translate(problem.code, locale, problem.params) ?? problem.code,
    sheet: problem.sheet ?? null,
    row: problem.row ?? null,
    column: problem.column?.header ?? null,
    cell: cellReference(problem),
  };
}

/** Problems in the order a clerk works through them: by sheet as laid out, then row, then column. */
export function sortProblems(problems: SheetProblem[], sheetOrder: readonly string[]): SheetProblem[] {
  const sheetRank = (p: SheetProblem) => (p.sheet ? sheetOrder.indexOf(p.sheet) + 1 : 0);
  // Column letters as numbers (A = 1, AA = 27); problems with the file or a whole sheet come first.
  const letterRank = (p: SheetProblem) =>
    [...(p.column?.letter ?? '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return [...problems].sort(
    (a, b) => sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0) || letterRank(a) - letterRank(b),
  );
}

registerMessages({
  'catalog.sheet.file_too_large': {
    'zh-CN': '文件超过 {limitMb} MB，请拆分后分批导入',
    en: 'The file is larger than {limitMb} MB; split it and import the parts',
  },
  'catalog.sheet.not_xlsx': {
    'zh-CN': '文件不是 Excel 工作簿（.xlsx），请用模板填写后另存为 .xlsx',
    en: 'The file is not an Excel workbook (.xlsx); fill in the template and save it as .xlsx',
  },
  'catalog.sheet.zip_too_many_entries': {
    'zh-CN': '工作簿内部文件过多（{count} 个，最多 {limit} 个），无法处理',
    en: 'The workbook holds too many parts ({count}; at most {limit})',
  },
  'catalog.sheet.zip_too_large': {
    'zh-CN': '工作簿解压后超过 {limitMb} MB，无法处理',
    en: 'The workbook unpacks to more than {limitMb} MB',
  },
  'catalog.sheet.zip_corrupt': {
    'zh-CN': '工作簿已损坏或使用了不支持的压缩方式，请在 Excel 中重新保存',
    en: 'The workbook is damaged or compressed in an unsupported way; save it again in Excel',
  },
  'catalog.sheet.sheet_missing': {
    'zh-CN': '缺少工作表「{sheet}」，请使用平台提供的模板',
    en: 'The sheet “{sheet}” is missing; use the platform’s template',
  },
  'catalog.sheet.column_missing': {
    'zh-CN': '工作表第 1 行缺少列「{header}」',
    en: 'Row 1 of the sheet lacks the column “{header}”',
  },
  'catalog.sheet.column_duplicate': {
    'zh-CN': '列「{header}」出现了不止一次',
    en: 'The column “{header}” appears more than once',
  },
  'catalog.sheet.no_rows': {
    'zh-CN': '「事项实施清单」中没有任何数据行',
    en: 'The sheet “事项实施清单” has no data rows',
  },
  'catalog.sheet.cell_required': { 'zh-CN': '此项必填', en: 'This cell is required' },
  'catalog.sheet.cell_too_long': {
    'zh-CN': '内容过长（最多 {max} 字）',
    en: 'This is too long (at most {max} characters)',
  },
  'catalog.sheet.not_a_number': {
    'zh-CN': '「{value}」不是数字，请填写阿拉伯数字',
    en: '“{value}” is not a number; enter digits',
  },
  'catalog.sheet.number_out_of_range': {
    'zh-CN': '请填写 {min} 至 {max} 之间的整数',
    en: 'Enter a whole number from {min} to {max}',
  },
  'catalog.sheet.value_unknown': {
    'zh-CN': '「{value}」不是可选值，可填：{allowed}',
    en: '“{value}” is not one of the allowed values: {allowed}',
  },
  'catalog.sheet.city_unknown': {
    'zh-CN': '「{value}」不是都市圈内的城市，可填：{allowed}',
    en: '“{value}” is not a city of the metro area: {allowed}',
  },
  'catalog.sheet.department_unknown': {
    'zh-CN': '{city}没有名为「{value}」的职能部门，请按机构名录填写全称',
    en: '{city} has no department called “{value}”; use the full name from the directory',
  },
  'catalog.sheet.row_duplicate': {
    'zh-CN': '事项 {code} 在{city}的实施清单已在第 {firstRow} 行填写，一个事项每个城市只能有一行',
    en: 'Item {code} already has a row for {city} (row {firstRow}); one row per item and city',
  },
  'catalog.sheet.item_rows_disagree': {
    'zh-CN': '与第 {firstRow} 行同一事项的「{header}」不一致；事项本身的各列在各城市行上须相同',
    en: 'Differs from “{header}” of the same item on row {firstRow}; item columns must agree on every city row',
  },
  'catalog.sheet.city_needed': {
    'zh-CN': '填写了实施主体、时限等实施信息时须填写城市',
    en: 'A row with implementation details needs a city',
  },
  'catalog.sheet.implementation_row_missing': {
    'zh-CN': '「事项实施清单」中没有事项 {code} 在{city}的行',
    en: 'The sheet “事项实施清单” has no row for item {code} in {city}',
  },
  'catalog.sheet.draft_pending': {
    'zh-CN': '事项 {code} 在{city}有尚未发布的草稿；请先发布或放弃该草稿，再导入',
    en: 'Item {code} has an unpublished draft in {city}; publish or discard it before importing',
  },
  'catalog.sheet.city_out_of_scope': {
    'zh-CN': '您只能导入本市（{city}）的实施清单',
    en: 'You may import only your own city’s ({city}) implementations',
  },
  'catalog.sheet.item_new_kept_by_office': {
    'zh-CN': '事项 {code} 尚未登记；新增事项由同城化办公室维护，请联系同城办',
    en: 'Item {code} does not exist; new items are kept by the coordination office',
  },
  'catalog.sheet.item_changed_kept_by_office': {
    'zh-CN': '「{header}」与平台现有事项不一致；事项定义由同城化办公室维护，城市只能修改本市实施信息',
    en: '“{header}” differs from the existing item; items are kept by the coordination office',
  },
  'catalog.sheet.code_invalid': {
    'zh-CN': '事项编码只能由字母、数字和连字符组成，最多 40 位',
    en: 'An item code uses letters, digits and hyphens, at most 40',
  },
  'catalog.sheet.code_not_text': {
    'zh-CN': '事项编码被存成了数字，开头的 0 会丢失；请将该列设为文本格式后重新填写',
    en: 'The item code was stored as a number, which drops leading zeros; format the column as text and re-enter it',
  },
  'catalog.sheet.faq_invalid': {
    'zh-CN': '第 {line} 行问答格式不对，请写作「问：……｜答：……」',
    en: 'Line {line} is not in the form “问：…｜答：…”',
  },
  'catalog.sheet.option_invalid': {
    'zh-CN': '第 {line} 个选项格式不对，请写作「值｜中文｜English」',
    en: 'Option {line} is not in the form “value｜中文｜English”',
  },
  'catalog.sheet.option_too_long': {
    'zh-CN': '第 {line} 个选项过长（值最多 40 字，中文最多 60 字，英文最多 100 字）',
    en: 'Option {line} is too long (value 40, Chinese 60, English 100 characters at most)',
  },
  'catalog.sheet.too_many': {
    'zh-CN': '超过上限（最多 {max} 项）',
    en: 'Too many (at most {max})',
  },
  'catalog.sheet.department_ambiguous': {
    'zh-CN': '{city}有不止一个名为「{value}」的机构，请联系同城办核对机构名录',
    en: '{city} has more than one organisation called “{value}”; ask the coordination office',
  },
});
