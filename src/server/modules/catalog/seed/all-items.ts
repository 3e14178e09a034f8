/** Every seed item of the catalogue, domain by domain. */
import { civilAffairsItems } from './civil-affairs.items.js';
import { educationHealthItems } from './education-health.items.js';
import { employmentItems } from './employment.items.js';
import { housingItems } from './housing.items.js';
import { marketRegulationItems } from './market-regulation.items.js';
import { medicalInsuranceItems } from './medical-insurance.items.js';
import { propertyItems } from './property.items.js';
import { publicSecurityItems } from './public-security.items.js';
import type { SeedItem } from './seed-item.js';
import { socialSecurityItems } from './social-security.items.js';
import { taxItems } from './tax.items.js';

export const seedItems: SeedItem[] = [
  ...housingItems,
  ...socialSecurityItems,
  ...employmentItems,
  ...medicalInsuranceItems,
  ...publicSecurityItems,
  ...marketRegulationItems,
  ...civilAffairsItems,
  ...propertyItems,
  ...educationHealthItems,
  ...taxItems,
];
