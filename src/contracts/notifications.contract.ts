import { z } from 'zod';

/** One notice in the applicant's inbox, rendered in the reader's language. */
export const notificationViewSchema = z.object({
  id: z.uuid(),
  /** The template: a case event type (submitted, accept, request_supplement, grant, …). */
  kind: z.string(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationViewSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationListQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
