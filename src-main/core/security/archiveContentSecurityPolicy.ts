/** Types a browser runs as documents, where a saved page's scripts and remote loads would act. */
const ACTIVE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/xml',
  'application/xml',
]);

/**
 * The Content-Security-Policy for an archived copy served by the host. A saved web page is
 * hostile content: it gets an opaque origin, no script, and nothing from the network; it may
 * use its own inline styles and images or fonts embedded as data: URLs, which is all a saved
 * page needs to be read. Other types (PDF, images, text) are shown by the browser itself and
 * need only themselves.
 */
export function archiveContentSecurityPolicy(mime: string): string {
  const type = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  if (ACTIVE_TYPES.has(type)) {
    return "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
  }
  return "default-src 'none'; img-src 'self'; media-src 'self'; object-src 'self'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";
}
