import { currentLanguage, i18n } from '../../i18n/index.js';
import { ApiError, type FieldProblem } from './api-error.js';
import { getCsrfToken } from './csrf-token.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

interface ProblemBody {
  code?: unknown;
  title?: unknown;
  requestId?: unknown;
  errors?: unknown;
}

function toFieldProblems(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, code, message } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    return [{ field, code: typeof code === 'string' ? code : '', message }];
  });
}

async function errorFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as ProblemBody;
      if (typeof problem.title === 'string') {
        return new ApiError(
          response.status,
          typeof problem.code === 'string' ? problem.code : `http.${response.status}`,
          problem.title,
          toFieldProblems(problem.errors),
          typeof problem.requestId === 'string' ? problem.requestId : undefined,
        );
      }
    } catch {
      // Not the JSON it claimed to be: fall through to the generic wording.
    }
  }
  return new ApiError(response.status, `http.${response.status}`, i18n.t('errors.unexpected'));
}

/**
 * Calls the Tongcheng API: JSON in and out, the UI language as Accept-Language, the session's
 * CSRF token on state-changing methods, and problem+json turned into an ApiError.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = getCsrfToken();
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
