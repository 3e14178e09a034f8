export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export type LocalizedText = Record<Locale, string>;

const catalog = new Map<string, LocalizedText>();

/** Modules register their user-facing messages once, at import time, under stable keys. */
export function registerMessages(messages: Record<string, LocalizedText>): void {
  for (const [key, text] of Object.entries(messages)) catalog.set(key, text);
}

/** The text for a key in the locale, with {name} placeholders filled; undefined for an unknown key. */
export function translate(
  key: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string | undefined {
  const text = catalog.get(key)?.[locale];
  if (text === undefined) return undefined;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Chinese unless the caller asks for English first: an explicit ?lang= wins, then the
 * first Accept-Language range that names zh or en.
 */
export function negotiateLocale(acceptLanguage: string | undefined, explicit?: string): Locale {
  if (explicit === 'en' || explicit === 'zh-CN') return explicit;
  if (!acceptLanguage) return 'zh-CN';
  const ranges = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((r) => !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranges) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
