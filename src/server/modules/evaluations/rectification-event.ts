import { z } from 'zod';

/** The outbox event written with every change the rater or the department should hear of. */
export const RECTIFICATION_EVENT = 'rectification.event';

export const rectificationEventPayloadSchema = z.object({
  taskId: z.uuid(),
  /** opened: tell the department; responded: tell the rater; appeal_decided: tell the department. */
  type: z.enum(['opened', 'responded', 'appeal_decided']),
});
export type RectificationEventPayload = z.infer<typeof rectificationEventPayloadSchema>;
