import { z } from 'zod';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './errors.js';
import { translate, type Locale } from './i18n.js';

/** Raised by the route validator; keeps zod's issues so they can be worded in the caller's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

/** Fastify validator for zod schemas that reports every issue, not only the first. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-CN': z.locales.zhCN,
  en: z.locales.en,
};
const localeErrorMaps = new Map<Locale, z.core.$ZodErrorMap>();
function localeErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = localeErrorMaps.get(locale);
  if (!map) {
    map = zodLocales[locale]().localeError;
    localeErrorMaps.set(locale, map);
  }
  return map;
}

/**
 * Turns zod issues into field errors. A custom message that is a registered key (our refinements
 * use keys such as "identity.id_number_checksum") is translated; any other issue gets zod's own
 * wording in that language. The user's input is never echoed back.
 */
export function toFieldErrors(issues: z.core.$ZodIssue[], locale: Locale, prefix = ''): FieldError[] {
  return issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [base, key].filter(Boolean).join('.'),
        code: 'unrecognized_key',
        message: translate('request.unrecognized_key', locale) ?? issue.message,
      }));
    }
    const custom = translate(issue.message, locale);
    const fromZod = localeErrorMap(locale)(issue as never);
    const zodMessage = typeof fromZod === 'string' ? fromZod : (fromZod?.message ?? issue.message);
    return [{ field: base, code: custom ? issue.message : issue.code, message: custom ?? zodMessage }];
  });
}
