import type { ArticleMeta } from '../core/model';

/** Title and author from a Word file's docProps/core.xml (Dublin Core), where present. */
export function readDocxCoreProperties(coreXml: string): Partial<ArticleMeta> {
  return {
    title: dublinCore(coreXml, 'title'),
    author: dublinCore(coreXml, 'creator'),
    language: dublinCore(coreXml, 'language'),
  };
}

/**
 * The text of the first `<prefix:element …>…</prefix:element>`, found by index scans: a pattern
 * with a lazy body scanned to the end of the file for every unclosed opening tag, so a 3 KB
 * core.xml of repeated `<dc:title>` took almost a minute.
 */
function dublinCore(xml: string, element: string): string | undefined {
  let from = 0;
  for (;;) {
    const open = findOpeningTag(xml, element, from);
    if (!open) return undefined;
    const closing = `</${open.prefix}${element}>`;
    const end = xml.indexOf(closing, open.end);
    // No closing tag anywhere after this one means none after any later one either.
    if (end < 0) return undefined;
    const value = decodeXmlText(xml.slice(open.end, end)).trim();
    if (value) return value;
    from = end + closing.length;
  }
}

/** The next opening tag of `element` with any (or no) namespace prefix, from `from` on. */
function findOpeningTag(
  xml: string,
  element: string,
  from: number,
): { prefix: string; end: number } | undefined {
  for (let at = xml.indexOf('<', from); at >= 0; at = xml.indexOf('<', at + 1)) {
    let nameEnd = at + 1;
    while (nameEnd < xml.length && /[\w:.-]/.test(xml[nameEnd] ?? '')) nameEnd++;
    const name = xml.slice(at + 1, nameEnd);
    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (local !== element) continue;
    const close = xml.indexOf('>', nameEnd);
    if (close < 0) return undefined;
    if (xml[close - 1] === '/') continue; // <dc:title/> is empty
    return { prefix: colon < 0 ? '' : name.slice(0, colon + 1), end: close + 1 };
  }
  return undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeXmlText(text: string): string {
  return withoutCdataMarkers(text).replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const codePoint =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** `<![CDATA[x]]>` → `x`, by index scans (an unclosed section is kept as written). */
function withoutCdataMarkers(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<![CDATA[', from);
    const close = open < 0 ? -1 : text.indexOf(']]>', open + 9);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open) + text.slice(open + 9, close);
    from = close + 3;
  }
}
