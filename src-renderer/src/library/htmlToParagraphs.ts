const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/**
 * Rich text from the clipboard as plain paragraphs separated by blank lines. The HTML is only
 * parsed into an inert document (DOMParser runs no script and loads nothing) and read through
 * textContent; it never reaches the page.
 */
export function htmlToParagraphs(html: string): string {
  // Chromium checks the page's Content Security Policy when it parses an inline handler such as
  // onerror, even in an inert document, and logs a violation; renamed, they are plain attributes.
  const inert = html.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2'),
  );
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .split('\n')
      .map((part) => part.replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n')
      .trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      line += preformatted ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (!(node instanceof Element) || skippedTags.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      line += '\n';
      return;
    }
    const block = blockTags.has(node.tagName);
    if (block) flush();
    for (const child of node.childNodes) walk(child, preformatted || node.tagName === 'PRE');
    if (block) flush();
  };
  walk(doc.body, false);
  flush();
  return paragraphs.join('\n\n');
}
