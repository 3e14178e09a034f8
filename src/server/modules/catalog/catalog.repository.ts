import { and, asc, desc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { itemImplementations, serviceItems } from './catalog.tables.js';

export type ServiceItemRow = typeof serviceItems.$inferSelect;
export type ImplementationRow = typeof itemImplementations.$inferSelect;
export type ImplementationStatus = ImplementationRow['status'];

export interface ItemFilters {
  keyword?: string;
  /** Two-character pieces of the keyword, for matches that survive a typo. */
  bigrams: string[];
  cityCode?: string;
  subject?: string;
  mode?: string;
  type?: string;
  lifeEvent?: string;
}

export interface SearchRow {
  code: string;
  score: number;
}

/** Escapes LIKE wildcards so a keyword matches literally. */
function likePattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Relevance of an item to the keyword: the name beats the keywords people type, which beat the
 * summary; shared two-character pieces add up so that "公积全提取" still finds 公积金提取.
 */
function scoreSql(filters: ItemFilters): SQL {
  if (!filters.keyword) return sql`0`;
  const kw = filters.keyword;
  const pattern = likePattern(kw.toLowerCase());
  const haystack = sql`(i.name || ' ' || array_to_string(i.keywords, ' '))`;
  const bigramScore = filters.bigrams.length
    ? sql`30.0 * (select count(*) from unnest(${sql.param(filters.bigrams)}::text[]) b where strpos(${haystack}, b) > 0) / ${filters.bigrams.length}`
    : sql`0`;
  return sql`(case when i.name = ${kw} then 100 else 0 end)
    + (case when strpos(i.name, ${kw}) > 0 then 50 else 0 end)
    + (case when strpos(array_to_string(i.keywords, ' '), ${kw}) > 0 then 40 else 0 end)
    + (case when lower(i.name_en) like ${pattern} then 40 else 0 end)
    + (case when strpos(i.summary, ${kw}) > 0 then 10 else 0 end)
    + ${bigramScore}`;
}

function filterSql(filters: ItemFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.subject) parts.push(sql`(i.subject = ${filters.subject} or i.subject = 'both')`);
  if (filters.type) parts.push(sql`i.type = ${filters.type}`);
  if (filters.lifeEvent) parts.push(sql`${filters.lifeEvent} = any(i.life_events)`);
  if (filters.mode === 'instant') {
    parts.push(
      sql`exists (select 1 from item_implementations m where m.item_code = i.code and m.status = 'published' and m.instant${
        filters.cityCode ? sql` and m.city_code = ${filters.cityCode}` : sql``
      })`,
    );
  } else if (filters.mode) {
    parts.push(sql`${filters.mode} = any(i.modes)`);
  }
  if (filters.cityCode) {
    parts.push(
      sql`exists (select 1 from item_implementations c where c.item_code = i.code and c.status = 'published' and c.city_code = ${filters.cityCode})`,
    );
  }
  return sql.join(parts, sql` and `);
}

/** SQL of the catalogue: items and their versioned per-city implementations. */
export function createCatalogRepository() {
  return {
    /** Codes of matching items, best first, then by code; a keyword must match somewhere. */
    async searchItems(db: Executor, filters: ItemFilters): Promise<SearchRow[]> {
      const score = scoreSql(filters);
      const rows = await queryRows<{ code: string; score: number }>(
        db,
        sql`select code, score::float8 as score from (
              select i.code, ${score} as score from service_items i where ${filterSql(filters)}
            ) s
            where ${filters.keyword ? sql`score >= 15` : sql`true`}
            order by score desc, code asc`,
      );
      return rows.map((r) => ({ code: r.code, score: Number(r.score) }));
    },

    listItemsByCode: (db: Executor, codes: string[]) =>
      codes.length
        ? db.select().from(serviceItems).where(inArray(serviceItems.code, codes))
        : Promise.resolve([]),

    listAllItems: (db: Executor) => db.select().from(serviceItems).orderBy(asc(serviceItems.code)),

    async findItem(db: Executor, code: string) {
      const [item] = await db.select().from(serviceItems).where(eq(serviceItems.code, code));
      return item ?? null;
    },

    insertItem: (db: Executor, row: typeof serviceItems.$inferInsert) => db.insert(serviceItems).values(row),
    updateItem: (db: Executor, code: string, row: Partial<typeof serviceItems.$inferInsert>) =>
      db.update(serviceItems).set(row).where(eq(serviceItems.code, code)),

    /** Published implementations of the items, for summaries (which cities, which decide at once). */
    listPublishedFor: (db: Executor, itemCodes: string[]) =>
      itemCodes.length
        ? db
            .select({
              itemCode: itemImplementations.itemCode,
              cityCode: itemImplementations.cityCode,
              instant: itemImplementations.instant,
            })
            .from(itemImplementations)
            .where(
              and(
                inArray(itemImplementations.itemCode, itemCodes),
                eq(itemImplementations.status, 'published'),
              ),
            )
        : Promise.resolve([]),

    listImplementations: (db: Executor, itemCode: string, statuses: ImplementationStatus[]) =>
      db
        .select()
        .from(itemImplementations)
        .where(and(eq(itemImplementations.itemCode, itemCode), inArray(itemImplementations.status, statuses)))
        .orderBy(asc(itemImplementations.cityCode), desc(itemImplementations.version)),

    listAllPublished: (db: Executor) =>
      db
        .select()
        .from(itemImplementations)
        .where(eq(itemImplementations.status, 'published'))
        .orderBy(asc(itemImplementations.itemCode), asc(itemImplementations.cityCode)),

    async findImplementation(db: Executor, itemCode: string, cityCode: string, status: ImplementationStatus) {
      const [row] = await db
        .select()
        .from(itemImplementations)
        .where(
          and(
            eq(itemImplementations.itemCode, itemCode),
            eq(itemImplementations.cityCode, cityCode),
            eq(itemImplementations.status, status),
          ),
        )
        .orderBy(desc(itemImplementations.version))
        .limit(1);
      return row ?? null;
    },

    listDraftKeys: (db: Executor) =>
      db
        .select({ itemCode: itemImplementations.itemCode, cityCode: itemImplementations.cityCode })
        .from(itemImplementations)
        .where(eq(itemImplementations.status, 'draft')),

    async findImplementationById(db: Executor, id: string) {
      const [row] = await db.select().from(itemImplementations).where(eq(itemImplementations.id, id));
      return row ?? null;
    },

    async lastVersion(db: Executor, itemCode: string, cityCode: string): Promise<number> {
      const [row] = await db
        .select({ last: max(itemImplementations.version) })
        .from(itemImplementations)
        .where(and(eq(itemImplementations.itemCode, itemCode), eq(itemImplementations.cityCode, cityCode)));
      return row?.last ?? 0;
    },

    insertImplementation: (db: Executor, row: typeof itemImplementations.$inferInsert) =>
      db.insert(itemImplementations).values(row),

    updateImplementation: (
      db: Executor,
      id: string,
      change: Partial<typeof itemImplementations.$inferInsert>,
    ) =>
      db
        .update(itemImplementations)
        .set(change)
        .where(eq(itemImplementations.id, id))
        .returning({ id: itemImplementations.id }),

    deleteImplementation: (db: Executor, id: string) =>
      db
        .delete(itemImplementations)
        .where(eq(itemImplementations.id, id))
        .returning({ id: itemImplementations.id }),
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
