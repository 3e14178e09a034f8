/** One field-level problem as the API reports it (RFC 9457 `errors` member). */
export interface FieldProblem {
  /** Dotted path, possibly prefixed with the request part: "body.idNumber", "form.mobile". */
  field: string;
  code: string;
  message: string;
}

/** An API answer that was not a success, carrying the server's already-translated wording. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly fieldProblems: FieldProblem[] = [],
    readonly requestId?: string,
  ) {
    super(title);
    this.name = 'ApiError';
  }
}

/** True for an ApiError with this HTTP status. */
export function isApiStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}
