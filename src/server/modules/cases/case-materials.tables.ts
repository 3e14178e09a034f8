import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { uploadMediaTypes } from '../../../contracts/uploads.contract.js';
import { uploads } from '../../platform/blobs/uploads.tables.js';
import { caseEvents, cases } from './cases.tables.js';

/**
 * What was supplied for a case (申请材料), append-only: a file taken from the supplier's uploads,
 * or a reference to an electronic certificate (电子证照) standing in for the paper. The file's
 * hash, size and type are copied from the upload so the case keeps exactly what was supplied,
 * readable by whoever may read the case. event_seq is the event that supplied it: 1 for the
 * application, a later one for a 补正.
 */
export const caseMaterials = pgTable(
  'case_materials',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The implementation's material key, or item-<n> for the nth item of a 补正 list. */
    materialCode: varchar('material_code', { length: 40 }).notNull(),
    /** The material's name as listed when it was supplied. */
    materialName: text('material_name').notNull(),
    source: text('source', { enum: ['upload', 'certificate'] }).notNull(),
    uploadId: uuid('upload_id').references(() => uploads.id),
    sha256: varchar('sha256', { length: 64 }),
    sizeBytes: integer('size_bytes'),
    mediaType: text('media_type', { enum: uploadMediaTypes }),
    displayName: varchar('display_name', { length: 120 }),
    /** The certificate's reference in the electronic certificate service, and its type. */
    certificateRef: varchar('certificate_ref', { length: 200 }),
    certificateType: varchar('certificate_type', { length: 60 }),
    suppliedBy: uuid('supplied_by').notNull(),
    eventSeq: integer('event_seq').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('case_materials_case_id_idx').on(t.caseId, t.eventSeq),
    // An upload is supplied once, to one case.
    uniqueIndex('case_materials_upload_id_key').on(t.uploadId),
    foreignKey({
      name: 'case_materials_case_event_fk',
      columns: [t.caseId, t.eventSeq],
      foreignColumns: [caseEvents.caseId, caseEvents.seq],
    }),
    // An upload carries the file's facts and no certificate; a certificate carries its reference.
    check(
      'case_materials_upload_complete',
      sql`${t.source} <> 'upload' or (${t.uploadId} is not null and ${t.sha256} is not null and ${t.sizeBytes} is not null and ${t.mediaType} is not null and ${t.displayName} is not null and ${t.certificateRef} is null)`,
    ),
    check(
      'case_materials_certificate_complete',
      sql`${t.source} <> 'certificate' or (${t.certificateRef} is not null and ${t.certificateType} is not null and ${t.uploadId} is null)`,
    ),
  ],
);

export type CaseMaterialRow = typeof caseMaterials.$inferSelect;
