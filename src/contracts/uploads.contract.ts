import { z } from 'zod';

/** The only kinds of file a material may be, recognised from the file's content, never its name. */
export const uploadMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const uploadMediaTypeSchema = z.enum(uploadMediaTypes);
export type UploadMediaType = z.infer<typeof uploadMediaTypeSchema>;

/** One uploaded file, not yet (or already) part of an application. */
export const uploadViewSchema = z.object({
  id: z.string(),
  mediaType: uploadMediaTypeSchema,
  size: z.number().int(),
  sha256: z.string(),
  /** The name the file had on the uploader's device, cleaned up; for display only. */
  displayName: z.string(),
  createdAt: z.iso.datetime(),
});
export type UploadView = z.infer<typeof uploadViewSchema>;
