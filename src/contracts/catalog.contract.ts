import { z } from 'zod';

export const materialSchema = z.object({
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  form: z.enum(['original', 'copy', 'electronic']),
  copies: z.number().int(),
  note: z.string().optional(),
});

export const formFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  type: z.enum(['text', 'textarea', 'select', 'date', 'number', 'city']),
  required: z.boolean(),
  maxLength: z.number().int().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string(), labelEn: z.string() })).optional(),
  help: z.string().optional(),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const implementationViewSchema = z.object({
  id: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  version: z.number().int(),
  statutoryDays: z.number().int(),
  promisedDays: z.number().int(),
  feeYuan: z.string(),
  materials: z.array(materialSchema),
  form: z.array(formFieldSchema),
  delivery: z.array(z.string()),
  offSiteCityCodes: z.array(z.string()),
});
export type ImplementationView = z.infer<typeof implementationViewSchema>;

export const itemSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: z.string(),
  subject: z.enum(['individual', 'legal_person', 'both']),
  modes: z.array(z.string()),
  summary: z.string(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

export const itemViewSchema = itemSummarySchema.extend({
  legalBasis: z.string(),
  resultType: z.string(),
  guide: z.object({
    conditions: z.array(z.string()),
    steps: z.array(z.string()),
    faq: z.array(z.object({ q: z.string(), a: z.string() })),
    consultation: z.string(),
    complaint: z.string(),
  }),
  implementations: z.array(implementationViewSchema),
});
export type ItemView = z.infer<typeof itemViewSchema>;
