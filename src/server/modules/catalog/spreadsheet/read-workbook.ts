/**
 * Turns uploaded bytes into the rows of the three catalogue sheets, refusing anything that is
 * not a reasonable .xlsx before a parser touches it: too big, not a zip, a zip bomb, or a zip
 * that is not a workbook. Cells are read as they are; their meaning is validate-rows.ts's job.
 */
import ExcelJS from 'exceljs';
import type { SheetProblem } from './sheet-problems.js';
import {
  columnLetter,
  fieldSheet,
  itemSheet,
  materialSheet,
  normaliseHeader,
  type SheetSpec,
} from './workbook-layout.js';
import { inspectZip } from './zip-inspection.js';

export const workbookLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxEntries: 200,
  maxUncompressedBytes: 50 * 1024 * 1024,
};

/** A cell as the workbook holds it, with rich text, formulas and links reduced to their value. */
export type CellValue = string | number | boolean | null;

export interface SheetRow<Key extends string> {
  /** 1-based, as Excel shows it. */
  row: number;
  cells: Partial<Record<Key, CellValue>>;
}

export interface ReadSheet<Key extends string> {
  spec: SheetSpec<Key>;
  /** Where each column was found, by key. */
  letters: Record<Key, string>;
  rows: SheetRow<Key>[];
}

type KeyOf<S> = S extends SheetSpec<infer Key> ? Key : never;

export interface CatalogWorkbookRows {
  items: ReadSheet<KeyOf<typeof itemSheet>>;
  materials: ReadSheet<KeyOf<typeof materialSheet>>;
  fields: ReadSheet<KeyOf<typeof fieldSheet>>;
}

export type ReadResult = { ok: true; rows: CatalogWorkbookRows } | { ok: false; problems: SheetProblem[] };

const MB = 1024 * 1024;

function fileProblem(code: string, params?: Record<string, string | number>): ReadResult {
  return { ok: false, problems: [{ code, ...(params ? { params } : {}) }] };
}

/** Checks the bytes, then parses the workbook and finds every sheet and column of the layout. */
export async function readCatalogWorkbook(buffer: Buffer): Promise<ReadResult> {
  if (buffer.length > workbookLimits.maxFileBytes) {
    return fileProblem('catalog.sheet.file_too_large', { limitMb: workbookLimits.maxFileBytes / MB });
  }
  const zip = inspectZip(buffer, workbookLimits);
  if (!zip.ok) {
    switch (zip.reason) {
      case 'not_zip':
        return fileProblem('catalog.sheet.not_xlsx');
      case 'too_many_entries':
        return fileProblem('catalog.sheet.zip_too_many_entries', {
          count: zip.entries ?? 0,
          limit: workbookLimits.maxEntries,
        });
      case 'too_large':
        return fileProblem('catalog.sheet.zip_too_large', {
          limitMb: workbookLimits.maxUncompressedBytes / MB,
        });
      default:
        return fileProblem('catalog.sheet.zip_corrupt');
    }
  }
  // Any zip (a .docx, a .zip of photos) passes the checks above; a workbook has these two parts.
  const names = new Set(zip.entryNames.map((n) => n.replace(/^\//, '')));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return fileProblem('catalog.sheet.not_xlsx');
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; Node's Buffer is what it reads at run time.
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    return fileProblem('catalog.sheet.not_xlsx');
  }

  const problems: SheetProblem[] = [];
  const read = <Key extends string>(spec: SheetSpec<Key>) => {
    const worksheet =
      workbook.getWorksheet(spec.name) ?? workbook.worksheets.find((w) => w.name.trim() === spec.name);
    if (!worksheet) {
      problems.push({ code: 'catalog.sheet.sheet_missing', params: { sheet: spec.name }, sheet: spec.name });
      return undefined;
    }
    return readSheet(worksheet, spec, problems);
  };
  const [items, materials, fields] = [read(itemSheet), read(materialSheet), read(fieldSheet)];
  if (!items || !materials || !fields || problems.length) return { ok: false, problems };
  return { ok: true, rows: { items, materials, fields } };
}

function readSheet<Key extends string>(
  worksheet: ExcelJS.Worksheet,
  spec: SheetSpec<Key>,
  problems: SheetProblem[],
): ReadSheet<Key> | undefined {
  const found = new Map<string, number>();
  const known = new Set(spec.columns.map((c) => normaliseHeader(c.header)));
  const header = worksheet.getRow(1);
  header.eachCell({ includeEmpty: false }, (cell, column) => {
    const text = normaliseHeader(String(cellValue(cell.value) ?? ''));
    if (!text) return;
    // Columns an office added for itself may repeat; ours must be unambiguous.
    if (found.has(text) && known.has(text)) {
      problems.push({
        code: 'catalog.sheet.column_duplicate',
        params: { header: text },
        sheet: spec.name,
        row: 1,
        column: { header: text, letter: columnLetter(column) },
      });
    }
    found.set(text, column);
  });
  const columns = new Map<Key, number>();
  for (const column of spec.columns) {
    const at = found.get(normaliseHeader(column.header));
    if (at === undefined) {
      problems.push({
        code: 'catalog.sheet.column_missing',
        params: { header: column.header },
        sheet: spec.name,
        row: 1,
        column: { header: column.header },
      });
    } else {
      columns.set(column.key, at);
    }
  }
  if (columns.size !== spec.columns.length) return undefined;

  const rows: SheetRow<Key>[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Partial<Record<Key, CellValue>> = {};
    let filled = false;
    for (const [key, column] of columns) {
      const value = cellValue(row.getCell(column).value);
      cells[key] = value;
      if (value !== null && value !== '') filled = true;
    }
    // A row with only formatting, or only columns the office added for itself, is not data.
    if (filled) rows.push({ row: rowNumber, cells });
  });
  const letters = Object.fromEntries([...columns].map(([key, column]) => [key, columnLetter(column)]));
  return { spec, letters: letters as Record<Key, string>, rows };
}

/** Rich text, formulas (their last result), hyperlinks and dates reduced to a plain value. */
export function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
