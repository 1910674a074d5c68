import type { ArticleMeta } from '../core/model';

/** Title and author from a Word file's docProps/core.xml (Dublin Core), where present. */
export function readDocxCoreProperties(coreXml: string): Partial<ArticleMeta> {
  return {
    title: dublinCore(coreXml, 'title'),
    author: dublinCore(coreXml, 'creator'),
    language: dublinCore(coreXml, 'language'),
  };
}

function dublinCore(xml: string, element: string): string | undefined {
  // The prefix is conventionally "dc" but only the namespace is binding, so accept any.
  const match = new RegExp(`<(\\w+:)?${element}\\b[^>]*>([\\s\\S]*?)</\\1?${element}>`).exec(xml);
  const value = match?.[2] ? decodeXmlText(match[2]).trim() : '';
  return value || undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeXmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
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
