import { and, asc, desc, eq, ilike, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { itemImplementations, serviceItems } from './catalog.tables.js';

export type ServiceItemRow = typeof serviceItems.$inferSelect;
export type ImplementationRow = typeof itemImplementations.$inferSelect;

/** SQL of the catalogue: items and their per-city implementations. */
export function createCatalogRepository() {
  return {
    listItems: (db: Executor, keyword?: string) =>
      db
        .select()
        .from(serviceItems)
        .where(
          keyword
            ? or(
                ilike(serviceItems.name, likePattern(keyword)),
                ilike(serviceItems.nameEn, likePattern(keyword)),
              )
            : undefined,
        )
        .orderBy(asc(serviceItems.code))
        .limit(200),
    async findItem(db: Executor, code: string) {
      const [item] = await db.select().from(serviceItems).where(eq(serviceItems.code, code));
      return item ?? null;
    },
    /** The newest published version of every city's implementation of an item. */
    async listPublishedImplementations(db: Executor, itemCode: string) {
      const rows = await db
        .select()
        .from(itemImplementations)
        .where(and(eq(itemImplementations.itemCode, itemCode), eq(itemImplementations.status, 'published')))
        .orderBy(asc(itemImplementations.cityCode), desc(itemImplementations.version));
      return rows.filter((row, i) => i === 0 || rows[i - 1]?.cityCode !== row.cityCode);
    },
    async findPublishedImplementation(db: Executor, itemCode: string, cityCode: string) {
      const [row] = await db
        .select()
        .from(itemImplementations)
        .where(
          and(
            eq(itemImplementations.itemCode, itemCode),
            eq(itemImplementations.cityCode, cityCode),
            eq(itemImplementations.status, 'published'),
          ),
        )
        .orderBy(desc(itemImplementations.version))
        .limit(1);
      return row ?? null;
    },
    insertItem: (db: Executor, row: typeof serviceItems.$inferInsert) =>
      db.insert(serviceItems).values(row).onConflictDoNothing(),
    insertImplementation: (db: Executor, row: typeof itemImplementations.$inferInsert) =>
      db.insert(itemImplementations).values(row).onConflictDoNothing(),
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;

/** A LIKE pattern matching the keyword literally anywhere. */
function likePattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
