/**
 * linkedom builds the tree exactly as the tags say, without the HTML parser's implied
 * `<html>`, `<head>` and `<body>`. A saved page that omits them (valid HTML, and common after
 * minifying) would leave its text outside `document.body`, where Readability never looks. Such
 * pages get the skeleton written out; head elements left in the body are harmless because
 * metadata is read from the whole document and they hold no visible text.
 */
export function withHtmlSkeleton(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const lang = /<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];
  const inner = html.replace(/<!doctype[^>]*>|<\/?(html|head|body)\b[^>]*>/gi, '');
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body>${inner}</body></html>`;
}
