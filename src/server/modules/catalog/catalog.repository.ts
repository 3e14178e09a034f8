import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { itemImplementations, serviceItems } from './catalog.tables.js';

export type ServiceItemRow = typeof serviceItems.$inferSelect;
export type ImplementationRow = typeof itemImplementations.$inferSelect;
export type ImplementationStatus = ImplementationRow['status'];

/** SQL of the catalogue: items and their versioned per-city implementations. */
export function createCatalogRepository() {
  return {
    listAllItems: (db: Executor) => db.select().from(serviceItems).orderBy(asc(serviceItems.code)),

    async findItem(db: Executor, code: string) {
      const [item] = await db.select().from(serviceItems).where(eq(serviceItems.code, code));
      return item ?? null;
    },

    insertItem: (db: Executor, row: typeof serviceItems.$inferInsert) => db.insert(serviceItems).values(row),
    updateItem: (db: Executor, code: string, row: Partial<typeof serviceItems.$inferInsert>) =>
      db.update(serviceItems).set(row).where(eq(serviceItems.code, code)),

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
