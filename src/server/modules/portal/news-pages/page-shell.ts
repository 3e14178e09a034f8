import type { SiteSettings } from '../../../../contracts/portal.contract.js';
import type { Locale } from '../../../platform/http/i18n.js';
import { NEWS_STYLES } from './assets.js';
import { html, type SafeHtml } from './html.js';
import { pageText } from './page-text.js';

export const NEWS_SCRIPT_PATH = '/news-assets/news.js';

export interface ShellOptions {
  locale: Locale;
  site: SiteSettings;
  stylesheets: string[];
  title: string;
  description: string;
  /** Absolute address of this page as it should be indexed and shared. */
  canonical: string;
  openGraph?: { type: 'article' | 'website'; image?: string | null; publishedTime?: string };
  feeds?: { title: string; href: string }[];
  main: SafeHtml;
}

/**
 * A whole page in the portal's chrome — tool bar, masthead, navigation, footer — as the web app
 * draws it, with the same class names so its stylesheet applies. Readable with no script at all.
 */
export function renderShell(options: ShellOptions): string {
  const { locale, site, main } = options;
  const t = pageText(locale);
  const siteName = locale === 'en' ? site.siteNameEn : site.siteName;
  const otherName = locale === 'en' ? site.siteName : site.siteNameEn;
  const og = options.openGraph;
  const page = html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} - ${siteName}</title>
        <meta name="description" content="${options.description}" />
        <link rel="canonical" href="${options.canonical}" />
        <meta property="og:site_name" content="${siteName}" />
        <meta property="og:title" content="${options.title}" />
        <meta property="og:description" content="${options.description}" />
        <meta property="og:url" content="${options.canonical}" />
        <meta property="og:type" content="${og?.type ?? 'website'}" />
        <meta property="og:locale" content="${locale === 'en' ? 'en_GB' : 'zh_CN'}" />
        ${og?.image ? html`<meta property="og:image" content="${og.image}" />` : ''}
        ${og?.publishedTime ? html`<meta property="article:published_time" content="${og.publishedTime}" />` : ''}
        ${(options.feeds ?? []).map((feed) => html`<link rel="alternate" type="application/atom+xml" title="${feed.title}" href="${feed.href}" />`)}
        <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
        ${options.stylesheets.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
        <style>
          ${{ html: NEWS_STYLES }}
        </style>
        <script src="${NEWS_SCRIPT_PATH}"></script>
      </head>
      <body>
        <a class="skip-link" href="#main-content">${t.skipToContent}</a>
        <header>
          <div class="top-bar">
            <div class="container">
              <nav aria-label="${t.governmentLinks}">
                <ul>
                  <li><a href="https://www.gov.cn/">${t.centralGovernment}</a></li>
                  <li><a href="https://www.sc.gov.cn/">${t.provincialGovernment}</a></li>
                </ul>
              </nav>
              <ul aria-label="${t.siteTools}">
                <li><a href="/login">${t.unifiedLogin}</a></li>
                <li hidden>
                  <button type="button" data-a11y-toggle aria-pressed="false">${t.accessibleMode}</button>
                </li>
                <li>${t.ipv6}</li>
              </ul>
            </div>
          </div>
          <div class="masthead">
            <div class="container">
              <a href="/" class="site-brand"
                ><svg class="site-emblem" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                  <circle cx="32" cy="32" r="30" fill="#b8151b" stroke="#ffd666" stroke-width="3"></circle>
                  <text x="32" y="43" font-size="30" text-anchor="middle" fill="#ffd666">同</text></svg
                ><span
                  ><span class="site-brand-name">${siteName}</span
                  ><span class="site-brand-sub" lang="${locale === 'en' ? 'zh-CN' : 'en'}"
                    >${otherName}</span
                  ></span
                ></a
              >
            </div>
          </div>
          <nav class="main-nav" aria-label="${t.mainNavigation}">
            <div class="container">
              <ul>
                <li><a href="/">${t.navHome}</a></li>
                <li><a href="/news" aria-current="page">${t.navNews}</a></li>
                <li><a href="/items">${t.navItems}</a></li>
                <li><a href="/conformance">${t.navConformance}</a></li>
              </ul>
            </div>
          </nav>
        </header>
        <main id="main-content" tabindex="-1"><div class="container">${main}</div></main>
        <footer class="site-footer">
          <div class="container">
            <p>${t.host}${site.hostOrganisation}</p>
            <p>
              ${t.hotline}${site.hotlineLocal}<span class="footer-sep" aria-hidden="true"></span
              >${site.hotlineOutOfTown}
            </p>
            <p>
              ${t.officePhone}${site.officePhone}<span class="footer-sep" aria-hidden="true">|</span
              >${t.websitePhone}${site.websitePhone}
            </p>
            <p>
              ${t.siteCode}${site.siteCode}<span class="footer-sep" aria-hidden="true">|</span
              ><a href="https://beian.miit.gov.cn/">${site.icpRecord}</a
              ><span class="footer-sep" aria-hidden="true">|</span
              ><a href="https://www.beian.gov.cn/">${site.publicSecurityRecord}</a>
            </p>
            <p>${t.footerIpv6}</p>
          </div>
        </footer>
      </body>
    </html>`;
  return page.html;
}
