/**
 * Rows of the three sheets → catalogue entries, or every problem with where it is. Nothing here
 * touches the database: what the checks need (cities, departments, drafts, existing items) is
 * loaded beforehand, so the whole file is judged before anything is written.
 */
import type { CatalogEntry, ImplementationContent, ItemDefinition } from '../catalog-entry.js';
import type { FormFieldDefinition, MaterialDefinition } from '../catalog.tables.js';
import { implementationProblems, type ContentProblem } from '../implementation-rules.js';
import { differingItemColumns } from './item-definition-columns.js';
import {
  implementationColumns,
  MAX_FIELDS,
  MAX_MATERIALS,
  readCity,
  readFormField,
  readImplementation,
  readItemCode,
  readItemDefinition,
  readMaterial,
  type CityDirectory,
  type FieldKey,
  type ImplementationBase,
  type ItemKey,
  type MaterialKey,
} from './parse-rows.js';
import type { CatalogWorkbookRows, ReadSheet } from './read-workbook.js';
import { RowReader } from './row-reader.js';
import type { SheetProblem } from './sheet-problems.js';

export interface ImportReference {
  /** The metro area's cities in display order. */
  cities: { code: string; name: string; shortName: string }[];
  departments: { id: string; cityCode: string; name: string }[];
  /** `${itemCode}/${cityCode}` of implementations with a pending draft. */
  draftKeys: Set<string>;
  /** Items as the catalogue holds them now, by code (for a city's import, which may not change them). */
  existingItems: Map<string, ItemDefinition>;
}

/** What the importer may write: everything (the coordination office, the system) or one city's rows. */
export type ImportScope = { kind: 'metro' } | { kind: 'city'; cityCode: string };

export interface ValidationResult {
  /** Empty unless the whole file is valid. */
  entries: CatalogEntry[];
  problems: SheetProblem[];
}

interface ItemRecord {
  reader: RowReader<ItemKey>;
  code: string | undefined;
  /** null: a row that only registers the item, with no city. */
  cityCode: string | null | undefined;
  item: ItemDefinition | undefined;
  implementation: ImplementationBase | undefined;
}

interface DetailRecord<Key extends string, Value> {
  reader: RowReader<Key>;
  code: string | undefined;
  cityCode: string | undefined;
  value: Value | undefined;
}

function cityDirectory(reference: ImportReference): CityDirectory {
  const byWord = new Map<string, string>();
  for (const c of reference.cities)
    for (const word of [c.code, c.name, c.shortName]) byWord.set(word, c.code);
  const departments = new Map<string, string[]>();
  for (const d of reference.departments) {
    const key = `${d.cityCode}/${d.name}`;
    departments.set(key, [...(departments.get(key) ?? []), d.id]);
  }
  return {
    resolveCity: (word) => byWord.get(word),
    cityName: (code) => reference.cities.find((c) => c.code === code)?.name ?? code,
    cityNames: () => reference.cities.map((c) => c.name),
    findDepartments: (cityCode, name) => departments.get(`${cityCode}/${name}`) ?? [],
  };
}

const materialColumnOf: Record<string, MaterialKey> = {
  key: 'key',
  name: 'name',
  requirement: 'requirement',
  condition: 'condition',
  form: 'form',
  copies: 'copies',
  replaceableBy: 'replaceableBy',
  note: 'note',
};
const fieldColumnOf: Record<string, FieldKey> = {
  key: 'key',
  label: 'label',
  labelEn: 'labelEn',
  type: 'type',
  required: 'required',
  maxLength: 'maxLength',
  options: 'options',
  help: 'help',
};
const implementationColumnOf: Record<string, ItemKey> = {
  orgId: 'department',
  statutoryDays: 'statutoryDays',
  promisedDays: 'promisedDays',
  feeYuan: 'fee',
  instant: 'instant',
  delivery: 'delivery',
  offSiteCityCodes: 'offSiteCities',
};

/** Puts a content rule's problem ("form.2.options") on the cell it comes from. */
function reportContentProblem(
  problem: ContentProblem,
  row: RowReader<ItemKey>,
  materials: DetailRecord<MaterialKey, MaterialDefinition>[],
  fields: DetailRecord<FieldKey, FormFieldDefinition>[],
): void {
  const [head = '', index = '', property = ''] = problem.field.split('.');
  if (head === 'materials') {
    const target = materials[Number(index)];
    if (target) return void target.reader.report(materialColumnOf[property] ?? 'key', problem.code);
  }
  if (head === 'form') {
    const target = fields[Number(index)];
    if (target) return void target.reader.report(fieldColumnOf[property] ?? 'key', problem.code);
  }
  row.report(implementationColumnOf[head] ?? 'code', problem.code);
}

/** Validates every row of the workbook and, if all is well, builds the entries to apply. */
export function validateCatalogRows(
  rows: CatalogWorkbookRows,
  reference: ImportReference,
  scope: ImportScope,
  onRow?: (done: number, total: number) => void,
): ValidationResult {
  const problems: SheetProblem[] = [];
  const cities = cityDirectory(reference);
  const total = rows.items.rows.length + rows.materials.rows.length + rows.fields.rows.length;
  let done = 0;
  const readers = <Key extends string>(sheet: ReadSheet<Key>) =>
    sheet.rows.map((row) => new RowReader(sheet, row, problems));
  const progressed = () => onRow?.(++done, total);

  if (rows.items.rows.length === 0) {
    problems.push({ code: 'catalog.sheet.no_rows', sheet: rows.items.spec.name });
  }

  // Each row on its own.
  const items: ItemRecord[] = readers(rows.items).map((reader) => {
    const code = readItemCode(reader, 'code');
    const item = readItemDefinition(reader, code);
    const blankImplementation = implementationColumns.every((key) => reader.isBlank(key));
    // A row without a city only registers the item; implementation details need a city.
    const cityCode =
      reader.isBlank('city') && !blankImplementation
        ? reader.report('city', 'catalog.sheet.city_needed')
        : readCity(reader, 'city', cities, { blankMeans: 'none' });
    const implementation = cityCode ? readImplementation(reader, cityCode, cities) : undefined;
    progressed();
    return { reader, code, cityCode, item, implementation };
  });
  const readDetails = <Key extends string, Value>(
    sheet: ReadSheet<Key>,
    readValue: (reader: RowReader<Key>) => Value | undefined,
  ): DetailRecord<Key, Value>[] =>
    readers(sheet).map((reader) => {
      const code = readItemCode(reader, 'code' as Key);
      const cityCode = readCity(reader, 'city' as Key, cities, { blankMeans: 'required' }) ?? undefined;
      const value = readValue(reader);
      progressed();
      return { reader, code, cityCode, value };
    });
  const materials = readDetails(rows.materials, readMaterial);
  const fields = readDetails(rows.fields, readFormField);

  // Across rows of 「事项实施清单」: one row per item and city, item columns agreeing, scope, drafts.
  const firstWithItem = new Map<string, ItemRecord>();
  const byItemCity = new Map<string, ItemRecord>();
  const scopeCityName = scope.kind === 'city' ? cities.cityName(scope.cityCode) : '';
  for (const record of items) {
    const { reader, code, cityCode, item } = record;
    if (code === undefined) continue;
    if (item) {
      const first = firstWithItem.get(code);
      if (!first) firstWithItem.set(code, record);
      for (const column of first?.item ? differingItemColumns(first.item, item) : []) {
        reader.report(column, 'catalog.sheet.item_rows_disagree', {
          firstRow: first?.reader.row ?? 0,
          header: reader.locate(column).column?.header ?? column,
        });
      }
    }
    if (scope.kind === 'city') {
      if (cityCode !== undefined && cityCode !== scope.cityCode) {
        reader.report('city', 'catalog.sheet.city_out_of_scope', { city: scopeCityName });
      }
      const existing = reference.existingItems.get(code);
      if (!existing) {
        reader.report('code', 'catalog.sheet.item_new_kept_by_office', { code });
      } else if (item) {
        for (const column of differingItemColumns(existing, item)) {
          reader.report(column, 'catalog.sheet.item_changed_kept_by_office', {
            header: reader.locate(column).column?.header ?? column,
          });
        }
      }
    }
    if (!cityCode) continue;
    const key = `${code}/${cityCode}`;
    const first = byItemCity.get(key);
    if (first) {
      reader.report('city', 'catalog.sheet.row_duplicate', {
        code,
        city: cities.cityName(cityCode),
        firstRow: first.reader.row,
      });
      continue;
    }
    byItemCity.set(key, record);
    if (reference.draftKeys.has(key)) {
      reader.report('city', 'catalog.sheet.draft_pending', { code, city: cities.cityName(cityCode) });
    }
  }

  // Materials and form fields belong to an item and city that has its row in the first sheet.
  const attach = <Key extends string, Value>(records: DetailRecord<Key, Value>[], max: number) => {
    const grouped = new Map<string, DetailRecord<Key, Value>[]>();
    for (const record of records) {
      if (record.code === undefined || record.cityCode === undefined) continue;
      const key = `${record.code}/${record.cityCode}`;
      if (!byItemCity.has(key)) {
        record.reader.report('code' as Key, 'catalog.sheet.implementation_row_missing', {
          code: record.code,
          city: cities.cityName(record.cityCode),
        });
        continue;
      }
      const group = grouped.get(key) ?? [];
      group.push(record);
      grouped.set(key, group);
      if (group.length === max + 1) record.reader.report('code' as Key, 'catalog.sheet.too_many', { max });
    }
    return grouped;
  };
  const materialsOf = attach(materials, MAX_MATERIALS);
  const fieldsOf = attach(fields, MAX_FIELDS);

  // Each implementation as a whole, by the rules the draft editor applies too.
  const knownCityCodes = reference.cities.map((c) => c.code);
  const cityOrder = (code: string) => knownCityCodes.indexOf(code);
  const entries: CatalogEntry[] = [];
  for (const [code, first] of [...firstWithItem].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const implementations: ImplementationContent[] = [];
    const records = [...byItemCity.values()]
      .filter((r) => r.code === code && r.cityCode && r.implementation)
      .sort((a, b) => cityOrder(a.cityCode as string) - cityOrder(b.cityCode as string));
    for (const record of records) {
      const key = `${code}/${record.cityCode}`;
      const materialRecords = (materialsOf.get(key) ?? []).filter((m) => m.value);
      const fieldRecords = (fieldsOf.get(key) ?? []).filter((f) => f.value);
      const content: ImplementationContent = {
        ...(record.implementation as ImplementationBase),
        materials: materialRecords.map((m) => m.value as MaterialDefinition),
        form: fieldRecords.map((f) => f.value as FormFieldDefinition),
      };
      for (const problem of implementationProblems(content, { cityCode: content.cityCode, knownCityCodes })) {
        reportContentProblem(problem, record.reader, materialRecords, fieldRecords);
      }
      implementations.push(content);
    }
    const item = scope.kind === 'city' ? reference.existingItems.get(code) : first.item;
    if (item) entries.push({ item, implementations });
  }
  return { entries: problems.length ? [] : entries, problems };
}
