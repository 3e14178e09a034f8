import { z } from 'zod';
import type { FormFieldDefinition } from './catalog.tables.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fieldSchema(field: FormFieldDefinition): z.ZodType {
  switch (field.type) {
    case 'number':
      return z.coerce.number({ message: 'catalog.field_number_invalid' }).finite();
    case 'date':
      return z
        .string()
        .regex(DATE, { message: 'catalog.field_date_invalid' })
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'catalog.field_date_invalid' });
    case 'select':
      return z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], {
        message: 'catalog.field_option_invalid',
      });
    case 'city':
      return z.string().regex(/^\d{6}$/, { message: 'catalog.field_option_invalid' });
    default:
      return z
        .string({ message: 'catalog.field_required' })
        .trim()
        .max(field.maxLength ?? (field.type === 'textarea' ? 2000 : 200), {
          message: 'catalog.field_too_long',
        });
  }
}

/**
 * The server-side validator of an application form, built from the same field definitions the
 * web renders, so both accept exactly the same input.
 */
export function buildFormSchema(fields: FormFieldDefinition[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    shape[field.key] = field.required
      ? z.preprocess((v) => (v === '' ? undefined : v), schema)
      : z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
  }
  return z.strictObject(shape);
}
