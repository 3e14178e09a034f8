import type { Database } from '../src/server/platform/db/database.js';
import { createModules } from '../src/server/modules.js';
import type { Config } from '../src/server/platform/config.js';
import type { CatalogEntry } from '../src/server/modules/catalog/index.js';

const districts = ['锦江', '青羊', '金牛', '武侯', '成华', '旌阳', '东坡', '雁江', '天府新区', '高新区'];

/**
 * Grows the catalogue to `count` items by deriving variants of the real seed items (same guides,
 * names qualified by a district), each implemented in all four cities, as a city cluster's full
 * catalogue would be in size.
 */
export async function loadLargeCatalog(database: Database, config: Config, count: number): Promise<number> {
  const modules = createModules({ config, database });
  return database.withSystem(async (tx) => {
    const base = await modules.catalog.exportEntries(tx);
    const entries: CatalogEntry[] = [];
    for (let i = 0; entries.length + base.length < count; i++) {
      const source = base[i % base.length] as CatalogEntry;
      const district = districts[Math.floor(i / base.length) % districts.length] as string;
      const serial = String(900000000000 + i).padStart(12, '0');
      entries.push({
        item: {
          ...source.item,
          code: serial,
          name: `${source.item.name}（${district}专窗${Math.floor(i / base.length / districts.length) + 1}）`,
        },
        implementations: source.implementations,
      });
    }
    await modules.catalog.applyEntries(tx, entries, null);
    return base.length + entries.length;
  });
}
