import { newsChannelNames, newsChannels, type NewsChannel } from '../../../../contracts/portal.contract.js';
import type { ArticleRow } from '../news.repository.js';
import { articlePath } from '../news.presenter.js';
import { absolute } from './article-page.js';

// XML 1.0 allows only these characters; anything else in a text would make the feed unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Relative links and images of a body made absolute, as a feed reader shows it out of context. */
function absoluteBody(origin: string, body: string): string {
  return body.replace(
    /\b(href|src)="(\/[^/"][^"]*|\/)"/g,
    (_whole, name: string, url: string) => `${name}="${origin}${url}"`,
  );
}

/** An Atom feed (RFC 4287) of a channel's newest published articles. */
export function renderChannelFeed({
  origin,
  channel,
  siteName,
  hostOrganisation,
  rows,
}: {
  origin: string;
  channel: NewsChannel;
  siteName: string;
  hostOrganisation: string;
  rows: ArticleRow[];
}): string {
  const name = newsChannelNames[channel]['zh-CN'];
  const updated = (rows[0]?.publishAt ?? new Date(0)).toISOString();
  const entries = rows.map((row) => {
    const link = `${origin}${articlePath(row.id)}`;
    const at = (row.publishAt ?? row.updatedAt).toISOString();
    return `  <entry>
    <title>${escapeXml(row.title)}</title>
    <id>urn:uuid:${row.id}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <published>${at}</published>
    <updated>${at}</updated>
    <author><name>${escapeXml(row.author || row.source)}</name></author>
    <category term="${channel}" label="${escapeXml(name)}"/>
    <summary>${escapeXml(row.summary)}</summary>
    <content type="html">${escapeXml(absoluteBody(origin, row.bodyHtml))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(`${name} - ${siteName}`)}</title>
  <id>${escapeXml(`${origin}/feeds/${channel}.xml`)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feeds/${channel}.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/news?channel=${channel}`)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(hostOrganisation)}</name></author>
${entries.join('\n')}
</feed>
`;
}

function latest(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}

/** The sitemap (sitemaps.org 0.9): the home page, the news lists and every published article. */
export function renderSitemap({
  origin,
  articles,
}: {
  origin: string;
  articles: { id: string; publishAt: Date | null; updatedAt: Date }[];
}): string {
  const url = (loc: string, lastmod?: Date) =>
    `  <url><loc>${escapeXml(absolute(origin, loc))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  const lines = [
    url('/'),
    url('/items'),
    url('/news'),
    ...newsChannels.map((channel) => url(`/news?channel=${channel}`)),
    // A scheduled article was approved before it appeared: it changed last when it was published.
    ...articles.map((a) => url(articlePath(a.id), latest(a.publishAt, a.updatedAt))),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${lines.join('\n')}
</urlset>
`;
}
