import sanitizeHtml from 'sanitize-html';
import { isSafeAssetUrl } from '../../../contracts/portal.contract.js';

/**
 * What an article body may contain: the structure a news story needs (paragraphs, headings,
 * lists, quotes, tables, links, images) and nothing that runs or restyles the page. No script,
 * style, iframe, form or SVG; no event handler, style or class attribute; links only to http(s),
 * mailto and tel or to this site; images only from this site's uploads or https.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'code',
    'pre',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // Dropped with their content: text inside these is code or styling, never part of the story.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // The article's title is its only <h1>; an editor's h1 becomes a section heading.
    h1: 'h2',
    // External links leave without handing over the reader's page (and never open a new window).
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const { rel: _ignored, ...rest } = attribs;
      return { tagName, attribs: /^https?:/i.test(href) ? { ...rest, rel: 'noopener noreferrer' } : rest };
    },
  },
  // An image from anywhere else (data:, http:, another scheme) is dropped whole; a link whose
  // address was refused keeps its text.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isSafeAssetUrl(frame.attribs.src ?? ''),
};

/** The article body as stored and served: markup from the allow-list above, nothing else. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** True when the body has no text and no image left, e.g. it held only a script. */
export function isEmptyArticleHtml(html: string): boolean {
  if (/<img\s/i.test(html)) return false;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s|&nbsp;/g, '') === '';
}

/** Plain text of a body, for a summary when the editor wrote none and for feeds' descriptions. */
export function articlePlainText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|figcaption|tr)>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
