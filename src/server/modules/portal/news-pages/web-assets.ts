import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The single-page app's stylesheets, so the server-rendered news pages wear the same header,
 * navigation and footer styles. Read once from the built index.html; none when the web app is
 * not built (API-only tests), and the pages are still complete HTML.
 */
export function findWebStylesheets(webDistDir: string): string[] {
  const index = path.join(path.resolve(webDistDir), 'index.html');
  if (!existsSync(index)) return [];
  const page = readFileSync(index, 'utf8');
  const hrefs: string[] = [];
  for (const match of page.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href && href.startsWith('/')) hrefs.push(href);
  }
  return hrefs;
}
