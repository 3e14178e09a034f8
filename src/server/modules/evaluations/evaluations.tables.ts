import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

export const rectificationStatuses = [
  'open',
  'responded',
  'closed',
  'appealed',
  'appeal_upheld',
  'appeal_rejected',
] as const;
export type RectificationStatusValue = (typeof rectificationStatuses)[number];

/**
 * One 好差评 rating by the person served: of a closed case, or of a visit to a service hall's
 * window when there is no case. city_code and org_id name who served (the deciding department, or
 * the hall visited), so statistics group by them; excluded marks a rating the coordination office
 * found malicious on appeal — kept, but left out of statistics.
 */
export const caseEvaluations = pgTable(
  'case_evaluations',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id'),
    /** The case's number and item, copied so lists and notices need not read the case. */
    caseNumber: varchar('case_number', { length: 24 }),
    itemCode: varchar('item_code', { length: 40 }),
    visitOrgId: uuid('visit_org_id'),
    /** The window's number as shown at the hall, e.g. A01. */
    visitWindow: varchar('visit_window', { length: 16 }),
    visitDate: date('visit_date', { mode: 'string' }),
    raterId: uuid('rater_id').notNull(),
    raterKind: text('rater_kind', { enum: ['citizen', 'enterprise'] }).notNull(),
    /** Who to call back about a 差评, as the account named them when they rated. */
    raterName: text('rater_name').notNull(),
    raterMobile: varchar('rater_mobile', { length: 11 }),
    /** 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
    grade: smallint('grade').notNull(),
    scoreOverall: smallint('score_overall').notNull(),
    scoreEfficiency: smallint('score_efficiency').notNull(),
    scoreGuideAccuracy: smallint('score_guide_accuracy').notNull(),
    scoreConvenience: smallint('score_convenience').notNull(),
    scoreUsability: smallint('score_usability').notNull(),
    comment: varchar('comment', { length: 500 }),
    channel: text('channel', { enum: ['online', 'window'] }).notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    orgId: uuid('org_id').notNull(),
    excluded: boolean('excluded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // A case is rated once; a visit once per person, hall, window and day.
    uniqueIndex('case_evaluations_case_id_key')
      .on(t.caseId)
      .where(sql`case_id is not null`),
    uniqueIndex('case_evaluations_visit_key')
      .on(t.raterId, t.visitOrgId, t.visitWindow, t.visitDate)
      .where(sql`case_id is null`),
    index('case_evaluations_rater_id_idx').on(t.raterId, t.createdAt, t.id),
    index('case_evaluations_org_id_idx').on(t.orgId, t.createdAt),
    index('case_evaluations_city_code_idx').on(t.cityCode, t.createdAt),
    check(
      'case_evaluations_grades_in_range',
      sql`grade between 1 and 5 and score_overall between 1 and 5 and score_efficiency between 1 and 5 and score_guide_accuracy between 1 and 5 and score_convenience between 1 and 5 and score_usability between 1 and 5`,
    ),
    check(
      'case_evaluations_case_or_visit',
      sql`(case_id is not null and visit_org_id is null and visit_window is null and visit_date is null) or (case_id is null and visit_org_id is not null and visit_window is not null and visit_date is not null and org_id = visit_org_id)`,
    ),
  ],
);

/**
 * 差评整改: opened with a 差评 in the same transaction, due 15 working days later. The department
 * verifies and answers (response), calls the rater back (callback_*), and may instead appeal a
 * malicious rating to the coordination office (appeal_*).
 */
export const rectificationTasks = pgTable(
  'rectification_tasks',
  {
    id: uuid('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => caseEvaluations.id),
    orgId: uuid('org_id').notNull(),
    cityCode: varchar('city_code', { length: 6 }).notNull(),
    status: text('status', { enum: rectificationStatuses }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedBy: uuid('responded_by'),
    respondedByName: text('responded_by_name'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    callbackMethod: text('callback_method', { enum: ['phone', 'visit'] }),
    callbackOutcome: text('callback_outcome'),
    raterSatisfied: boolean('rater_satisfied'),
    callbackBy: uuid('callback_by'),
    callbackByName: text('callback_by_name'),
    callbackRecordedAt: timestamp('callback_recorded_at', { withTimezone: true }),
    appealReason: text('appeal_reason'),
    appealedBy: uuid('appealed_by'),
    appealedByName: text('appealed_by_name'),
    appealedAt: timestamp('appealed_at', { withTimezone: true }),
    appealDecision: text('appeal_decision', { enum: ['upheld', 'rejected'] }),
    appealDecisionReason: text('appeal_decision_reason'),
    appealDecidedBy: uuid('appeal_decided_by'),
    appealDecidedByName: text('appeal_decided_by_name'),
    appealDecidedAt: timestamp('appeal_decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rectification_tasks_evaluation_id_key').on(t.evaluationId),
    index('rectification_tasks_org_id_idx').on(t.orgId, t.status, t.createdAt),
    index('rectification_tasks_city_code_idx').on(t.cityCode, t.status),
    index('rectification_tasks_status_idx').on(t.status, t.createdAt),
  ],
);
