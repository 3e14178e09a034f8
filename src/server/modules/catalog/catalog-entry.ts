import type { FormFieldDefinition, ItemGuide, MaterialDefinition } from './catalog.tables.js';

import { handlingModeSchema, itemTypeSchema } from '../../../contracts/catalog.contract.js';

export const itemTypes = itemTypeSchema.options;
export type ItemType = (typeof itemTypes)[number];

export const handlingModes = handlingModeSchema.options;
export type HandlingMode = (typeof handlingModes)[number];

export const deliveryOptions = ['online', 'post', 'window'] as const;

/** An item as the metro area defines it, without any city's implementation. */
export interface ItemDefinition {
  code: string;
  name: string;
  nameEn: string;
  type: ItemType;
  subject: 'individual' | 'legal_person' | 'both';
  legalBasis: string;
  modes: HandlingMode[];
  lifeEvents: string[];
  keywords: string[];
  summary: string;
  summaryEn: string;
  resultType: string;
  guide: ItemGuide;
}

/** The content of one city's implementation; a version is published when this content changes. */
export interface ImplementationContent {
  cityCode: string;
  /** The competent department (实施主体). */
  orgId: string;
  statutoryDays: number;
  promisedDays: number;
  feeYuan: string;
  materials: MaterialDefinition[];
  form: FormFieldDefinition[];
  delivery: string[];
  offSiteCityCodes: string[];
  instant: boolean;
}

/** One item with the implementations of the cities that offer it: the unit of seeding, import and export. */
export interface CatalogEntry {
  item: ItemDefinition;
  implementations: ImplementationContent[];
}

/** A canonical text of an implementation's content, to tell whether a new version is needed. */
export function implementationFingerprint(content: ImplementationContent): string {
  return JSON.stringify([
    content.cityCode,
    content.orgId,
    content.statutoryDays,
    content.promisedDays,
    Number(content.feeYuan).toFixed(2),
    content.materials.map((m) => [
      m.key,
      m.name,
      m.requirement,
      m.condition ?? '',
      m.form,
      m.copies,
      m.replaceableBy ?? '',
      m.note ?? '',
    ]),
    content.form.map((f) => [
      f.key,
      f.label,
      f.labelEn,
      f.type,
      f.required,
      f.maxLength ?? null,
      (f.options ?? []).map((o) => [o.value, o.label, o.labelEn]),
      f.help ?? '',
    ]),
    [...content.delivery].sort(),
    [...content.offSiteCityCodes].sort(),
    content.instant,
  ]);
}

/** A canonical text of an item's definition. */
export function itemFingerprint(item: ItemDefinition): string {
  return JSON.stringify([
    item.code,
    item.name,
    item.nameEn,
    item.type,
    item.subject,
    item.legalBasis,
    [...item.modes].sort(),
    [...item.lifeEvents].sort(),
    [...item.keywords].sort(),
    item.summary,
    item.summaryEn,
    item.resultType,
    // jsonb reorders object keys, so the guide is compared field by field.
    item.guide.conditions,
    item.guide.steps,
    item.guide.faq.map((f) => [f.q, f.a]),
    item.guide.consultation,
    item.guide.complaint,
  ]);
}
