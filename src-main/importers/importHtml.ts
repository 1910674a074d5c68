import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseText } from '../core/text/normaliseText';
import { blockText } from './blockText';
import { decodeText } from './decodeText';
import type { DomDocument, DomElement, DomNode } from './domTypes';
import { declaredHtmlCharset } from './htmlCharset';
import type { ImportResult } from './ImportResult';
import { readHtmlMeta, withoutSiteName } from './readHtmlMeta';
import { withHtmlSkeleton } from './withHtmlSkeleton';

/** Page furniture that is never article text, removed before Readability scores the page. */
const FURNITURE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'footer',
  'aside',
  'dialog',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[hidden]',
  '[aria-hidden="true"]',
  // Head elements that withHtmlSkeleton left in the body.
  'body title',
  'body meta',
  'body link',
  'body base',
].join(',');

/** Class or id words that mark advertising and promotion slots. */
const AD_MARKER =
  /(^|[\s_-])(ad|ads|adv|advert|advertisement|advertising|adslot|adunit|dfp|sponsor|sponsored|promo|outbrain|taboola|newsletter-signup)([\s_-]|$)/i;

/**
 * A saved web page, reduced to its article with Readability over linkedom. linkedom only
 * parses: it never runs scripts or loads anything, so a hostile page cannot act or phone home.
 */
export function importHtml(bytes: Uint8Array): ImportResult {
  const decoded = decodeText(bytes, declaredHtmlCharset(bytes));
  const warnings = [...decoded.warnings];
  const document = parseHtml(decoded.text);

  const headMeta = readHtmlMeta(document);
  removeFurniture(document);

  const article = new Readability<DomNode>(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      // Short news items are articles too; the default threshold of 500 characters drops them.
      charThreshold: 200,
      // Hand back the article's DOM node instead of HTML, which would only be parsed again.
      serializer: (node) => node as unknown as DomNode,
    },
  ).parse();

  let text = article?.content ? blockText(article.content) : '';
  if (!text.trim()) {
    // Readability parses from the same document and may have emptied it, so start again.
    const page = parseHtml(decoded.text);
    removeFurniture(page);
    text = page.body ? blockText(page.body) : '';
    if (text.trim()) {
      warnings.push(
        'Factdesk could not tell the article apart from the rest of the page, so all visible ' +
          'text was imported. Delete anything that is not part of the article.',
      );
    }
  }

  const outlet = headMeta.outlet ?? article?.siteName ?? undefined;
  const meta = {
    ...headMeta,
    title: headMeta.title ?? (article?.title ? withoutSiteName(article.title, outlet) : undefined),
    author: headMeta.author ?? article?.byline?.replace(/^\s*by\s+/i, '') ?? undefined,
    publishedAt: headMeta.publishedAt ?? article?.publishedTime ?? undefined,
    outlet,
    language: headMeta.language ?? article?.lang ?? undefined,
  };

  return {
    format: 'html',
    text: normaliseText(text)
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    meta,
    warnings,
  };
}

function parseHtml(html: string): DomDocument {
  return parseHTML(withHtmlSkeleton(html)).document as unknown as DomDocument;
}

function removeFurniture(document: DomDocument): void {
  const doomed: DomElement[] = [];
  const all = document.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const element = all[i];
    if (!element) continue;
    if (isFurniture(element)) doomed.push(element);
  }
  for (const element of doomed) element.remove();
}

function isFurniture(element: DomElement): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'html' || tag === 'body' || tag === 'head') return false;
  if (element.matches(FURNITURE)) return true;
  // A site header holds the logo and menu, an article's own header its headline; and some
  // templates wrap the whole story in a box whose class merely mentions ads.
  const holdsTheStory = element.querySelector('h1, article') !== null;
  if (tag === 'header') return !holdsTheStory;
  const classAndId = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return AD_MARKER.test(classAndId) && !holdsTheStory;
}
