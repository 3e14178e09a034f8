import {
  newsChannelNames,
  newsChannels,
  type ArticleList,
  type NewsChannel,
} from '../../../../contracts/portal.contract.js';
import { formatDate, html } from './html.js';
import { fill, pageText } from './page-text.js';
import { renderShell, type ShellOptions } from './page-shell.js';

type Common = Pick<ShellOptions, 'locale' | 'site' | 'stylesheets'> & { origin: string };

/** The address of a list page; page 1 and empty filters are left out, so each list has one address. */
export function listPath({ channel, q, page }: { channel?: NewsChannel; q?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (channel) params.set('channel', channel);
  if (q) params.set('q', q);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/news?${query}` : '/news';
}

/** 新闻动态: the channels as tabs, a search form (a plain GET form), the list and its pages. */
export function renderListPage(
  list: ArticleList,
  filter: { channel?: NewsChannel; q?: string },
  common: Common,
): string {
  const { locale, origin } = common;
  const t = pageText(locale);
  const heading = filter.channel ? newsChannelNames[filter.channel][locale] : t.newsTitle;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const tab = (channel: NewsChannel | undefined, label: string) => {
    const href = listPath(channel ? { channel } : {});
    return channel === filter.channel
      ? html`<li><a href="${href}" aria-current="page">${label}</a></li>`
      : html`<li><a href="${href}">${label}</a></li>`;
  };
  const row = (item: ArticleList['items'][number]) => {
    const channel = filter.channel
      ? ''
      : html`<span class="news-channel">[${newsChannelNames[item.channel][locale]}]</span>`;
    const date = formatDate(new Date(item.publishedAt), locale);
    const title = html`<a href="${item.url}" lang="zh-CN">${item.title}</a>`;
    return html`<li>
      <span>${channel}${title}</span>
      <span class="news-list-meta"><time datetime="${item.publishedAt}">${date}</time></span>
    </li>`;
  };
  const count = filter.q
    ? fill(t.searchResults, { q: filter.q, n: list.total })
    : fill(t.results, { n: list.total });
  const pageLink = (page: number, label: string, rel: string) =>
    html`<li><a href="${listPath({ ...filter, page })}" rel="${rel}">${label}</a></li>`;
  const main = html`<nav class="news-breadcrumb" aria-label="${t.breadcrumb}">
      <ol>
        <li><a href="/">${t.navHome}</a></li>
        ${filter.channel ? html`<li><a href="/news">${t.newsTitle}</a></li>` : ''}
        <li aria-current="page">${heading}</li>
      </ol>
    </nav>
    <section class="page-panel news-layout" aria-labelledby="news-heading">
      <h1 id="news-heading">${heading}</h1>
      <nav class="news-tabs" aria-label="${t.channelsNav}">
        <ul>
          ${tab(undefined, t.allChannels)}
          ${newsChannels.map((channel) => tab(channel, newsChannelNames[channel][locale]))}
        </ul>
      </nav>
      <form class="news-search" method="get" action="/news" role="search">
        ${filter.channel ? html`<input type="hidden" name="channel" value="${filter.channel}" />` : ''}
        <div>
          <label for="news-q">${t.searchLabel}</label
          ><input id="news-q" type="search" name="q" maxlength="50" value="${filter.q ?? ''}" />
        </div>
        <button type="submit">${t.search}</button>
      </form>
      <p role="status">${count}</p>
      ${
        list.items.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<ul class="news-list">
              ${list.items.map(row)}
            </ul>`
      }
      ${
        pages > 1
          ? html`<nav class="news-pagination" aria-label="${t.pagination}">
              <ul>
                ${list.page > 1 ? pageLink(list.page - 1, t.previousPage, 'prev') : ''}
                <li aria-current="page">${fill(t.pageOf, { page: list.page, pages })}</li>
                ${list.page < pages ? pageLink(list.page + 1, t.nextPage, 'next') : ''}
              </ul>
            </nav>`
          : ''
      }
      ${filter.channel ? html`<p class="news-channel-feed"><a href="/feeds/${filter.channel}.xml" type="application/atom+xml">${t.feed}</a></p>` : ''}
    </section>`;
  const feeds = (filter.channel ? [filter.channel] : [...newsChannels]).map((channel) => ({
    title: newsChannelNames[channel][locale],
    href: `/feeds/${channel}.xml`,
  }));
  return renderShell({
    ...common,
    title: heading,
    description: heading,
    canonical: `${origin}${listPath({ ...(filter.channel ? { channel: filter.channel } : {}), page: list.page })}`,
    feeds,
    main,
  });
}

/** A real 404 page for an unknown article or channel, in the same chrome. */
export function renderNotFoundPage(common: Common, kind: 'not_found' | 'error' = 'not_found'): string {
  const t = pageText(common.locale);
  const title = kind === 'error' ? t.errorTitle : t.notFoundTitle;
  const main = html`<section class="page-panel news-layout" aria-labelledby="news-heading">
    <h1 id="news-heading">${title}</h1>
    <p>${kind === 'error' ? t.errorText : t.notFoundText}</p>
    <p><a href="/news">${t.backToNews}</a> | <a href="/">${t.backHome}</a></p>
  </section>`;
  return renderShell({
    ...common,
    title,
    description: title,
    canonical: `${common.origin}/news`,
    main,
  });
}
