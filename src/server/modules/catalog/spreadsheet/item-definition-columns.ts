/**
 * Which columns of 「事项实施清单」 make up the item definition (事项), and how to compare them
 * one by one, so that a disagreement can be pointed at the very cell. The canonical forms match
 * itemFingerprint: lists whose order carries no meaning are compared sorted.
 */
import type { ItemDefinition } from '../catalog-entry.js';

export const itemDefinitionColumns = [
  'code',
  'name',
  'nameEn',
  'type',
  'subject',
  'legalBasis',
  'modes',
  'lifeEvents',
  'keywords',
  'summary',
  'summaryEn',
  'resultType',
  'conditions',
  'steps',
  'faq',
  'consultation',
  'complaint',
] as const;
export type ItemDefinitionColumn = (typeof itemDefinitionColumns)[number];

function canonical(item: ItemDefinition, column: ItemDefinitionColumn): unknown {
  switch (column) {
    case 'modes':
    case 'lifeEvents':
    case 'keywords':
      return [...item[column]].sort();
    case 'conditions':
    case 'steps':
      return item.guide[column];
    case 'faq':
      return item.guide.faq.map((f) => [f.q, f.a]);
    case 'consultation':
    case 'complaint':
      return item.guide[column];
    default:
      return item[column];
  }
}

/** The item columns in which two definitions differ, in layout order. */
export function differingItemColumns(a: ItemDefinition, b: ItemDefinition): ItemDefinitionColumn[] {
  return itemDefinitionColumns.filter(
    (column) => JSON.stringify(canonical(a, column)) !== JSON.stringify(canonical(b, column)),
  );
}
