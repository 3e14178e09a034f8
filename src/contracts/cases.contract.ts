import { z } from 'zod';
import { workingDayComputationSchema } from './calendar.contract.js';
import { idNumberSchema, mobileSchema, personNameSchema } from './identity.contract.js';
import { uploadMediaTypeSchema } from './uploads.contract.js';

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

/**
 * The code of a material: the implementation's material key (e.g. id_card), or in a 补正
 * answer item-<n> for the nth item of the list (from 1).
 */
export const materialCodeSchema = z
  .string()
  .regex(/^(?:[a-z][a-zA-Z0-9_]{0,39}|item-\d{1,2})$/, { message: 'cases.material_code_invalid' });

/**
 * One material supplied: an uploaded file (uploadId, from POST /api/v1/uploads) or, for a
 * material that an electronic certificate may replace, the certificate's reference.
 */
export const materialInputSchema = z
  .strictObject({
    code: materialCodeSchema,
    uploadId: z.uuid().optional(),
    certificateRef: z.string().trim().min(1).max(200).optional(),
  })
  .refine((m) => (m.uploadId === undefined) !== (m.certificateRef === undefined), {
    message: 'cases.material_source_required',
    path: ['uploadId'],
  });
export type MaterialInput = z.input<typeof materialInputSchema>;

/** A material may take several files (both sides of a card); the same upload only once. */
export const materialsInputSchema = z
  .array(materialInputSchema)
  .max(50)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((m, i) => {
      if (!m.uploadId) return;
      if (seen.has(m.uploadId))
        ctx.addIssue({ code: 'custom', path: [i, 'uploadId'], message: 'cases.material_upload_repeated' });
      seen.add(m.uploadId);
    });
  });

export const applicationSchema = z.strictObject({
  itemCode: z.string().min(1).max(40),
  /** The city whose competent department decides (GB/T 2260 code, e.g. 510100). */
  cityCode: z.string().regex(/^\d{6}$/, { message: 'cases.city_code_invalid' }),
  form: z.record(z.string().max(64), z.union([z.string().max(2000), z.number()])),
  /** Every required material of the implementation must be among them. */
  materials: materialsInputSchema.default([]),
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
  /** What the clerk scanned at the window, uploaded under the clerk's account. */
  materials: materialsInputSchema.default([]),
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

/**
 * Actions of the deciding officer with a request of their own: transfer (转办) a misrouted case to
 * the competent department, through POST /api/v1/cases/{id}/transfer.
 */
export const officerCaseActionSchema = z.enum(['transfer']);
export type OfficerCaseAction = z.infer<typeof officerCaseActionSchema>;
/** Every transition of the lifecycle. */
export type LifecycleAction = AnyCaseAction | OfficerCaseAction;

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
    /** The files (or certificates) a 补正 is answered with. */
    materials: materialsInputSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.materials && r.action !== 'supplement') {
      ctx.addIssue({ code: 'custom', path: ['materials'], message: 'cases.materials_only_for_supplement' });
    }
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

/**
 * The deadline light of a case: red once the due date has passed, yellow from N working days
 * before it, green before that; none while the clock does not run (before acceptance, during 补正,
 * after the decision).
 */
export const caseLightSchema = z.enum(['green', 'yellow', 'red', 'none']);
export type CaseLight = z.infer<typeof caseLightSchema>;

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
  light: caseLightSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseTransferDetailsSchema = z.object({
  fromOrgId: z.string(),
  fromOrgName: z.string(),
  fromCityCode: z.string(),
  toOrgId: z.string(),
  toOrgName: z.string(),
  toCityCode: z.string(),
});

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
      /** Where a misrouted case was transferred from and to. */
      transfer: caseTransferDetailsSchema.optional(),
    })
    .nullable(),
  createdAt: z.iso.datetime(),
});

/** One material on file for a case, as the applicant and the staff who may read the case see it. */
export const caseMaterialViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  /** The material's name as listed when supplied (申请人居民身份证, or the 补正 item). */
  name: z.string(),
  source: z.enum(['upload', 'certificate']),
  displayName: z.string().nullable(),
  size: z.number().int().nullable(),
  mediaType: uploadMediaTypeSchema.nullable(),
  /** The kind of electronic certificate that stands in for the material. */
  certificateType: z.string().nullable(),
  /** The event that supplied it: 1 for the application, later for a 补正. */
  eventSeq: z.number().int(),
  suppliedAt: z.iso.datetime(),
});
export type CaseMaterialView = z.infer<typeof caseMaterialViewSchema>;

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
  /** What the deciding officer may do besides allowedActions (transfer); absent for everyone else. */
  officerActions: z.array(officerCaseActionSchema).optional(),
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
  /** What was supplied, oldest first; absent only in answers stored before materials were kept. */
  materials: z.array(caseMaterialViewSchema).optional(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListSchema = z.object({
  items: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});
export type CaseList = z.infer<typeof caseListSchema>;

/** Filters of the staff worklists; each maps to an index-friendly predicate. */
export const worklistQuerySchema = z.strictObject({
  status: caseStatusSchema.optional(),
  itemCode: z.string().trim().min(1).max(40).optional(),
  /** Where the application was received (GB/T 2260). */
  receivingCityCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'cases.city_code_invalid' })
    .optional(),
  /** Whose department decides (GB/T 2260). */
  cityCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'cases.city_code_invalid' })
    .optional(),
  light: caseLightSchema.optional(),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;

/**
 * How many cases each status and light holds under the list's other filters: by status ignoring
 * the status and light filters, by light ignoring the light filter. Sent with the first page only.
 */
export const worklistCountsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(caseStatusSchema, z.number().int()),
  byLight: z.record(caseLightSchema, z.number().int()),
});
export type WorklistCounts = z.infer<typeof worklistCountsSchema>;

export const worklistSchema = caseListSchema.extend({
  /** Present on the first page; null on the pages after it. */
  counts: worklistCountsSchema.nullable(),
  /** Light-filtered lists run by due date, most urgent first; the others newest first. */
  order: z.enum(['submitted', 'due']),
  /** The last day of yellow: today plus the warning's working days (Asia/Shanghai). */
  yellowUntil: z.string(),
});
export type Worklist = z.infer<typeof worklistSchema>;

/** 转办: to the competent department of the same item, with the reason the case was misrouted. */
export const caseTransferRequestSchema = z.strictObject({
  toOrgId: z.uuid({ message: 'cases.transfer_target_required' }),
  reason: z.string().trim().min(4, { message: 'cases.reason_required' }).max(2000),
});
export type CaseTransferRequest = z.input<typeof caseTransferRequestSchema>;

export const caseTransferTargetSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  /** Working days the department promises for this item. */
  promisedDays: z.number().int(),
});
export type CaseTransferTarget = z.infer<typeof caseTransferTargetSchema>;
export const caseTransferTargetsSchema = z.object({ targets: z.array(caseTransferTargetSchema) });

export const caseTransferResultSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  status: caseStatusSchema,
  toOrgName: z.string(),
  toCityCode: z.string(),
});
export type CaseTransferResult = z.infer<typeof caseTransferResultSchema>;

export const BULK_LIMIT = 50;

/** One action on many cases of the worklist; for now 受理 (accept) only. */
export const bulkCaseActionRequestSchema = z.strictObject({
  action: z.enum(['accept']),
  caseIds: z
    .array(z.uuid())
    .min(1)
    .max(BULK_LIMIT, { message: 'cases.bulk_too_many' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'cases.bulk_duplicate' }),
});
export type BulkCaseActionRequest = z.input<typeof bulkCaseActionRequestSchema>;

/** Each case's own outcome, in the order asked: the new status, or the problem that stopped it. */
export const bulkCaseActionResultSchema = z.object({
  results: z.array(
    z.object({
      caseId: z.string(),
      ok: z.boolean(),
      caseNumber: z.string().nullable(),
      status: caseStatusSchema.nullable(),
      problem: z.object({ status: z.number().int(), code: z.string(), title: z.string() }).nullable(),
    }),
  ),
  done: z.number().int(),
  failed: z.number().int(),
});
export type BulkCaseActionResult = z.infer<typeof bulkCaseActionResultSchema>;
