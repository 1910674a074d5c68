import type { ArticleMeta } from '../core/model';
import type { DomDocument } from './domTypes';
import { absoluteHttpUrl } from './absoluteHttpUrl';

/** Larger blocks are not article metadata (some sites embed whole data sets). */
const MAX_JSON_LD_CHARS = 512 * 1024;
/** How far into nested objects and @graph lists to look for the article. */
const MAX_DEPTH = 6;
const MAX_NODES = 2_000;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
]);

export interface JsonLdArticle extends Partial<ArticleMeta> {
  description?: string;
}

/**
 * Article metadata from the page's schema.org JSON-LD (`NewsArticle` and its relatives), the
 * most deliberate statement a publisher makes about headline, author and dates. Blocks that do
 * not parse are ignored; the first article object found wins.
 */
export function readJsonLd(document: DomDocument): JsonLdArticle {
  const scripts = document.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.trim().toLowerCase() ?? '';
    if (!script || !type.startsWith('application/ld+json')) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const article = findArticle(parsed);
    if (article) return describe(article);
  }
  return {};
}

type JsonObject = Record<string, unknown>;

function findArticle(root: unknown): JsonObject | null {
  // Breadth first, so a top-level article wins over one nested in a list of related items.
  const queue: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  const enqueue = (value: unknown, depth: number) => {
    if (queue.length < MAX_NODES && depth <= MAX_DEPTH) queue.push({ value, depth });
  };
  for (let head = 0; head < queue.length; head++) {
    const { value, depth } = queue[head] as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) enqueue(item, depth + 1);
      continue;
    }
    const object = value as JsonObject;
    if (types(object).some((type) => ARTICLE_TYPES.has(type))) return object;
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart']) {
      if (key in object) enqueue(object[key], depth + 1);
    }
  }
  return null;
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.replace(/^.*[/:]/, '').toLowerCase());
}

function describe(article: JsonObject): JsonLdArticle {
  return {
    title: text(article.headline) ?? text(article.name),
    author: names(article.author),
    publishedAt: text(article.datePublished) ?? text(article.dateCreated),
    outlet: names(article.publisher),
    url: absoluteHttpUrl(text(article.url)) ?? absoluteHttpUrl(idOf(article.mainEntityOfPage)),
    language: text(article.inLanguage),
    description: text(article.description),
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** A Person or Organization, a list of them, or plain strings, as "A, B". */
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .slice(0, 20)
    .map((item) =>
      typeof item === 'string'
        ? text(item)
        : item && typeof item === 'object'
          ? text((item as JsonObject).name)
          : undefined,
    )
    .filter((name): name is string => Boolean(name) && !absoluteHttpUrl(name));
  return found.length > 0 ? [...new Set(found)].join(', ') : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return text((value as JsonObject)['@id']);
  return undefined;
}
