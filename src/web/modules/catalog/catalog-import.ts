import { currentLanguage, i18n } from '../../i18n/index.js';
import { getCsrfToken } from '../../shared/api/csrf-token.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EXPORT_PATH = '/api/v1/catalog/export.xlsx';
export const TEMPLATE_PATH = '/api/v1/catalog/template.xlsx';
const IMPORT_PATH = '/api/v1/catalog/import';

/** A problem of the workbook, located where a clerk finds it in Excel. */
export interface SheetProblem {
  /** As the server names it: 事项实施清单!C5, 事项实施清单!5:5, a sheet, or "file". */
  field: string;
  code: string;
  message: string;
  sheet: string | null;
  /** C5, or null when the problem is with a whole row, sheet or the file. */
  cell: string | null;
  row: number | null;
  /** The column's header, e.g. 承诺时限（工作日）. */
  column: string | null;
}

export type ImportOutcome =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; status: number; title: string; problems: SheetProblem[] };

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** Reads sheet and cell from the problem's own members, or else from `field` (Sheet!A1). */
function toSheetProblem(entry: Record<string, unknown>): SheetProblem {
  const field = str(entry.field) ?? '';
  const [, fieldSheet, fieldRef] = /^(.+)!([A-Z]*\d+(?::\d+)?)$/.exec(field) ?? [];
  const cell = str(entry.cell) ?? (fieldRef && /^[A-Z]+\d+$/.test(fieldRef) ? fieldRef : null);
  const rowFromRef = fieldRef ? Number(/\d+/.exec(fieldRef)?.[0]) : NaN;
  return {
    field,
    code: str(entry.code) ?? '',
    message: str(entry.message) ?? field,
    sheet:
      str(entry.sheet) ?? fieldSheet ?? (field && field !== 'file' && !field.includes('!') ? field : null),
    cell,
    row: typeof entry.row === 'number' ? entry.row : Number.isFinite(rowFromRef) ? rowFromRef : null,
    column: str(entry.column),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Turns the server's answer into an outcome; unexpected shapes still give a readable message. */
function toOutcome(status: number, body: unknown): ImportOutcome {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (status >= 200 && status < 300) {
    const counts = Object.fromEntries(
      Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
    return { ok: true, counts };
  }
  const problems = Array.isArray(record.errors)
    ? record.errors
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map(toSheetProblem)
    : [];
  return { ok: false, status, title: str(record.title) ?? i18n.t('errors.unexpected'), problems };
}

/**
 * Uploads a workbook as the raw request body. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; `onProgress` receives the share sent (0–1), or null when the browser
 * cannot tell the size.
 */
export function uploadCatalogWorkbook(
  file: File,
  onProgress: (sent: number | null) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', IMPORT_PATH);
    xhr.setRequestHeader('Content-Type', XLSX_TYPE);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const csrfToken = getCsrfToken();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve(toOutcome(xhr.status, parseJson(xhr.responseText)));
    xhr.onerror = () => reject(new Error(i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
