/**
 * One row of each sheet into typed values: the item and the city's implementation from a row of
 * 「事项实施清单」, a material from 「申请材料」, a form field from 「表单字段」. Rules that span
 * rows (duplicates, agreement, scope, content rules) are validate-rows.ts's.
 */
import type { ImplementationContent, ItemDefinition } from '../catalog-entry.js';
import type { FormFieldDefinition, MaterialDefinition } from '../catalog.tables.js';
import type { CatalogWorkbookRows } from './read-workbook.js';
import type { RowReader } from './row-reader.js';
import {
  certificateCode,
  deliveryWords,
  fieldTypeWords,
  itemTypeWords,
  lifeEventWords,
  materialFormWords,
  modeWords,
  parseFaq,
  parseOption,
  requirementWords,
  splitList,
  subjectWords,
} from './workbook-vocabulary.js';

export type ItemKey = keyof CatalogWorkbookRows['items']['letters'];
export type MaterialKey = keyof CatalogWorkbookRows['materials']['letters'];
export type FieldKey = keyof CatalogWorkbookRows['fields']['letters'];

/** The same bounds as the draft editor's schema (implementationDraftSchema), cell by cell. */
const ITEM_CODE = /^[0-9A-Za-z-]{1,40}$/;
const MATERIAL_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
export const MAX_MATERIALS = 50;
export const MAX_FIELDS = 40;
const MAX_OPTIONS = 50;

export interface CityDirectory {
  /** A city's code from its name, short name or code. */
  resolveCity(word: string): string | undefined;
  cityName(code: string): string;
  cityNames(): string[];
  /** A department (kind 'department') of the city by its full name. */
  findDepartments(cityCode: string, name: string): string[];
}

export type ImplementationBase = Omit<ImplementationContent, 'materials' | 'form'>;

const allDefined = (values: unknown[]) => values.every((v) => v !== undefined);

/** The item code cell, required and well-formed. */
export function readItemCode<Key extends string>(r: RowReader<Key>, key: Key): string | undefined {
  // A code stored as a number has lost its leading zeros; guessing them back could hit another item.
  if (r.isNumber(key)) return r.report(key, 'catalog.sheet.code_not_text');
  const code = r.text(key, { required: true, max: 40 });
  if (code && !ITEM_CODE.test(code)) return r.report(key, 'catalog.sheet.code_invalid');
  return code;
}

/** The city cell: its code, null when blank and allowed, undefined with a problem. */
export function readCity<Key extends string>(
  r: RowReader<Key>,
  key: Key,
  cities: CityDirectory,
  { blankMeans }: { blankMeans: 'required' | 'none' },
): string | null | undefined {
  const word = r.text(key, { max: 20 });
  if (word === undefined) return undefined;
  if (!word) return blankMeans === 'none' ? null : r.report(key, 'catalog.sheet.cell_required');
  return (
    cities.resolveCity(word) ??
    r.report(key, 'catalog.sheet.city_unknown', { value: word, allowed: cities.cityNames().join('、') })
  );
}

/** The item definition columns of a row of 「事项实施清单」. */
export function readItemDefinition(
  r: RowReader<ItemKey>,
  code: string | undefined,
): ItemDefinition | undefined {
  const faqLines = r.lines('faq');
  const faq = faqLines?.map(
    (line, i) => parseFaq(line) ?? r.report('faq', 'catalog.sheet.faq_invalid', { line: i + 1 }),
  );
  const resultType = r.text('resultType', { required: true, max: 60 });
  const values = {
    name: r.text('name', { required: true, max: 200 }),
    nameEn: r.text('nameEn', { max: 300 }),
    type: r.one('type', itemTypeWords),
    subject: r.one('subject', subjectWords),
    legalBasis: r.text('legalBasis', { required: true, max: 4000 }),
    modes: r.many('modes', modeWords),
    lifeEvents: r.many('lifeEvents', lifeEventWords),
    keywords: r.words('keywords'),
    summary: r.text('summary', { required: true, max: 4000 }),
    summaryEn: r.text('summaryEn', { max: 8000 }),
    conditions: r.lines('conditions'),
    steps: r.lines('steps'),
    consultation: r.text('consultation', { max: 1000 }),
    complaint: r.text('complaint', { max: 1000 }),
  };
  if (
    code === undefined ||
    resultType === undefined ||
    !faq ||
    !allDefined(faq) ||
    !allDefined(Object.values(values))
  ) {
    return undefined;
  }
  const v = values as { [K in keyof typeof values]: Exclude<(typeof values)[K], undefined> };
  return {
    code,
    name: v.name,
    nameEn: v.nameEn,
    type: v.type,
    subject: v.subject,
    legalBasis: v.legalBasis,
    modes: v.modes,
    lifeEvents: v.lifeEvents,
    keywords: v.keywords,
    summary: v.summary,
    summaryEn: v.summaryEn,
    resultType: certificateCode(resultType),
    guide: {
      conditions: v.conditions,
      steps: v.steps,
      faq: faq as { q: string; a: string }[],
      consultation: v.consultation,
      complaint: v.complaint,
    },
  };
}

/** Columns of 「事项实施清单」 that describe the city's implementation rather than the item. */
export const implementationColumns: ItemKey[] = [
  'department',
  'statutoryDays',
  'promisedDays',
  'fee',
  'instant',
  'delivery',
  'offSiteCities',
];

/** The city's implementation columns of a row of 「事项实施清单」. */
export function readImplementation(
  r: RowReader<ItemKey>,
  cityCode: string,
  cities: CityDirectory,
): ImplementationBase | undefined {
  const departmentName = r.text('department', { required: true, max: 100 });
  let orgId: string | undefined;
  if (departmentName) {
    const found = cities.findDepartments(cityCode, departmentName);
    const params = { city: cities.cityName(cityCode), value: departmentName };
    orgId =
      found.length === 1
        ? found[0]
        : r.report(
            'department',
            `catalog.sheet.department_${found.length ? 'ambiguous' : 'unknown'}`,
            params,
          );
  }
  const offSiteText = r.text('offSiteCities');
  let offSiteCityCodes: string[] | undefined = offSiteText === undefined ? undefined : [];
  for (const word of splitList(offSiteText ?? '')) {
    const code = cities.resolveCity(word);
    if (!code) {
      r.report('offSiteCities', 'catalog.sheet.city_unknown', {
        value: word,
        allowed: cities.cityNames().join('、'),
      });
      offSiteCityCodes = undefined;
      break;
    }
    if (!offSiteCityCodes?.includes(code)) offSiteCityCodes?.push(code);
  }
  const values = {
    orgId,
    statutoryDays: r.integer('statutoryDays', { min: 0, max: 365, required: true }),
    promisedDays: r.integer('promisedDays', { min: 0, max: 365, required: true }),
    feeYuan: r.yuan('fee'),
    instant: r.yesNo('instant', { blank: false }),
    delivery: r.many('delivery', deliveryWords, { required: true }),
    offSiteCityCodes,
  };
  if (!allDefined(Object.values(values))) return undefined;
  const v = values as { [K in keyof typeof values]: NonNullable<(typeof values)[K]> };
  return { cityCode, ...v };
}

/** A row of 「申请材料」. */
export function readMaterial(r: RowReader<MaterialKey>): MaterialDefinition | undefined {
  const key = r.text('key', { required: true, max: 40 });
  if (key && !MATERIAL_KEY.test(key)) r.report('key', 'catalog.key_invalid');
  const values = {
    key,
    name: r.text('name', { required: true, max: 100 }),
    requirement: r.one('requirement', requirementWords),
    condition: r.text('condition', { max: 200 }),
    form: r.one('form', materialFormWords),
    copies: r.integer('copies', { min: 0, max: 20, required: true }),
    replaceableBy: r.text('replaceableBy', { max: 60 }),
    note: r.text('note', { max: 200 }),
  };
  if (!allDefined(Object.values(values)) || r.failed) return undefined;
  const v = values as { [K in keyof typeof values]: NonNullable<(typeof values)[K]> };
  return {
    key: v.key,
    name: v.name,
    requirement: v.requirement,
    ...(v.condition ? { condition: v.condition } : {}),
    form: v.form,
    copies: v.copies,
    ...(v.replaceableBy ? { replaceableBy: certificateCode(v.replaceableBy) } : {}),
    ...(v.note ? { note: v.note } : {}),
  };
}

/** A row of 「表单字段」. */
export function readFormField(r: RowReader<FieldKey>): FormFieldDefinition | undefined {
  const key = r.text('key', { required: true, max: 40 });
  if (key && !FIELD_KEY.test(key)) r.report('key', 'catalog.key_invalid');
  const optionLines = r.lines('options') ?? [];
  if (optionLines.length > MAX_OPTIONS) r.report('options', 'catalog.sheet.too_many', { max: MAX_OPTIONS });
  const options = optionLines.map((line, i) => {
    const option = parseOption(line);
    if (!option) return r.report('options', 'catalog.sheet.option_invalid', { line: i + 1 });
    if (option.value.length > 40 || option.label.length > 60 || option.labelEn.length > 100) {
      return r.report('options', 'catalog.sheet.option_too_long', { line: i + 1 });
    }
    return option;
  });
  const values = {
    key,
    label: r.text('label', { required: true, max: 60 }),
    labelEn: r.text('labelEn', { required: true, max: 100 }),
    type: r.one('type', fieldTypeWords),
    required: r.yesNo('required'),
    maxLength: r.integer('maxLength', { min: 1, max: 2000 }),
    help: r.text('help', { max: 200 }),
  };
  if (!allDefined(Object.values(values)) || r.failed) return undefined;
  const v = values as { [K in keyof typeof values]: Exclude<(typeof values)[K], undefined> };
  return {
    key: v.key,
    label: v.label,
    labelEn: v.labelEn,
    type: v.type,
    required: v.required,
    ...(v.maxLength !== null ? { maxLength: v.maxLength } : {}),
    ...(options.length ? { options: options as NonNullable<FormFieldDefinition['options']> } : {}),
    ...(v.help ? { help: v.help } : {}),
  };
}
