import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { siteSettings } from './portal.tables.js';

export function createPortalRepository() {
  return {
    async findSetting(db: Executor, key: string): Promise<unknown> {
      const [row] = await db.select().from(siteSettings).where(eq(siteSettings.key, key));
      return row?.value;
    },
    insertSettingIfAbsent: (db: Executor, key: string, value: unknown) =>
      db.insert(siteSettings).values({ key, value }).onConflictDoNothing(),
    upsertSetting: (db: Executor, key: string, value: unknown) =>
      db
        .insert(siteSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: new Date() } }),
  };
}

export type PortalRepository = ReturnType<typeof createPortalRepository>;
