import type { ImplementationView, ItemSummary, ItemView } from '../../../contracts/catalog.contract.js';
import type { ImplementationRow, ServiceItemRow } from './catalog.repository.js';
import { keywordBigrams } from './item-search.js';

export interface SearchFilters {
  keyword?: string;
  cityCode?: string;
  subject?: string;
  mode?: ServiceItemRow['modes'][number];
  type?: string;
  lifeEvent?: string;
}

interface IndexedItem {
  item: ServiceItemRow;
  summary: ItemSummary;
  /** Name and the words people type, where keyword pieces are looked for. */
  haystack: string;
  keywordsText: string;
  nameEnLower: string;
}

/** The published catalogue as the public sees it, prepared once per snapshot for fast reading. */
export interface PublicCatalog {
  items: IndexedItem[];
  views: Map<string, ItemView>;
  publishedByItem: Map<string, ImplementationRow[]>;
}

export function buildPublicCatalog(
  items: ServiceItemRow[],
  published: ImplementationRow[],
  toView: (row: ImplementationRow) => ImplementationView,
): PublicCatalog {
  const publishedByItem = new Map<string, ImplementationRow[]>();
  for (const row of published)
    publishedByItem.set(row.itemCode, [...(publishedByItem.get(row.itemCode) ?? []), row]);
  const views = new Map<string, ItemView>();
  const indexed = items.map((item): IndexedItem => {
    const rows = (publishedByItem.get(item.code) ?? []).sort((a, b) => a.cityCode.localeCompare(b.cityCode));
    const summary: ItemSummary = {
      code: item.code,
      name: item.name,
      nameEn: item.nameEn,
      type: item.type,
      subject: item.subject,
      modes: item.modes,
      lifeEvents: item.lifeEvents,
      summary: item.summary,
      summaryEn: item.summaryEn,
      cityCodes: rows.map((r) => r.cityCode),
      instantCityCodes: rows.filter((r) => r.instant).map((r) => r.cityCode),
    };
    views.set(item.code, {
      ...summary,
      legalBasis: item.legalBasis,
      resultType: item.resultType,
      keywords: item.keywords,
      guide: item.guide,
      implementations: rows.map(toView),
    });
    const keywordsText = item.keywords.join(' ');
    return {
      item,
      summary,
      haystack: `${item.name} ${keywordsText}`,
      keywordsText,
      nameEnLower: item.nameEn.toLowerCase(),
    };
  });
  return { items: indexed, views, publishedByItem };
}

/**
 * Relevance of an item to the keyword: the name beats the words people type, which beat the
 * summary; shared two-character pieces add up, so "公积全提取" still finds 公积金提取.
 */
function score(entry: IndexedItem, keyword: string, bigrams: string[]): number {
  const { item } = entry;
  let total = 0;
  if (item.name === keyword) total += 100;
  if (item.name.includes(keyword)) total += 50;
  if (entry.keywordsText.includes(keyword)) total += 40;
  if (entry.nameEnLower.includes(keyword.toLowerCase())) total += 40;
  if (item.summary.includes(keyword)) total += 10;
  if (bigrams.length)
    total += (30 * bigrams.filter((b) => entry.haystack.includes(b)).length) / bigrams.length;
  return total;
}

/** Below this a match is noise: a single shared character pair in a long keyword. */
const MIN_SCORE = 15;

/** Matching items, best first, then by code. */
export function searchCatalog(
  catalog: PublicCatalog,
  filters: SearchFilters,
): { summary: ItemSummary; score: number }[] {
  const keyword = filters.keyword?.trim();
  const bigrams = keyword ? keywordBigrams(keyword) : [];
  const results: { summary: ItemSummary; score: number }[] = [];
  for (const entry of catalog.items) {
    const { item, summary } = entry;
    if (filters.subject && item.subject !== filters.subject && item.subject !== 'both') continue;
    if (filters.type && item.type !== filters.type) continue;
    if (filters.lifeEvent && !item.lifeEvents.includes(filters.lifeEvent)) continue;
    if (filters.cityCode && !summary.cityCodes.includes(filters.cityCode)) continue;
    if (filters.mode === 'instant') {
      const cities = summary.instantCityCodes;
      if (filters.cityCode ? !cities.includes(filters.cityCode) : cities.length === 0) continue;
    } else if (filters.mode && !item.modes.includes(filters.mode)) {
      continue;
    }
    const s = keyword ? score(entry, keyword, bigrams) : 0;
    if (keyword && s < MIN_SCORE) continue;
    results.push({ summary, score: s });
  }
  return results.sort((a, b) => b.score - a.score || (a.summary.code < b.summary.code ? -1 : 1));
}
