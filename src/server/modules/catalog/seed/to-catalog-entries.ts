import type { CatalogEntry, ImplementationContent } from '../catalog-entry.js';
import type { CityCode, SeedItem } from './seed-item.js';

export const metroCityCodes: CityCode[] = ['510100', '510600', '511400', '512000'];

function withOverrides<T extends { key: string }>(
  base: T[],
  overrides: T[] = [],
  removed: string[] = [],
): T[] {
  const replaced = base
    .filter((b) => !removed.includes(b.key))
    .map((b) => overrides.find((o) => o.key === b.key) ?? b);
  const extra = overrides.filter((o) => !base.some((b) => b.key === o.key));
  return [...replaced, ...extra];
}

/** Expands seed items into catalogue entries: the baseline applied to each city, then the city's overrides. */
export function toCatalogEntries(
  items: SeedItem[],
  resolveOrgId: (cityCode: string, orgKey: string) => string,
): CatalogEntry[] {
  return items.map((seed) => ({
    item: {
      code: seed.code,
      name: seed.name,
      nameEn: seed.nameEn,
      type: seed.type,
      subject: seed.subject,
      legalBasis: seed.legalBasis,
      modes: seed.modes,
      lifeEvents: seed.lifeEvents,
      keywords: seed.keywords,
      summary: seed.summary,
      summaryEn: seed.summaryEn,
      resultType: seed.resultType,
      guide: seed.guide,
    },
    implementations: metroCityCodes.map((cityCode): ImplementationContent => {
      const o = seed.cityOverrides[cityCode] ?? {};
      const instant = o.instant ?? seed.promisedDays === 0;
      return {
        cityCode,
        orgId: resolveOrgId(cityCode, seed.orgKey),
        statutoryDays: seed.statutoryDays,
        promisedDays: o.promisedDays ?? (o.instant ? 0 : seed.promisedDays),
        feeYuan: o.feeYuan ?? seed.feeYuan,
        materials: withOverrides(seed.materials, o.extraMaterials, o.removeMaterials),
        form: withOverrides(seed.form, o.formOverrides),
        delivery: o.delivery ?? seed.delivery,
        offSiteCityCodes: (seed.offSiteCities ?? metroCityCodes).filter((c) => c !== cityCode),
        instant,
      };
    }),
  }));
}
