const htmlSpecial = /[&<>"']/;
const htmlSpecialEverywhere = /[&<>"']/g;
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe for HTML text and for quoted attribute values alike, so callers cannot pick wrong. */
export function escapeHtml(text: string): string {
  return htmlSpecial.test(text)
    ? text.replace(htmlSpecialEverywhere, (character) => entities[character] ?? character)
    : text;
}
