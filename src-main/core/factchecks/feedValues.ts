/** Readers for the loosely typed values of JSON-LD, where most things may be a list. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value, or its first element when it is a list. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Whether a node's @type is (or lists) the given schema.org type, with or without prefix. */
export function hasType(node: JsonObject, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some(
    (t) =>
      typeof t === 'string' && (t === type || t.endsWith(`/${type}`) || t === `schema:${type}`),
  );
}

/** Text of a value: a string, a number, a JSON-LD value object, or the first of a list. */
export function textOf(value: unknown): string {
  const item = first(value);
  if (typeof item === 'string') return item.replace(/\s+/gu, ' ').trim();
  if (typeof item === 'number' && Number.isFinite(item)) return String(item);
  if (isObject(item) && '@value' in item) return textOf(item['@value']);
  return '';
}

/** The name of a person or organisation: a string, a node with a name, or a list of them. */
export function nameOf(value: unknown): string {
  const items = Array.isArray(value) ? value : [value];
  const names = items
    .map((item) =>
      isObject(item) ? textOf(item.name) || textOf(item.alternateName) : textOf(item),
    )
    .filter((name) => name !== '');
  return [...new Set(names)].join(', ');
}

/** An absolute http(s) address, or ''. */
export function webUrlOf(value: unknown): string {
  const text = isObject(first(value)) ? textOf((first(value) as JsonObject)['@id']) : textOf(value);
  if (!/^https?:\/\//iu.test(text)) return '';
  try {
    new URL(text);
    return text;
  } catch {
    return '';
  }
}

/** A date as the feed gives it, when it looks like one (ISO 8601 or similar short text). */
export function dateOf(value: unknown): string {
  const text = textOf(value);
  return text.length <= 40 && /\d{4}/u.test(text) ? text : '';
}
