import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseText } from '../core/text/normaliseText';
import type { SourceBlock } from './assembleBlocks';
import { assembleBlocks } from './assembleBlocks';
import type { HtmlBlock } from './blockText';
import { CONTROL_TAGS, htmlBlocks } from './blockText';
import type { DecodeOptions } from './decodeText';
import { decodeText } from './decodeText';
import type { DomDocument, DomElement, DomNode } from './domTypes';
import { ELEMENT_NODE } from './domTypes';
import { closest, findMainContainer, isInside } from './findMainContainer';
import { declaredHtmlCharset } from './htmlCharset';
import type { ImportResult } from './ImportResult';
import { readHtmlMeta, withoutSiteName } from './readHtmlMeta';
import { readJsonLd } from './readJsonLd';
import { splitByline } from './splitByline';
import { withHtmlSkeleton } from './withHtmlSkeleton';

/**
 * What a reader never sees: code, embedded objects, hidden elements and head-only tags that
 * leaked into the body. These are not text, so they are removed before anything is measured.
 */
const NEVER_VISIBLE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'dialog:not([open])',
  '[hidden]',
  'body title',
  'body meta',
  'body link',
  'body base',
].join(',');

/**
 * Page furniture, each with the reason given when its text is left out: navigation, the site's
 * header and footer, sidebars and forms. Their text is visible, so it is measured and listed
 * like any other; it is left out only when it lies outside the article's main container (an
 * `<aside>` or `<footer>` inside the article is the story's own: a correction, a credit line).
 * Navigation is left out wherever it sits.
 */
const NAVIGATION_REASON = 'site navigation';
const FOOTER_REASON = 'the site’s footer';
const SIDEBAR_REASON = 'a sidebar beside the article';
const FURNITURE: readonly (readonly [selector: string, reason: string])[] = [
  ['nav,[role="navigation"],[role="search"]', NAVIGATION_REASON],
  ['header,[role="banner"]', 'the site’s header'],
  ['footer,[role="contentinfo"]', FOOTER_REASON],
  ['aside,[role="complementary"]', SIDEBAR_REASON],
  ['form', 'a form on the page'],
];

/** Used only to help Readability find the article; the importer itself measures all of it. */
const HIDDEN_FROM_READABILITY = FURNITURE.map(([selector]) => selector)
  .filter((selector) => !selector.startsWith('header') && !selector.startsWith('form'))
  .join(',');

/** Furniture that sometimes wraps the whole story (site templates, ASP.NET forms). */
const FURNITURE_UNLESS_STORY = 'header,form,[role="banner"]';

const CONTROL = 'button or form control';

/** Class or id words that mark advertising and promotion slots. */
const AD_MARKER =
  /(^|[\s_-])(ad|ads|adv|advert|advertisement|advertising|adslot|adunit|dfp|sponsor|sponsored|promo|outbrain|taboola|newsletter-signup)([\s_-]|$)/i;

/** Class, id or itemprop words that mark a standfirst (dek). */
const DEK_MARKER =
  /(^|[\s_-])(standfirst|dek|deck|sub-?head(line|ing)?|subtitle|strapline|summary|lede|lead|intro|teaser|excerpt|description|alternativeheadline|article-?summary)([\s_-]|$)/i;

/** Class, id, rel or itemprop words that mark a byline. */
const BYLINE_MARKER = /(^|[\s_-])(byline|by-?line|author|authors|dateline|meta-?author)([\s_-]|$)/i;

/** How many blocks after the headline may hold the dek or the byline. */
const HEADLINE_NEIGHBOURHOOD = 6;

const OUTSIDE_ARTICLE = 'outside the article’s main text on the page';
const AD_SLOT = 'advertising or promotion slot';
const BEFORE_HEADLINE = 'above the headline (a label, section name or breadcrumb)';

/**
 * A saved web page: headline, standfirst, then the article's text, with everything else on the
 * page measured and listed as left out. Readability (over linkedom, which never runs scripts or
 * loads anything) locates the article's main container; every block inside it is kept, including
 * the ones Readability would drop (paragraphs that are wholly a link, or wrapped in their own
 * boxes).
 */
export async function importHtml(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): Promise<ImportResult> {
  const decoded = decodeText(bytes, { ...options, declaredCharset: declaredHtmlCharset(bytes) });
  const warnings = [...decoded.warnings];
  const html = normaliseText(decoded.text);

  const document = parseHtml(html);
  const headMeta = readHtmlMeta(document);
  const jsonLd = readJsonLd(document);
  const shape = measureTree(document);
  const tooBig = shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS;
  if (tooBig) warnings.push(tooBigWarning(shape));
  else removeAll(document.querySelectorAll(NEVER_VISIBLE));
  const body = document.body ?? document;
  const blocks = htmlBlocks(body);
  const furniture = furnitureReasons(document);

  const readability = tooBig ? null : readArticle(html);
  const chosenTexts = new Set(readability?.blocks.map((block) => block.text));
  const chosen = blocks.filter((block) => chosenTexts.has(block.text)).map((block) => block.owner);
  const container = chosen.length > 0 ? findMainContainer(chosen, body) : body;
  if (chosen.length === 0 && blocks.length > 0 && !tooBig) {
    warnings.push(
      'Factdesk could not tell the article apart from the rest of the page, so all visible ' +
        'text outside its navigation, header, footer and sidebars was imported. Delete anything ' +
        'that is not part of the article.',
    );
  }

  const outlet = jsonLd.outlet ?? headMeta.outlet ?? readability?.siteName ?? undefined;
  const pageTitle = headMeta.pageTitle ? withoutSiteName(headMeta.pageTitle, outlet) : undefined;
  const titleHint = jsonLd.title ?? headMeta.title ?? pageTitle;
  const headline = findHeadline(document, blocks, container, furniture, titleHint, outlet);
  const description =
    jsonLd.description ?? headMeta.description ?? readability?.excerpt ?? undefined;
  const plan = planBlocks(blocks, { container, body, headline, description, furniture });

  const bylineText = plan.byline ?? readability?.byline ?? undefined;
  const byline = bylineText ? await splitByline(bylineText) : {};
  const metaAuthor = jsonLd.author ?? headMeta.author;
  const title =
    jsonLd.title ??
    headMeta.title ??
    plan.headlineText ??
    pageTitle ??
    readability?.title ??
    undefined;
  const meta = {
    title: title ? withoutSiteName(title, outlet) : undefined,
    author: (metaAuthor ? (await splitByline(metaAuthor)).author : undefined) ?? byline.author,
    publishedAt: jsonLd.publishedAt ?? headMeta.publishedAt ?? byline.publishedAt,
    url: headMeta.url ?? jsonLd.url,
    outlet,
    language: headMeta.language ?? jsonLd.language ?? readability?.lang ?? undefined,
  };

  const { text, coverage } = assembleBlocks(plan.blocks);
  return { format: 'html', text, meta, warnings, coverage, encoding: decoded.encoding };
}

interface Plan {
  blocks: SourceBlock[];
  headlineText?: string;
  byline?: string;
}

interface PlanContext {
  container: DomNode;
  body: DomNode;
  headline: DomElement | null;
  description: string | undefined;
  furniture: Furniture;
}

/** Each element of page furniture with the reason its text is given when left out. */
type Furniture = Map<DomNode, string>;

/**
 * Every piece of page furniture and its reason, the first matching entry of FURNITURE winning.
 * Each selector is matched once over the document: linkedom compiles a selector on every
 * `matches` call, which is slow when done element by element on a large page.
 */
function furnitureReasons(document: DomDocument): Furniture {
  const reasons: Furniture = new Map();
  for (const [selector, reason] of FURNITURE) {
    const found = document.querySelectorAll(`body ${selector.split(',').join(', body ')}`);
    for (let i = 0; i < found.length; i++) {
      const element = found[i];
      if (element && !reasons.has(element)) reasons.set(element, reason);
    }
  }
  return reasons;
}

/**
 * Decides for each block whether it is kept, and in which order: the headline first, the dek
 * second, then the rest of the article in page order.
 */
function planBlocks(blocks: readonly HtmlBlock[], context: PlanContext): Plan {
  const { body, headline } = context;
  const headlineIndex = headline
    ? blocks.findIndex((block) => isInside(block.owner, headline))
    : -1;
  const dekIndex = headlineIndex >= 0 ? findDek(blocks, headlineIndex, context) : -1;
  let byline: string | undefined;

  const planned = blocks.map((block, index): SourceBlock => {
    if (index === headlineIndex) return { text: block.text, keep: true, rank: -2 };
    if (index === dekIndex) return { text: block.text, keep: true, rank: -1 };
    if (
      byline === undefined &&
      headlineIndex >= 0 &&
      index > headlineIndex &&
      index <= headlineIndex + HEADLINE_NEIGHBOURHOOD &&
      looksLikeByline(block, body)
    ) {
      byline = block.text;
    }
    const left = leftOutReason(block, context);
    if (left) return { text: block.text, keep: false, reason: left };
    if (headlineIndex >= 0 && index < headlineIndex) {
      return { text: block.text, keep: false, reason: BEFORE_HEADLINE };
    }
    return { text: block.text, keep: true };
  });
  return {
    blocks: planned,
    headlineText: headlineIndex >= 0 ? blocks[headlineIndex]?.text : undefined,
    byline,
  };
}

/**
 * Why a block that is not the headline or the dek is left out, or undefined when it is kept.
 * Everything inside the article's main container is kept except navigation, controls and ad
 * slots; outside it, the reason names the furniture the block sits in. When no container was
 * found (the container is the body), furniture is still left out, and listed.
 */
function leftOutReason(block: HtmlBlock, context: PlanContext): string | undefined {
  const { container, body, furniture } = context;
  if (CONTROL_TAGS.has(block.owner.nodeName.toUpperCase())) return CONTROL;
  const inside = isInside(block.owner, container) && container !== body;
  const isNavigation = (element: DomElement) => furniture.get(element) === NAVIGATION_REASON;
  if (!inside || closest(block.owner, container, isNavigation)) {
    const reason = furnitureOf(block.owner, body, furniture);
    if (reason) return reason;
    if (container === body) return undefined;
    return OUTSIDE_ARTICLE;
  }
  if (closest(block.owner, container, isAdSlot)) return AD_SLOT;
  return undefined;
}

/** The reason for the innermost piece of page furniture `node` sits in, below `body`. */
function furnitureOf(node: DomNode, body: DomNode, furniture: Furniture): string | undefined {
  const element = closest(node, body, (candidate) => furniture.has(candidate));
  return element ? furniture.get(element) : undefined;
}

/**
 * The page's headline element, wherever it sits: the first `<h1>` whose text the metadata
 * title contains (or the other way round), else the first `<h1>` inside the article's
 * container, else the last `<h1>` before the container (the story's own, nearest to its text)
 * that is not in navigation, a footer or a sidebar. An `<h1>` that is only the site's name (a
 * logo) is never taken for it.
 */
function findHeadline(
  document: DomDocument,
  blocks: readonly HtmlBlock[],
  container: DomNode,
  furniture: Furniture,
  titleHint: string | undefined,
  siteName: string | undefined,
): DomElement | null {
  const headings = document.querySelectorAll('body h1');
  const hint = comparable(titleHint ?? '');
  const site = comparable(siteName ?? '');
  let inContainer: DomElement | null = null;
  let beforeContainer: DomElement | null = null;
  // Document order through the blocks (an <h1> is a block of its own).
  const blockIndex = new Map<DomNode, number>();
  blocks.forEach((block, index) => {
    if (!blockIndex.has(block.owner)) blockIndex.set(block.owner, index);
  });
  const containerStart = blocks.findIndex((block) => isInside(block.owner, container));
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    if (!heading) continue;
    const text = comparable(heading.textContent ?? '');
    // A site's logo is often an <h1> too.
    const within = furnitureOf(heading, document, furniture);
    if (!text || text === site || within === NAVIGATION_REASON) continue;
    if (hint && (hint.includes(text) || text.includes(hint))) return heading;
    if (isInside(heading, container)) {
      inContainer ??= heading;
    } else if (
      (blockIndex.get(heading) ?? Infinity) < containerStart &&
      within !== FOOTER_REASON &&
      within !== SIDEBAR_REASON
    ) {
      beforeContainer = heading;
    }
  }
  return inContainer ?? beforeContainer;
}

/**
 * The standfirst: among the few blocks after the headline, the first that is marked as one
 * (class, id or itemprop), repeats the page's description, or is a subheading right below it.
 */
function findDek(
  blocks: readonly HtmlBlock[],
  headlineIndex: number,
  context: PlanContext,
): number {
  const description = comparable(context.description ?? '');
  const last = Math.min(blocks.length - 1, headlineIndex + HEADLINE_NEIGHBOURHOOD);
  for (let index = headlineIndex + 1; index <= last; index++) {
    const block = blocks[index];
    if (!block || looksLikeByline(block, context.body)) continue;
    const text = comparable(block.text);
    if (description.length >= 20 && (text === description || sharesStart(text, description))) {
      return index;
    }
    if (closest(block.owner, context.body, (element) => DEK_MARKER.test(markers(element)))) {
      return index;
    }
    const tag = block.owner.nodeName.toUpperCase();
    if (index === headlineIndex + 1 && (tag === 'H2' || tag === 'P') && isSubheading(block)) {
      return index;
    }
  }
  return -1;
}

/** A `<h2>` (or a `<p>` inside an `<hgroup>` or the headline's `<header>`) right below the headline. */
function isSubheading(block: HtmlBlock): boolean {
  const parent = block.owner.parentNode?.nodeName.toUpperCase();
  return block.owner.nodeName.toUpperCase() === 'H2' || parent === 'HGROUP' || parent === 'HEADER';
}

function looksLikeByline(block: HtmlBlock, body: DomNode): boolean {
  if (block.text.length > 200) return false;
  if (/^(by|von|par|por|door|di)\s+\p{Lu}/iu.test(block.text)) return true;
  return (
    closest(block.owner, body, (element) => {
      if (element.getAttribute('rel') === 'author') return true;
      return BYLINE_MARKER.test(markers(element));
    }) !== null
  );
}

function isAdSlot(element: DomElement): boolean {
  return AD_MARKER.test(
    `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`,
  );
}

function markers(element: DomElement): string {
  return [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('itemprop'),
    element.getAttribute('rel'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Lower case, whitespace collapsed, quotes and dashes unified, trailing ellipsis dropped. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/(\.\.\.|…)$/, '')
    .trim();
}

/** Descriptions are often the dek cut short, or the dek is the description's first sentence. */
function sharesStart(a: string, b: string): boolean {
  const shorter = a.length < b.length ? a : b;
  const longer = a.length < b.length ? b : a;
  return shorter.length >= 40 && longer.startsWith(shorter);
}

interface ReadabilityView {
  blocks: HtmlBlock[];
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

/** Readability's choice of article blocks, on a copy of the page (it rewrites what it reads). */
function readArticle(html: string): ReadabilityView | null {
  const document = parseHtml(html);
  removeAll(
    document.querySelectorAll(`${NEVER_VISIBLE},${HIDDEN_FROM_READABILITY},button,select,textarea`),
  );
  // A site header holds the logo and menu, an article's own header its headline; some
  // templates wrap the whole page in a form.
  const wrappers = document.querySelectorAll(FURNITURE_UNLESS_STORY);
  const doomed: DomElement[] = [];
  for (let i = 0; i < wrappers.length; i++) {
    const element = wrappers[i];
    if (element && element.querySelector('h1, article') === null) doomed.push(element);
  }
  removeAll(doomed);
  const article = new Readability<DomNode>(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      // Short news items are articles too; the default threshold of 500 characters drops them.
      charThreshold: 200,
      // Hand back the article's DOM node instead of HTML, which would only be parsed again.
      serializer: (node) => node as unknown as DomNode,
    },
  ).parse();
  if (!article) return null;
  return {
    blocks: article.content ? htmlBlocks(article.content) : [],
    title: article.title,
    byline: article.byline,
    excerpt: article.excerpt,
    siteName: article.siteName,
    lang: article.lang,
  };
}

function parseHtml(html: string): DomDocument {
  return parseHTML(withHtmlSkeleton(html)).document as unknown as DomDocument;
}

/** Removes elements from their document; skeleton tags (html, head, body) are never removed. */
function removeAll(elements: ArrayLike<DomElement>): void {
  const found: DomElement[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element && !SKELETON_TAGS.has(element.tagName.toLowerCase())) found.push(element);
  }
  for (const element of found) element.remove();
}

const SKELETON_TAGS = new Set(['html', 'head', 'body']);

/**
 * Readability and the furniture filter cost time that grows with depth times size: 2,000 nested
 * `<div>`s took 29 seconds and 20,000 overflowed the stack. Real pages stay far below these.
 */
const MAX_HTML_DEPTH = 200;
const MAX_HTML_ELEMENTS = 20_000;

/** Element depth and count, by an iterative walk (deep markup cannot overflow the stack). */
function measureTree(document: DomDocument): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: { node: DomNode; level: number }[] = [{ node: document, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop() as { node: DomNode; level: number };
    if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (level > depth) depth = level;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child?.nodeType === ELEMENT_NODE) stack.push({ node: child, level: level + 1 });
    }
  }
  return { depth, elements };
}

function tooBigWarning(shape: { depth: number; elements: number }): string {
  const why =
    shape.depth > MAX_HTML_DEPTH
      ? `its tags are nested ${shape.depth.toLocaleString('en')} levels deep (real pages stay under ${MAX_HTML_DEPTH})`
      : `it has ${shape.elements.toLocaleString('en')} elements (real pages stay under ${MAX_HTML_ELEMENTS.toLocaleString('en')})`;
  return `Factdesk did not look for the article in this page because ${why}, so all visible text was imported. Delete anything that is not part of the article.`;
}
