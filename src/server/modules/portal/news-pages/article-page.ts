import { newsChannelNames, type ArticleView } from '../../../../contracts/portal.contract.js';
import { formatDate, html, raw } from './html.js';
import { pageText } from './page-text.js';
import { renderShell, type ShellOptions } from './page-shell.js';

type Common = Pick<ShellOptions, 'locale' | 'site' | 'stylesheets'> & { origin: string };

/** Absolute address for an image or link that may be a path on this site. */
export function absolute(origin: string, url: string): string {
  return url.startsWith('/') ? `${origin}${url}` : url;
}

/**
 * An article's own page: title, publish date, 来源, author, 浏览量, body, images and
 * attachments, previous and next, and its address to share. The body came out of the
 * sanitiser when it was saved and is placed as it is.
 */
export function renderArticlePage(article: ArticleView, common: Common): string {
  const { locale, origin } = common;
  const t = pageText(locale);
  const channelName = newsChannelNames[article.channel][locale];
  const canonical = `${origin}${article.url}`;
  const published = new Date(article.publishedAt);
  const neighbour = (label: string, link: ArticleView['previous']) =>
    html`<li>
      ${label}：${link ? html`<a href="${link.url}" lang="zh-CN">${link.title}</a>` : t.noneArticle}
    </li>`;
  const main = html`<nav class="news-breadcrumb" aria-label="${t.breadcrumb}">
      <ol>
        <li><a href="/">${t.navHome}</a></li>
        <li><a href="/news">${t.newsTitle}</a></li>
        <li><a href="/news?channel=${article.channel}">${channelName}</a></li>
        <li aria-current="page">${t.body}</li>
      </ol>
    </nav>
    <article class="page-panel news-article" aria-labelledby="article-title">
      <header lang="zh-CN">
        <h1 id="article-title">${article.title}</h1>
        ${article.subtitle ? html`<p class="news-subtitle">${article.subtitle}</p>` : ''}
      </header>
      <dl class="news-meta">
        <div>
          <dt>${t.published}</dt>
          <dd><time datetime="${article.publishedAt}">${formatDate(published, locale)}</time></dd>
        </div>
        <div>
          <dt>${t.source}</dt>
          <dd lang="zh-CN">${article.source}</dd>
        </div>
        ${
          article.author
            ? html`<div>
                <dt>${t.author}</dt>
                <dd lang="zh-CN">${article.author}</dd>
              </div>`
            : ''
        }
        <div>
          <dt>${t.views}</dt>
          <dd data-views>${article.views}</dd>
        </div>
      </dl>
      ${
        article.coverImageUrl
          ? html`<figure class="news-cover">
              <img src="${article.coverImageUrl}" alt="${article.coverImageAlt}" />
            </figure>`
          : ''
      }
      <div class="news-body" lang="zh-CN">${raw(article.bodyHtml)}</div>
      ${
        article.attachments.length > 0
          ? html`<section class="news-section" aria-labelledby="article-attachments">
              <h2 id="article-attachments">${t.attachments}</h2>
              <ul>
                ${article.attachments.map(
                  (file) => html`<li><a href="${file.url}" lang="zh-CN">${file.name}</a></li>`,
                )}
              </ul>
            </section>`
          : ''
      }
      <section class="news-section news-share" aria-labelledby="article-share">
        <h2 id="article-share">${t.share}</h2>
        <p>
          ${t.shareLink}：<a href="${canonical}">${canonical}</a>
          <button
            type="button"
            class="news-tool-button"
            hidden
            data-copy-link="${canonical}"
            data-copied="${t.copied}"
          >
            ${t.copyLink}
          </button>
          <span role="status" data-copy-status></span>
        </p>
      </section>
      <nav class="news-section news-prev-next" aria-label="${t.prevNext}">
        <ul>
          ${neighbour(t.previousArticle, article.previous)} ${neighbour(t.nextArticle, article.next)}
        </ul>
      </nav>
    </article>`;
  return renderShell({
    ...common,
    title: article.title,
    description: article.summary,
    canonical,
    openGraph: {
      type: 'article',
      image: article.coverImageUrl ? absolute(origin, article.coverImageUrl) : null,
      publishedTime: article.publishedAt,
    },
    feeds: [{ title: channelName, href: `/feeds/${article.channel}.xml` }],
    main,
  });
}
