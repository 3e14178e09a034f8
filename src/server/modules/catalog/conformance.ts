/**
 * 无差别受理 conformance: how far the four cities' implementations of one item agree.
 *
 * The rule (also shown on the comparison page): an item is compared on eight dimensions —
 * materials, form fields, promised limit, statutory limit, fee, instant decision, delivery
 * options and off-site acceptance. A dimension is uniform when every city's value is equal.
 * The item's score is the share of uniform dimensions (0–100). A city's score on an item is the
 * share of dimensions on which it holds the value most cities hold (a tie gives no majority, so
 * no city scores on that dimension); a city's overall score is the mean over the items it
 * implements. A city that does not implement an item at all is listed as missing and scores 0
 * on it.
 */

export interface ComparableImplementation {
  cityCode: string;
  promisedDays: number;
  statutoryDays: number;
  feeYuan: string;
  instant: boolean;
  materials: { name: string; requirement: string }[];
  form: { key: string; label: string; required: boolean }[];
  delivery: string[];
  offSiteCityCodes: string[];
}

export const dimensions = [
  'materials',
  'form',
  'promisedDays',
  'statutoryDays',
  'fee',
  'instant',
  'delivery',
  'offSite',
] as const;
export type Dimension = (typeof dimensions)[number];

export interface DimensionComparison {
  dimension: Dimension;
  uniform: boolean;
  /** City code → a printable value of that city. */
  values: Record<string, string>;
  /** Cities holding the majority value; empty when there is a tie. */
  majorityCities: string[];
}

export interface RowComparison {
  /** Material name or form field key. */
  key: string;
  label: string;
  /** City code → requirement ('required' | 'conditional' | 'optional' | 'absent'). */
  byCity: Record<string, string>;
  uniform: boolean;
}

export interface ItemComparison {
  cities: string[];
  missingCities: string[];
  dimensions: DimensionComparison[];
  materials: RowComparison[];
  formFields: RowComparison[];
  score: number;
  cityScores: Record<string, number>;
}

function canonical(impl: ComparableImplementation, all: string[]): Record<Dimension, string> {
  const others = all.filter((c) => c !== impl.cityCode);
  return {
    materials: impl.materials
      .map((m) => `${m.name}（${m.requirement}）`)
      .sort()
      .join('、'),
    form: impl.form
      .map((f) => `${f.key}${f.required ? '*' : ''}`)
      .sort()
      .join(','),
    promisedDays: String(impl.promisedDays),
    statutoryDays: String(impl.statutoryDays),
    fee: Number(impl.feeYuan).toFixed(2),
    instant: impl.instant ? 'yes' : 'no',
    delivery: [...impl.delivery].sort().join(','),
    offSite: others.every((c) => impl.offSiteCityCodes.includes(c))
      ? 'all'
      : [...impl.offSiteCityCodes].sort().join(','),
  };
}

function majority(values: Record<string, string>): string[] {
  const groups = new Map<string, string[]>();
  for (const [city, value] of Object.entries(values)) groups.set(value, [...(groups.get(value) ?? []), city]);
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  const [first, second] = sorted;
  if (!first || (second && second.length === first.length)) return [];
  return first;
}

function rows(
  impls: ComparableImplementation[],
  entries: (impl: ComparableImplementation) => { key: string; label: string; requirement: string }[],
): RowComparison[] {
  const byKey = new Map<string, RowComparison>();
  for (const impl of impls) {
    for (const entry of entries(impl)) {
      const row = byKey.get(entry.key) ?? { key: entry.key, label: entry.label, byCity: {}, uniform: false };
      row.byCity[impl.cityCode] = entry.requirement;
      byKey.set(entry.key, row);
    }
  }
  for (const row of byKey.values()) {
    for (const impl of impls) row.byCity[impl.cityCode] ??= 'absent';
    row.uniform = new Set(Object.values(row.byCity)).size === 1;
  }
  return [...byKey.values()];
}

/** Compares the implementations of one item across the expected cities. */
export function compareImplementations(
  implementations: ComparableImplementation[],
  expectedCities: string[],
): ItemComparison {
  const present = expectedCities.filter((c) => implementations.some((i) => i.cityCode === c));
  const missingCities = expectedCities.filter((c) => !present.includes(c));
  const canon = new Map(implementations.map((i) => [i.cityCode, canonical(i, expectedCities)]));
  const comparisons = dimensions.map((dimension): DimensionComparison => {
    const values = Object.fromEntries(present.map((c) => [c, canon.get(c)?.[dimension] ?? '']));
    const uniform = missingCities.length === 0 && new Set(Object.values(values)).size <= 1;
    return { dimension, uniform, values, majorityCities: uniform ? present : majority(values) };
  });
  const uniformCount = comparisons.filter((d) => d.uniform).length;
  const cityScores = Object.fromEntries(
    expectedCities.map((city) => [
      city,
      present.includes(city)
        ? Math.round(
            (comparisons.filter((d) => d.majorityCities.includes(city)).length / dimensions.length) * 100,
          )
        : 0,
    ]),
  );
  return {
    cities: present,
    missingCities,
    dimensions: comparisons,
    materials: rows(implementations, (i) =>
      i.materials.map((m) => ({ key: m.name, label: m.name, requirement: m.requirement })),
    ),
    formFields: rows(implementations, (i) =>
      i.form.map((f) => ({ key: f.key, label: f.label, requirement: f.required ? 'required' : 'optional' })),
    ),
    score: Math.round((uniformCount / dimensions.length) * 100),
    cityScores,
  };
}
