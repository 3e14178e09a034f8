import type { Language } from '../../i18n/index.js';

const zhParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const enDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** A publication date in Beijing time: 2024年9月30日, or 30 Sep 2024. */
export function formatNewsDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'en') return enDate.format(date);
  const parts = zhParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** An article's server-rendered page, in English when the reader uses the site in English. */
export function articleHref(url: string, language: Language): string {
  return language === 'en' ? `${url}?lang=en` : url;
}

export function channelHref(channel: string, language: Language): string {
  return `/news?channel=${channel}${language === 'en' ? '&lang=en' : ''}`;
}
