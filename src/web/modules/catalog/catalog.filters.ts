import type { ItemListQuery } from '../../../contracts/catalog.contract.js';

/** The four cities of the metro area, in the order the portal lists them. */
export const CITY_CODES = ['510100', '510600', '511400', '512000'] as const;

export const SUBJECTS = ['individual', 'legal_person'] as const;
export const HANDLING_MODES = ['fully_online', 'off_site_window', 'multi_site', 'instant'] as const;
export const ITEM_TYPES = [
  'administrative_license',
  'administrative_confirmation',
  'administrative_payment',
  'administrative_filing',
  'public_service',
  'other',
] as const;
/** Life events (一件事 themes) the catalogue tags items with. */
export const LIFE_EVENTS = [
  'birth',
  'education',
  'employment',
  'housing',
  'moving',
  'medical',
  'social_security',
  'retirement',
  'travel_and_vehicles',
  'marriage_and_family',
  'starting_a_business',
  'running_a_business',
  'property',
  'identity_documents',
] as const;

/** What narrows the catalogue list; every member is optional and kept in the page's URL. */
export type ItemFilters = Partial<
  Pick<ItemListQuery, 'keyword' | 'cityCode' | 'subject' | 'mode' | 'type' | 'lifeEvent'>
>;

/** URL parameter of each filter: `q` stays the keyword so links from the home page keep working. */
const PARAMS = {
  keyword: 'q',
  cityCode: 'city',
  subject: 'subject',
  mode: 'mode',
  type: 'type',
  lifeEvent: 'event',
} as const satisfies Record<keyof ItemFilters, string>;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The filters a shared link carries; unknown values are ignored rather than sent to the server. */
export function filtersFromSearch(params: URLSearchParams): ItemFilters {
  const keyword = params.get(PARAMS.keyword)?.trim().slice(0, 50);
  const filters: ItemFilters = {
    keyword: keyword || undefined,
    cityCode: oneOf(CITY_CODES, params.get(PARAMS.cityCode)),
    subject: oneOf(SUBJECTS, params.get(PARAMS.subject)),
    mode: oneOf(HANDLING_MODES, params.get(PARAMS.mode)),
    type: oneOf(ITEM_TYPES, params.get(PARAMS.type)),
    lifeEvent: oneOf(LIFE_EVENTS, params.get(PARAMS.lifeEvent)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as ItemFilters;
}

/** The URL query of the filters, in a stable order, without empty members. */
export function filtersToSearch(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS) as [keyof ItemFilters, string][]) {
    const value = filters[key]?.trim();
    if (value) params.set(param, value);
  }
  return params;
}

/** The API query of the filters (without paging). */
export function filtersToApiQuery(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof ItemFilters)[]) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function hasFilters(filters: ItemFilters): boolean {
  return Object.values(filters).some(Boolean);
}
