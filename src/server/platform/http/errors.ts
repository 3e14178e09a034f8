import { registerMessages, type LocalizedText } from './i18n.js';

export interface FieldError {
  /** Dotted path of the field in the request part, e.g. "form.mobile". */
  field: string;
  code: string;
  message: string;
}

/** An error meant for the caller: a stable code, an HTTP status and a localised title. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: { field: string; code: string }[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export interface ErrorDefinition {
  code: string;
  status: number;
  message: LocalizedText;
}

/**
 * Declares one error of a module. The message may use {placeholders}; the returned function
 * builds the error with their values.
 */
export function createErrorFactory(definition: ErrorDefinition) {
  registerMessages({ [definition.code]: definition.message });
  const make = (
    options: {
      params?: Record<string, string | number>;
      fieldErrors?: { field: string; code: string }[];
      headers?: Record<string, string>;
    } = {},
  ) => new AppError(definition.code, definition.status, options.params, options.fieldErrors, options.headers);
  return Object.assign(make, { code: definition.code });
}

/** Declares the messages a module uses for field-level validation (refine messages are keys). */
export const registerFieldMessages = registerMessages;
