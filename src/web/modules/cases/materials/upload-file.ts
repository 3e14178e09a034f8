import type { UploadView } from '../../../../contracts/uploads.contract.js';
import { currentLanguage, i18n } from '../../../i18n/index.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { getCsrfToken } from '../../../shared/api/csrf-token.js';

/** The largest file the server takes by default (UPLOAD_MAX_FILE_BYTES); shown as a hint only. */
export const DEFAULT_MAX_FILE_MB = 10;
/** What the file picker offers; the server decides by content all the same. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function problemOf(xhr: XMLHttpRequest): ApiError {
  try {
    const problem = JSON.parse(xhr.responseText) as { code?: unknown; title?: unknown; requestId?: unknown };
    if (typeof problem.title === 'string')
      return new ApiError(
        xhr.status,
        typeof problem.code === 'string' ? problem.code : `http.${xhr.status}`,
        problem.title,
        [],
        typeof problem.requestId === 'string' ? problem.requestId : undefined,
      );
  } catch {
    // Not a problem document: fall through to the generic wording.
  }
  return new ApiError(xhr.status, `http.${xhr.status}`, i18n.t('errors.unexpected'));
}

/**
 * Sends one file to POST /api/v1/uploads as multipart form data, reporting progress (which fetch
 * cannot), with the session's CSRF token and the UI language; a refusal becomes an ApiError with
 * the server's wording.
 */
export function uploadFile(
  file: Blob & { name?: string },
  { onProgress, signal }: { onProgress?: (percent: number) => void; signal?: AbortSignal } = {},
): Promise<UploadView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/uploads');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const csrfToken = getCsrfToken();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadView);
        } catch {
          reject(new ApiError(xhr.status, 'http.invalid', i18n.t('errors.unexpected')));
        }
      } else reject(problemOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const body = new FormData();
    body.append('file', file, file.name ?? 'file');
    xhr.send(body);
  });
}
