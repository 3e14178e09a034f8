import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { uploadMediaTypes } from '../../../contracts/uploads.contract.js';

/**
 * One uploaded file. The bytes live in the blob store under their SHA-256, stored once however
 * often they are uploaded; the row is the uploader's handle on them. A record that takes the file
 * into itself (a case's materials) claims the row, once; an unclaimed row is collected after a day.
 */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    mediaType: text('media_type', { enum: uploadMediaTypes }).notNull(),
    displayName: varchar('display_name', { length: 120 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The record that took the file in (for case materials, the case's id). */
    claimedBy: uuid('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  (t) => [
    index('uploads_owner_id_idx').on(t.ownerId, t.createdAt),
    index('uploads_sha256_idx').on(t.sha256),
    index('uploads_unclaimed_idx')
      .on(t.createdAt)
      .where(sql`claimed_by is null`),
    check('uploads_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('uploads_size_positive', sql`${t.sizeBytes} > 0`),
    check('uploads_claim_complete', sql`(${t.claimedBy} is null) = (${t.claimedAt} is null)`),
  ],
);

export type UploadRow = typeof uploads.$inferSelect;
