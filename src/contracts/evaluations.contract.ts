import { z } from 'zod';
import { calendarDateSchema } from './calendar.contract.js';

/**
 * 好差评: five grades, 5 = 非常满意 … 1 = 非常不满意 (国办发〔2019〕51号). A grade of 2 or 1 is a
 * 差评 and opens a rectification task for the department that served.
 */
export const evaluationGradeSchema = z
  .number({ message: 'evaluations.grade_required' })
  .int()
  .min(1, { message: 'evaluations.grade_required' })
  .max(5, { message: 'evaluations.grade_required' });
export const gradeKeys = {
  5: 'very_satisfied',
  4: 'satisfied',
  3: 'basically_satisfied',
  2: 'dissatisfied',
  1: 'very_dissatisfied',
} as const;
export type GradeKey = (typeof gradeKeys)[keyof typeof gradeKeys];
/** Grades at or below this are 差评. */
export const BAD_GRADE_MAX = 2;
export const isBadGrade = (grade: number): boolean => grade <= BAD_GRADE_MAX;

/** The online indicators of the national 好差评 standard, each also graded 1–5. */
export const indicatorKeys = ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'usability'] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

const indicatorScore = z
  .number({ message: 'evaluations.indicator_required' })
  .int()
  .min(1, { message: 'evaluations.indicator_required' })
  .max(5, { message: 'evaluations.indicator_required' });

export const indicatorScoresSchema = z.strictObject({
  overall: indicatorScore,
  efficiency: indicatorScore,
  guideAccuracy: indicatorScore,
  convenience: indicatorScore,
  usability: indicatorScore,
});
export type IndicatorScores = z.infer<typeof indicatorScoresSchema>;

export const COMMENT_MAX = 500;
/** A 差评 must say what went wrong, or the department cannot verify and put it right. */
export const BAD_COMMENT_MIN = 5;
export const windowNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,16}$/, { message: 'evaluations.window_invalid' });

/** A visit to a service hall's window, rated without a case (窗口服务评价). */
export const visitSchema = z.strictObject({
  hallId: z.uuid({ message: 'evaluations.hall_required' }),
  window: windowNumberSchema,
  date: calendarDateSchema,
});

/**
 * One rating: of a closed case (caseId) or of a window visit (visit), never both. Checked here
 * so that each problem is located; what needs the database (the case is the rater's, closed and
 * not yet rated; the hall exists) the service checks.
 */
export const evaluationRequestSchema = z
  .strictObject({
    caseId: z.uuid().optional(),
    visit: visitSchema.optional(),
    grade: evaluationGradeSchema,
    indicators: indicatorScoresSchema,
    comment: z.string().trim().max(COMMENT_MAX).optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.caseId === undefined) === (r.visit === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'evaluations.subject_required' });
    }
    if (isBadGrade(r.grade) && (r.comment ?? '').length < BAD_COMMENT_MIN) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'evaluations.comment_required' });
    }
  });
export type EvaluationRequest = z.input<typeof evaluationRequestSchema>;
export type EvaluationInput = z.output<typeof evaluationRequestSchema>;

export const rectificationStatusSchema = z.enum([
  'open',
  'responded',
  'closed',
  'appealed',
  'appeal_upheld',
  'appeal_rejected',
]);
export type RectificationStatus = z.infer<typeof rectificationStatusSchema>;

export const rectificationActionSchema = z.enum(['respond', 'callback', 'appeal', 'decide_appeal']);
export type RectificationAction = z.infer<typeof rectificationActionSchema>;

/** What the rater is told of the task their 差评 opened: its state and the department's answer. */
export const rectificationForRaterSchema = z.object({
  id: z.string(),
  status: rectificationStatusSchema,
  dueDate: z.string(),
  response: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  calledBackAt: z.iso.datetime().nullable(),
});

export const visitViewSchema = z.object({
  hallId: z.string(),
  hallName: z.string(),
  window: z.string(),
  date: z.string(),
});

export const evaluationViewSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  itemName: z.string().nullable(),
  visit: visitViewSchema.nullable(),
  /** How the service rated was delivered: online, or at a window. */
  channel: z.enum(['online', 'window']),
  cityCode: z.string(),
  cityName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  grade: z.number().int().min(1).max(5),
  indicators: indicatorScoresSchema,
  comment: z.string().nullable(),
  /** In full for the rater and the department that must call back; masked for everyone else. */
  raterName: z.string(),
  raterMobile: z.string().nullable(),
  /** True once the coordination office upheld an appeal: kept, but left out of statistics. */
  excluded: z.boolean(),
  createdAt: z.iso.datetime(),
  rectification: rectificationForRaterSchema.nullable(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

export const evaluationListSchema = z.object({
  items: z.array(evaluationViewSchema),
  nextCursor: z.string().nullable(),
});
export type EvaluationList = z.infer<typeof evaluationListSchema>;

/** The rating of one case as its viewer may see it, and whether the viewer may rate it now. */
export const caseEvaluationStateSchema = z.object({
  rateable: z.boolean(),
  evaluation: evaluationViewSchema.nullable(),
  /** The task the 差评 opened, for staff who may open it. */
  rectificationId: z.string().nullable(),
});
export type CaseEvaluationState = z.infer<typeof caseEvaluationStateSchema>;

export const rectificationSummarySchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  status: rectificationStatusSchema,
  /** 15 working days from the rating (Asia/Shanghai), by the official calendar. */
  dueDate: z.string(),
  /** Still to be put right and past the due date. */
  overdue: z.boolean(),
  orgId: z.string(),
  orgName: z.string(),
  cityCode: z.string(),
  cityName: z.string(),
  grade: z.number().int(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  itemName: z.string().nullable(),
  visit: visitViewSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type RectificationSummary = z.infer<typeof rectificationSummarySchema>;

export const callbackMethodSchema = z.enum(['phone', 'visit']);
export type CallbackMethod = z.infer<typeof callbackMethodSchema>;

export const rectificationDetailSchema = rectificationSummarySchema.extend({
  evaluation: evaluationViewSchema,
  response: z.object({ text: z.string(), byName: z.string(), at: z.iso.datetime() }).nullable(),
  callback: z
    .object({
      calledAt: z.iso.datetime(),
      method: callbackMethodSchema,
      outcome: z.string(),
      raterSatisfied: z.boolean(),
      byName: z.string(),
      recordedAt: z.iso.datetime(),
    })
    .nullable(),
  appeal: z
    .object({
      reason: z.string(),
      byName: z.string(),
      at: z.iso.datetime(),
      decision: z.enum(['upheld', 'rejected']).nullable(),
      decisionReason: z.string().nullable(),
      decidedByName: z.string().nullable(),
      decidedAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  /** What the viewer may do now. */
  allowedActions: z.array(rectificationActionSchema),
});
export type RectificationDetail = z.infer<typeof rectificationDetailSchema>;

export const rectificationListSchema = z.object({
  items: z.array(rectificationSummarySchema),
  nextCursor: z.string().nullable(),
});
export type RectificationList = z.infer<typeof rectificationListSchema>;

export const RESPONSE_MIN = 10;
export const TEXT_MAX = 2000;

/** 整改答复: what was verified and what the department changed. */
export const rectificationResponseSchema = z.strictObject({
  response: z.string().trim().min(RESPONSE_MIN, { message: 'evaluations.response_too_short' }).max(TEXT_MAX),
});
export type RectificationResponseRequest = z.input<typeof rectificationResponseSchema>;

/** 回访: when and how the rater was reached, what they said, and whether they are now satisfied. */
export const callbackRequestSchema = z.strictObject({
  calledAt: z.iso.datetime({ offset: true, message: 'evaluations.called_at_invalid' }),
  method: callbackMethodSchema,
  outcome: z.string().trim().min(4, { message: 'evaluations.outcome_required' }).max(TEXT_MAX),
  raterSatisfied: z.boolean({ message: 'evaluations.rater_satisfied_required' }),
});
export type CallbackRequest = z.input<typeof callbackRequestSchema>;

/** 申诉: why the department holds the rating to be malicious (恶意差评). */
export const appealRequestSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(RESPONSE_MIN, { message: 'evaluations.appeal_reason_required' })
    .max(TEXT_MAX),
});
export type AppealRequest = z.input<typeof appealRequestSchema>;

export const appealDecisionSchema = z.strictObject({
  decision: z.enum(['upheld', 'rejected'], { message: 'evaluations.decision_required' }),
  reason: z.string().trim().min(4, { message: 'evaluations.decision_reason_required' }).max(TEXT_MAX),
});
export type AppealDecisionRequest = z.input<typeof appealDecisionSchema>;

export const rectificationListQuerySchema = z.strictObject({
  status: rectificationStatusSchema.optional(),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
