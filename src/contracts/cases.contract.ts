import { z } from 'zod';

export const caseStatusSchema = z.enum([
  'submitted',
  'accepted',
  'not_accepted',
  'granted',
  'refused',
  'withdrawn',
]);
export type CaseStatusName = z.infer<typeof caseStatusSchema>;

export const applicationSchema = z.strictObject({
  itemCode: z.string().min(1).max(40),
  /** The city whose competent department decides (GB/T 2260 code, e.g. 510100). */
  cityCode: z.string().regex(/^\d{6}$/, { message: 'cases.city_code_invalid' }),
  form: z.record(z.string().max(64), z.union([z.string().max(2000), z.number()])),
});
export type Application = z.input<typeof applicationSchema>;

export const caseActionSchema = z.enum(['accept', 'not_accept', 'grant', 'refuse']);
export type CaseAction = z.infer<typeof caseActionSchema>;

export const caseActionRequestSchema = z
  .strictObject({
    action: caseActionSchema,
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((r) => !(r.action === 'not_accept' || r.action === 'refuse') || (r.reason ?? '').length >= 4, {
    message: 'cases.reason_required',
    path: ['reason'],
  });
export type CaseActionRequest = z.input<typeof caseActionRequestSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  receivingCityCode: z.string(),
  decidingOrgName: z.string(),
  channel: z.enum(['online', 'window']),
  status: caseStatusSchema,
  /** Masked unless the viewer is the applicant. */
  applicantName: z.string(),
  promisedDays: z.number().int(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseEventViewSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorRole: z.string(),
  actorCityCode: z.string().nullable(),
  channel: z.string(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  queryCode: z.string(),
  implementationVersion: z.number().int(),
  applicantKind: z.enum(['citizen', 'enterprise']),
  applicantIdNumber: z.string().nullable(),
  applicantCreditCode: z.string().nullable(),
  applicantMobile: z.string().nullable(),
  form: z.record(z.string(), z.union([z.string(), z.number()])),
  decisionReason: z.string().nullable(),
  events: z.array(caseEventViewSchema),
  allowedActions: z.array(caseActionSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListSchema = z.object({
  items: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});
export type CaseList = z.infer<typeof caseListSchema>;
