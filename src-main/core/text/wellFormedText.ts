/**
 * A lone surrogate (a UTF-16 code unit 0xD800–0xDFFF without its partner) is not text: SQLite
 * stores it as three bytes that read back as three U+FFFD, so every offset after it moves by
 * two code units and a claim no longer covers its own words. These helpers find and mend them.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` is well-formed UTF-16 (what `String.prototype.isWellFormed` answers). */
export function isWellFormedText(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}

/**
 * Replaces each lone surrogate with U+FFFD (one code unit for one, so offsets do not move) and
 * says how many were replaced, so the caller can tell the person importing.
 */
export function toWellFormedText(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const mended = text.replace(LONE_SURROGATE, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: mended, replaced };
}

/**
 * Walks a parsed value (objects, arrays, strings) and returns the dotted path of the first
 * string that is not well-formed UTF-16, `(input)` for a bare string, or null when all are.
 */
export function findIllFormedString(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') {
    return isWellFormedText(value) ? null : path.length > 0 ? path.join('.') : '(input)';
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedString(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!isWellFormedText(key)) return [...path, key].join('.');
      const found = findIllFormedString(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
