import { z } from 'zod';

export const materialSchema = z.object({
  key: z.string(),
  name: z.string(),
  requirement: z.enum(['required', 'conditional', 'optional']),
  condition: z.string().optional(),
  form: z.enum(['original', 'copy', 'original_and_copy', 'electronic']),
  copies: z.number().int(),
  replaceableBy: z.string().optional(),
  note: z.string().optional(),
});
export type Material = z.infer<typeof materialSchema>;

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
  status: z.enum(['draft', 'published', 'superseded', 'withdrawn']),
  statutoryDays: z.number().int(),
  promisedDays: z.number().int(),
  feeYuan: z.string(),
  instant: z.boolean(),
  materials: z.array(materialSchema),
  form: z.array(formFieldSchema),
  delivery: z.array(z.string()),
  offSiteCityCodes: z.array(z.string()),
  publishedAt: z.iso.datetime().nullable(),
});
export type ImplementationView = z.infer<typeof implementationViewSchema>;

export const itemSubjectSchema = z.enum(['individual', 'legal_person', 'both']);
export const itemTypeSchema = z.enum([
  'administrative_license',
  'administrative_confirmation',
  'administrative_payment',
  'administrative_filing',
  'public_service',
  'other',
]);
export const handlingModeSchema = z.enum(['fully_online', 'off_site_window', 'multi_site', 'instant']);

export const itemSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: itemTypeSchema,
  subject: itemSubjectSchema,
  modes: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  summary: z.string(),
  summaryEn: z.string(),
  /** Cities with a published implementation. */
  cityCodes: z.array(z.string()),
  /** Cities that decide it at once (即办). */
  instantCityCodes: z.array(z.string()),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

export const itemGuideSchema = z.object({
  conditions: z.array(z.string()),
  steps: z.array(z.string()),
  faq: z.array(z.object({ q: z.string(), a: z.string() })),
  consultation: z.string(),
  complaint: z.string(),
});

export const itemViewSchema = itemSummarySchema.extend({
  legalBasis: z.string(),
  resultType: z.string(),
  keywords: z.array(z.string()),
  guide: itemGuideSchema,
  implementations: z.array(implementationViewSchema),
});
export type ItemView = z.infer<typeof itemViewSchema>;

export const itemListQuerySchema = z.strictObject({
  keyword: z.string().trim().max(50).optional(),
  cityCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  subject: itemSubjectSchema.optional(),
  mode: handlingModeSchema.optional(),
  type: itemTypeSchema.optional(),
  lifeEvent: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type ItemListQuery = z.output<typeof itemListQuerySchema>;

export const itemListSchema = z.object({
  items: z.array(itemSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export type ItemList = z.infer<typeof itemListSchema>;

export const comparisonDimensionSchema = z.enum([
  'materials',
  'form',
  'promisedDays',
  'statutoryDays',
  'fee',
  'instant',
  'delivery',
  'offSite',
]);

const comparisonRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  byCity: z.record(z.string(), z.string()),
  uniform: z.boolean(),
});

/** The four implementations side by side, every difference marked, with the conformance score. */
export const itemComparisonSchema = z.object({
  item: itemSummarySchema,
  cities: z.array(z.object({ code: z.string(), name: z.string() })),
  missingCities: z.array(z.string()),
  dimensions: z.array(
    z.object({
      dimension: comparisonDimensionSchema,
      uniform: z.boolean(),
      values: z.record(z.string(), z.string()),
      majorityCities: z.array(z.string()),
    }),
  ),
  materials: z.array(comparisonRowSchema),
  formFields: z.array(comparisonRowSchema),
  implementations: z.array(implementationViewSchema),
  score: z.number().int(),
  cityScores: z.record(z.string(), z.number().int()),
  rule: z.string(),
});
export type ItemComparison = z.infer<typeof itemComparisonSchema>;

export const conformanceListSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      score: z.number().int(),
      cityScores: z.record(z.string(), z.number().int()),
      differingDimensions: z.array(comparisonDimensionSchema),
    }),
  ),
  cityAverages: z.record(z.string(), z.number().int()),
  rule: z.string(),
});
export type ConformanceList = z.infer<typeof conformanceListSchema>;

/** What a city administrator edits: the content of a draft version. */
export const implementationDraftSchema = z.strictObject({
  orgId: z.uuid(),
  statutoryDays: z.number().int().min(0).max(365),
  promisedDays: z.number().int().min(0).max(365),
  feeYuan: z.string().regex(/^\d{1,8}(\.\d{1,2})?$/, { message: 'catalog.fee_invalid' }),
  instant: z.boolean(),
  materials: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, { message: 'catalog.key_invalid' }),
        name: z.string().trim().min(1).max(100),
        requirement: z.enum(['required', 'conditional', 'optional']),
        condition: z.string().trim().max(200).optional(),
        form: z.enum(['original', 'copy', 'original_and_copy', 'electronic']),
        copies: z.number().int().min(0).max(20),
        replaceableBy: z.string().max(60).optional(),
        note: z.string().max(200).optional(),
      }),
    )
    .max(50),
  form: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { message: 'catalog.key_invalid' }),
        label: z.string().trim().min(1).max(60),
        labelEn: z.string().trim().min(1).max(100),
        type: z.enum(['text', 'textarea', 'select', 'date', 'number', 'city']),
        required: z.boolean(),
        maxLength: z.number().int().min(1).max(2000).optional(),
        options: z
          .array(
            z.strictObject({
              value: z.string().min(1).max(40),
              label: z.string().min(1).max(60),
              labelEn: z.string().min(1).max(100),
            }),
          )
          .max(50)
          .optional(),
        help: z.string().max(200).optional(),
      }),
    )
    .max(40),
  delivery: z
    .array(z.enum(['online', 'post', 'window']))
    .min(1)
    .max(3),
  offSiteCityCodes: z.array(z.string().regex(/^\d{6}$/)).max(10),
});
export type ImplementationDraft = z.input<typeof implementationDraftSchema>;
