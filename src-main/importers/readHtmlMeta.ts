import type { ArticleMeta } from '../core/model';
import type { DomDocument } from './domTypes';
import { absoluteHttpUrl } from './absoluteHttpUrl';

/**
 * Article metadata from a saved page's head, read before Readability rewrites the document.
 * `title` comes only from publisher tags (Open Graph, Twitter, Dublin Core, schema.org
 * itemprop); the `<title>` is returned apart as `pageTitle`, because it usually carries the site
 * name and the visible headline is preferred to it.
 */
export function readHtmlMeta(
  document: DomDocument,
): Partial<ArticleMeta> & { description?: string; pageTitle?: string } {
  const tags = metaTags(document);
  const first = (...keys: string[]) => keys.map((key) => tags.get(key)).find((value) => value);

  const outlet = first('og:site_name', 'application-name', 'publisher', 'dc.publisher');
  const title = first('og:title', 'twitter:title', 'dc.title', 'headline');

  return {
    title: title ? withoutSiteName(title, outlet) : undefined,
    author: cleanAuthor(
      first('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator') ??
        document.querySelector('[rel="author"]')?.textContent?.trim(),
    ),
    publishedAt:
      first(
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date.issued',
        'dc.date',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
      ) ?? publishedTimeElement(document),
    url:
      absoluteHttpUrl(
        document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined,
      ) ?? absoluteHttpUrl(first('og:url')),
    outlet,
    language: languageTag(
      document.documentElement?.getAttribute('lang') ??
        first('content-language', 'dc.language', 'og:locale'),
    ),
    description: first('og:description', 'twitter:description', 'description', 'dc.description'),
    pageTitle:
      document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || undefined,
  };
}

/** Every `<meta>` keyed by lower-case property, name, itemprop or http-equiv; first one wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const elements = document.querySelectorAll('meta');
  for (let i = 0; i < elements.length; i++) {
    const meta = elements[i];
    const content = meta?.getAttribute('content')?.trim();
    if (!meta || !content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const MAX_TITLE_CHARS = 2_000;
const TITLE_SEPARATOR = String.raw`\s+[|\-–—·:•»]+\s+`;

/** "Headline | The Daily Example" → "Headline", only when the site's name is known and matches. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  // No real headline or site name is this long; the cap keeps the patterns below cheap.
  const trimmed = title.slice(0, MAX_TITLE_CHARS).replace(/\s+/g, ' ').trim();
  const site = siteName?.slice(0, MAX_TITLE_CHARS).replace(/\s+/g, ' ').trim();
  if (site) {
    const name = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = trimmed
      .replace(new RegExp(`${TITLE_SEPARATOR}${name}$`, 'i'), '')
      .replace(new RegExp(`^${name}${TITLE_SEPARATOR}`, 'i'), '');
    if (stripped !== trimmed && stripped) return stripped;
  }
  // Without a known site name nothing is stripped: dashes, colons and pipes occur in headlines.
  return trimmed;
}

function cleanAuthor(author: string | undefined): string | undefined {
  if (!author || absoluteHttpUrl(author)) return undefined; // article:author is often a profile URL
  return author.replace(/^\s*by\s+/i, '').trim() || undefined;
}

function publishedTimeElement(document: DomDocument): string | undefined {
  const time =
    document.querySelector('time[pubdate]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return time?.getAttribute('datetime')?.trim() || undefined;
}

function languageTag(value: string | undefined | null): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}
