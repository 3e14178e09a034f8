import { z } from 'zod';

export const accessSourceSchema = z.enum(['staff_view', 'registry_query', 'export']);
export type AccessSourceName = z.infer<typeof accessSourceSchema>;

/** A place named in both languages, so the page switches language without asking again. */
const namedSchema = z.object({ name: z.string(), nameEn: z.string() });

/**
 * One use of the applicant's data as the applicant reads it: who (named in full — that is the
 * point), in which role, for which city and department, why, what they saw and when. The
 * accessor's account id and anything about other people stay out.
 */
export const accessRecordViewSchema = z.object({
  id: z.uuid(),
  source: accessSourceSchema,
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  /** The staff member's name as it was at the time; null only for a query the system made itself. */
  accessorName: z.string().nullable(),
  /** case_officer, window_clerk, city_admin, coordination_office or system. */
  accessorRole: z.string(),
  city: namedSchema.extend({ code: z.string() }).nullable(),
  org: namedSchema.nullable(),
  /** case_review, window_intake, hand_over, supervision, … */
  purpose: z.string(),
  reason: z.string().nullable(),
  /** case_detail, material_preview, registry_record, … */
  seen: z.string(),
  registry: z.string().nullable(),
  accessedAt: z.iso.datetime(),
});
export type AccessRecordView = z.infer<typeof accessRecordViewSchema>;

export const accessRecordListSchema = z.object({
  items: z.array(accessRecordViewSchema),
  nextCursor: z.string().nullable(),
});
export type AccessRecordList = z.infer<typeof accessRecordListSchema>;

export const myAccessRecordsQuerySchema = z.strictObject({
  /** Only the records about one of the applicant's cases. */
  caseId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type MyAccessRecordsQuery = z.infer<typeof myAccessRecordsQuerySchema>;

/** The coordination office's audit view also names the accounts on both sides. */
export const auditAccessRecordViewSchema = accessRecordViewSchema.extend({
  subjectId: z.uuid(),
  accessorId: z.uuid().nullable(),
});
export type AuditAccessRecordView = z.infer<typeof auditAccessRecordViewSchema>;

export const auditAccessRecordListSchema = z.object({
  items: z.array(auditAccessRecordViewSchema),
  nextCursor: z.string().nullable(),
});
export type AuditAccessRecordList = z.infer<typeof auditAccessRecordListSchema>;

export const auditAccessRecordsQuerySchema = z.strictObject({
  subjectId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  accessorId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type AuditAccessRecordsQuery = z.infer<typeof auditAccessRecordsQuerySchema>;
