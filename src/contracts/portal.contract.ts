import { z } from 'zod';

/** The footer and header texts of the site, editable by the coordination office. */
export const siteSettingsSchema = z.object({
  siteName: z.string(),
  siteNameEn: z.string(),
  hostOrganisation: z.string(),
  hotlineLocal: z.string(),
  hotlineOutOfTown: z.string(),
  officePhone: z.string(),
  websitePhone: z.string(),
  siteCode: z.string(),
  icpRecord: z.string(),
  publicSecurityRecord: z.string(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const footerText = z.string().trim().min(1).max(120);

/** What the coordination office may set: every footer and header text, bounded. */
export const siteSettingsUpdateSchema = z.strictObject({
  siteName: footerText,
  siteNameEn: footerText,
  hostOrganisation: footerText,
  hotlineLocal: footerText,
  hotlineOutOfTown: footerText,
  officePhone: footerText,
  websitePhone: footerText,
  siteCode: footerText,
  icpRecord: footerText,
  publicSecurityRecord: footerText,
});
