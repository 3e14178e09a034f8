import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { cities, divisions, metroAreas, organisations, serviceWindows } from './directory.tables.js';

/** SQL of the directory: cities, divisions, organisations and windows. */
export function createDirectoryRepository() {
  return {
    async findMetroArea(db: Executor) {
      const [area] = await db.select().from(metroAreas).limit(1);
      return area ?? null;
    },
    listCities: (db: Executor) => db.select().from(cities).orderBy(asc(cities.sortOrder)),
    listDivisions: (db: Executor) => db.select().from(divisions).orderBy(asc(divisions.code)),
    listOrganisations: (db: Executor, cityCode?: string) =>
      db
        .select()
        .from(organisations)
        .where(cityCode ? eq(organisations.cityCode, cityCode) : undefined)
        .orderBy(asc(organisations.cityCode), asc(organisations.name)),
    insertMetroArea: (db: Executor, row: typeof metroAreas.$inferInsert) =>
      db.insert(metroAreas).values(row).onConflictDoNothing(),
    insertCity: (db: Executor, row: typeof cities.$inferInsert) =>
      db.insert(cities).values(row).onConflictDoNothing(),
    insertDivisions: (db: Executor, rows: (typeof divisions.$inferInsert)[]) =>
      db.insert(divisions).values(rows).onConflictDoNothing(),
    insertOrganisation: (db: Executor, row: typeof organisations.$inferInsert) =>
      db.insert(organisations).values(row),
    insertWindows: (db: Executor, rows: (typeof serviceWindows.$inferInsert)[]) =>
      db.insert(serviceWindows).values(rows),
  };
}

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
