import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** How the data was reached: a staff member opening it, a query to another registry, an export. */
export const accessSources = ['staff_view', 'registry_query', 'export'] as const;
export type AccessSource = (typeof accessSources)[number];

/**
 * The applicant's data tracker: one row each time someone outside the applicant reached their
 * personal data, with who, for which department and city, why and when. Append-only: the
 * application role may insert and read (its own subject's rows, or the coordination office
 * everything) and has no UPDATE or DELETE grant at all.
 *
 * No foreign key to cases: the record is evidence about a person and must outlive whatever
 * happens to the case row, as notifications do.
 */
export const accessRecords = pgTable(
  'access_records',
  {
    id: uuid('id').primaryKey(),
    /** The account whose data was seen: the applicant (citizen or enterprise). */
    subjectId: uuid('subject_id').notNull(),
    source: text('source', { enum: accessSources }).notNull(),
    caseId: uuid('case_id'),
    /** The case number as it was, so the record reads without the case. */
    caseNumber: varchar('case_number', { length: 24 }),
    /** Null only for a query the system made on its own (a registry lookup without a person). */
    accessorId: uuid('accessor_id'),
    /** The staff member's name as it was at the time: the point of the record is to name them. */
    accessorName: text('accessor_name'),
    /** case_officer, window_clerk, city_admin, coordination_office, or system. */
    accessorRole: varchar('accessor_role', { length: 32 }).notNull(),
    /** The city the accessor acted for (GB/T 2260). */
    cityCode: varchar('city_code', { length: 6 }),
    /** The department or service hall the accessor acted for. */
    orgId: uuid('org_id'),
    /** Why, derived from the accessor's relation to the case: case_review, window_intake, hand_over, supervision, … */
    purpose: varchar('purpose', { length: 32 }).notNull(),
    /** Words the accessor (or the registry query) gives for the purpose, if any. */
    reason: text('reason'),
    /** What was seen: case_detail, material_preview, registry_record, … */
    seen: varchar('seen', { length: 32 }).notNull(),
    /** Which one of what was seen, e.g. the material's id. */
    seenRef: varchar('seen_ref', { length: 64 }),
    /** For registry queries: which registry (household_registration, social_insurance, housing_fund, …). */
    registry: varchar('registry', { length: 64 }),
    accessedAt: timestamp('accessed_at', { withTimezone: true }).notNull(),
    /**
     * Staff views only: accessor, case, what was seen and the 10-minute period of the clock. A
     * re-open within the period inserts nothing (ON CONFLICT DO NOTHING) without the staff member
     * ever reading the table. Null for records that must each be kept.
     */
    dedupeKey: varchar('dedupe_key', { length: 200 }),
  },
  (t) => [
    index('access_records_subject_idx').on(t.subjectId, t.accessedAt, t.id),
    index('access_records_case_idx').on(t.caseId, t.accessedAt, t.id),
    index('access_records_accessor_idx').on(t.accessorId, t.accessedAt),
    uniqueIndex('access_records_dedupe_key_key').on(t.dedupeKey),
    check('access_records_source_known', sql`${t.source} in ('staff_view', 'registry_query', 'export')`),
    // A staff view always names the person and the case it was about.
    check(
      'access_records_staff_view_complete',
      sql`${t.source} <> 'staff_view' or (${t.accessorId} is not null and ${t.accessorName} is not null and ${t.caseId} is not null)`,
    ),
    check('access_records_registry_named', sql`${t.source} <> 'registry_query' or ${t.registry} is not null`),
  ],
);
