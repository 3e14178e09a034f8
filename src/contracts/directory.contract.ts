import { z } from 'zod';

export const divisionViewSchema = z.object({ code: z.string(), name: z.string() });

export const cityViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  casePrefix: z.string(),
  divisions: z.array(divisionViewSchema),
});
export type CityView = z.infer<typeof cityViewSchema>;

export const metroAreaViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  cities: z.array(cityViewSchema),
});
export type MetroAreaView = z.infer<typeof metroAreaViewSchema>;

export const organisationViewSchema = z.object({
  id: z.string(),
  cityCode: z.string(),
  kind: z.enum(['department', 'service_hall', 'office']),
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;
