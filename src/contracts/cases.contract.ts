import { z } from 'zod';
import { workingDayComputationSchema } from './calendar.contract.js';
import { idNumberSchema, mobileSchema, personNameSchema } from './identity.contract.js';

export const caseStatusSchema = z.enum([
  'submitted',
  'supplement_requested',
  'accepted',
  'not_accepted',
  'under_review',
  'granted',
  'refused',
  'delivered',
  'closed',
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

/**
 * 异地代收代办: a window clerk files for the person in front of them. The person is named by
 * 身份证号, real name and mobile; consent and the clerk's checks must be literally true, so that
 * a filing can never claim them by omission.
 */
export const windowApplicationSchema = z.strictObject({
  itemCode: z.string().min(1).max(40),
  /** The deciding city (GB/T 2260), whose competent department decides. */
  cityCode: z.string().regex(/^\d{6}$/, { message: 'cases.city_code_invalid' }),
  applicant: z.strictObject({ idNumber: idNumberSchema, realName: personNameSchema, mobile: mobileSchema }),
  form: z.record(z.string().max(64), z.union([z.string().max(2000), z.number()])),
  consent: z.literal(true, { message: 'cases.consent_required' }),
  precheck: z.strictObject({
    identityVerified: z.literal(true, { message: 'cases.identity_check_required' }),
    materialsChecked: z.literal(true, { message: 'cases.materials_check_required' }),
    note: z.string().trim().max(500).optional(),
  }),
});
export type WindowApplication = z.input<typeof windowApplicationSchema>;

export const caseActionSchema = z.enum([
  'accept',
  'not_accept',
  'request_supplement',
  'supplement',
  'begin_review',
  'grant',
  'refuse',
  'deliver',
  'close',
  'withdraw',
]);
export type CaseAction = z.infer<typeof caseActionSchema>;

/**
 * Actions of the receiving window (异地代收代办): hand_over gives the result to the applicant at
 * the window that received the application. Kept apart from caseActionSchema, whose every member
 * the web labels, until the web offers it; the server accepts both through anyCaseActionSchema.
 */
export const windowCaseActionSchema = z.enum(['hand_over']);
export type WindowCaseAction = z.infer<typeof windowCaseActionSchema>;
export const anyCaseActionSchema = z.enum([...caseActionSchema.options, ...windowCaseActionSchema.options]);
export type AnyCaseAction = z.infer<typeof anyCaseActionSchema>;

/** One thing missing, as listed in the 一次性告知 notice. */
export const supplementItemSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** What exactly is wrong or needed, e.g. 复印件不清晰，请上传原件扫描件. */
  requirement: z.string().trim().min(1).max(500),
});

export const deliveryMethodSchema = z.enum(['online', 'post', 'window']);

/**
 * One request shape for every action, so each field error is located; what an action needs is
 * checked below: a reason for every refusal, the complete list of what is missing for 补正, a
 * tracking number for delivery by post.
 */
export const caseActionRequestSchema = z
  .strictObject({
    action: anyCaseActionSchema,
    reason: z.string().trim().max(2000).optional(),
    items: z.array(supplementItemSchema).max(30).optional(),
    method: deliveryMethodSchema.optional(),
    trackingNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, { message: 'cases.tracking_number_invalid' })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.action === 'not_accept' || r.action === 'refuse') && (r.reason ?? '').length < 4) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'cases.reason_required' });
    }
    if (r.action === 'request_supplement' && !r.items?.length) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'cases.supplement_items_required' });
    }
    if (r.action === 'deliver' && !r.method) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'cases.delivery_method_required' });
    }
    if (r.action === 'deliver' && r.method === 'post' && !r.trackingNumber) {
      ctx.addIssue({ code: 'custom', path: ['trackingNumber'], message: 'cases.tracking_number_required' });
    }
  });
export type CaseActionRequest = z.input<typeof caseActionRequestSchema>;

/** 收件告知单: what the window hands the applicant on paper when it receives an application. */
export const windowReceiptSchema = z.object({
  caseNumber: z.string(),
  queryCode: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  decidingCityCode: z.string(),
  decidingCityName: z.string(),
  decidingOrgName: z.string(),
  receivingCityCode: z.string(),
  receivingCityName: z.string(),
  receivingOrgName: z.string(),
  receivedAt: z.iso.datetime(),
  /** Working days from acceptance by the deciding department. */
  promisedDays: z.number().int(),
  /** How the result may come back: online, by post, or collected at this window. */
  deliveryOptions: z.array(deliveryMethodSchema),
});
export type WindowReceipt = z.infer<typeof windowReceiptSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  receivingCityCode: z.string(),
  /** The service hall that received a window application; absent or null when filed online. */
  receivingOrgName: z.string().nullable().optional(),
  decidingOrgName: z.string(),
  channel: z.enum(['online', 'window']),
  status: caseStatusSchema,
  /** Masked unless the viewer is the applicant. */
  applicantName: z.string(),
  promisedDays: z.number().int(),
  /** The promised deadline (Asia/Shanghai date) once accepted; null before acceptance. */
  dueDate: z.string().nullable(),
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
  /** The supplement list of a 补正 notice, or how the result was delivered. */
  details: z
    .object({
      items: z.array(supplementItemSchema).optional(),
      method: deliveryMethodSchema.optional(),
      trackingNumber: z.string().optional(),
      /** The hall and clerk of a window intake or hand-over. */
      hallName: z.string().optional(),
      clerkName: z.string().optional(),
      precheck: z.object({ identityVerified: z.boolean(), materialsChecked: z.boolean() }).optional(),
    })
    .nullable(),
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
  /** What the receiving window may do now (hand_over); absent for everyone else. */
  windowActions: z.array(windowCaseActionSchema).optional(),
  /** What the applicant is asked to supply now (一次性告知), while a supplement is awaited. */
  pendingSupplement: z
    .object({
      items: z.array(supplementItemSchema),
      requestedAt: z.iso.datetime(),
      note: z.string().nullable(),
    })
    .nullable(),
  delivery: z.object({ method: deliveryMethodSchema, trackingNumber: z.string().nullable() }).nullable(),
  /** How the due date was reached: start, weekends and holidays skipped, 补正 pauses. */
  deadline: workingDayComputationSchema.nullable(),
  /** The clock stands still while a supplement is awaited. */
  clockPaused: z.boolean(),
  /** The 收件告知单, present only in the answer to a window filing. */
  receipt: z.lazy(() => windowReceiptSchema).optional(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListSchema = z.object({
  items: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});
export type CaseList = z.infer<typeof caseListSchema>;
