import createDOMPurify from 'dompurify';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../core/report/escapeHtml';
import { decodeText } from '../importers/decodeText';
import { declaredHtmlCharset } from '../importers/htmlCharset';

const BLANK = '<!doctype html><html><head></head><body></body></html>';

/**
 * DOMPurify over linkedom. linkedom keeps nodeType, parentNode and ownerDocument as instance
 * fields where DOMPurify reads them through prototype getters (to resist DOM clobbering), and
 * has no document.implementation or NodeFilter; this window supplies exactly those.
 */
function createPurifier() {
  const env = parseHTML(BLANK);
  const document = env.document;
  Object.defineProperty(document, 'implementation', {
    value: { createHTMLDocument: () => parseHTML(BLANK).document },
  });
  const own = (name: string) => ({
    get(this: object) {
      return (Object.getOwnPropertyDescriptor(this, name)?.value as unknown) ?? null;
    },
  });
  const fields = {
    ownerDocument: own('ownerDocument'),
    nodeType: own('nodeType'),
    parentNode: own('parentNode'),
  };
  const shim = (real: { prototype: object }) => {
    const constructor = function () {} as unknown as { prototype: object };
    constructor.prototype = Object.create(real.prototype, fields) as object;
    Object.defineProperty(constructor, Symbol.hasInstance, {
      value: (value: unknown) => value instanceof (real as unknown as new () => object),
    });
    return constructor;
  };
  const overrides: Record<string, unknown> = {
    document,
    Node: shim(env.Node as unknown as { prototype: object }),
    Element: shim(env.Element as unknown as { prototype: object }),
    NodeFilter: {
      SHOW_ELEMENT: 1,
      SHOW_ATTRIBUTE: 2,
      SHOW_TEXT: 4,
      SHOW_CDATA_SECTION: 8,
      SHOW_PROCESSING_INSTRUCTION: 64,
      SHOW_COMMENT: 128,
      FILTER_ACCEPT: 1,
    },
  };
  const envRecord = env as unknown as Record<string | symbol, unknown>;
  const window = new Proxy(env.window as unknown as Record<string | symbol, unknown>, {
    get: (target, key) =>
      typeof key === 'string' && key in overrides
        ? overrides[key]
        : (target[key] ?? envRecord[key]),
  });
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('The HTML sanitiser cannot run here.');
  // Anything that would load from the network goes; data: images stay, links stay links.
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of [
      'src',
      'href',
      'xlink:href',
      'action',
      'formaction',
      'poster',
      'background',
    ]) {
      const value = node.getAttribute?.(name);
      if (value === null || value === undefined) continue;
      const keep = name === 'href' && node.nodeName === 'A' ? /^(https?:|mailto:|#)/i : /^data:/i;
      if (!keep.test(value.trim())) node.removeAttribute(name);
    }
    if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
  return purify;
}

let purifier: ReturnType<typeof createPurifier> | undefined;

/** Types a browser runs as documents, where scripts and remote loads would act. */
const ACTIVE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml']);

export function hasNeutralisedView(mime: string): boolean {
  return ACTIVE_TYPES.has(mime.split(';')[0]?.trim().toLowerCase() ?? '');
}

/**
 * A static, neutralised copy of an archived web page (or SVG) for exports: DOMPurify removes
 * scripts, event handlers, frames, forms, styles and every remote load (images, fonts, media),
 * keeping the text, structure, links and data: images, under a `default-src 'none'` policy.
 * The original bytes are exported too; this copy is only for reading. Returns HTML, or null for
 * types that need no neutralised view.
 */
export function neutralisedView(
  bytes: Uint8Array,
  mime: string,
  original: { fileName: string; sha256: string },
): string | null {
  if (!hasNeutralisedView(mime)) return null;
  purifier ??= createPurifier();
  const { text } = decodeText(bytes, { declaredCharset: declaredHtmlCharset(bytes) });
  const clean = purifier.sanitize(text, {
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: [
      'style',
      'link',
      'meta',
      'base',
      'form',
      'input',
      'button',
      'iframe',
      'frame',
      'object',
      'embed',
      'video',
      'audio',
      'source',
      'track',
      'use',
      'image',
      'feimage',
    ],
    FORBID_ATTR: ['style', 'srcset', 'ping'],
  });
  const body = parseHTML(clean).document;
  const title = body.querySelector('title')?.textContent ?? original.fileName;
  const content = body.body?.innerHTML ?? '';
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)} (neutralised copy)</title>`,
    '<style>.factdesk-note{font:14px/1.4 system-ui,sans-serif;background:#fff4d6;border:1px solid #c9a227;padding:8px 12px;margin:0 0 16px}</style>',
    '</head><body>',
    `<p class="factdesk-note">Neutralised copy made by Factdesk for reading: scripts, styles and remote content were removed. ` +
      `The evidence is the original file, <a href="${escapeHtml(encodeURI(original.fileName))}">${escapeHtml(original.fileName)}</a>, SHA-256 ${escapeHtml(original.sha256)}.</p>`,
    content,
    '</body></html>',
    '',
  ].join('\n');
}
