/**
 * The majority rule of the conformance score (server: catalog/conformance.ts), for rows the
 * server does not mark itself: the value most cities hold; an even split has no majority.
 */
export function majorityCities(values: Record<string, string>): string[] {
  const groups = new Map<string, string[]>();
  for (const [city, value] of Object.entries(values)) groups.set(value, [...(groups.get(value) ?? []), city]);
  const [first, second] = [...groups.values()].sort((a, b) => b.length - a.length);
  if (!first || (second && second.length === first.length)) return [];
  return first;
}

/** How one city's cell of a comparison row stands against the others. */
export type CellStanding = 'uniform' | 'majority' | 'differs' | 'noMajority' | 'missing';

export function cellStanding(
  cityCode: string,
  { uniform, majority, present }: { uniform: boolean; majority: string[]; present: boolean },
): CellStanding {
  if (!present) return 'missing';
  if (uniform) return 'uniform';
  if (majority.length === 0) return 'noMajority';
  return majority.includes(cityCode) ? 'majority' : 'differs';
}
