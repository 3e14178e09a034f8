/**
 * Item names for case lists, kept per process for a short while: a worklist page names up to
 * twenty cases' items, and an item's name changes a few times a year. Like the catalogue's own
 * snapshot (30 s), a renamed item shows everywhere within the TTL.
 */
export function createItemNameCache({ ttlMs = 30_000, now = () => Date.now() } = {}) {
  const entries = new Map<string, { name: string; until: number }>();
  return async function itemName(code: string, load: () => Promise<string>): Promise<string> {
    const at = now();
    const cached = entries.get(code);
    if (cached && cached.until > at) return cached.name;
    const name = await load();
    // Bounded by the catalogue's size; cleared wholesale should it ever grow past reason.
    if (entries.size > 50_000) entries.clear();
    entries.set(code, { name, until: at + ttlMs });
    return name;
  };
}
