import { escapeHtml } from './escapeHtml';

/**
 * Only inline styles are allowed: no script, no fonts, no images from anywhere, no frames, no
 * form posts. A report or debrief that someone tampered with, or whose text is hostile, still
 * cannot run code or phone home when an editor opens it.
 */
export const STANDALONE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The start of a self-contained HTML file (a report or a debrief) up to the opening `<main>`:
 * its policy, no referrer, its generator and `title` (escaped here), and `css` inlined.
 */
export function standaloneHtmlHead(title: string, appVersion: string, css: string): string {
  return [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CONTENT_SECURITY_POLICY}">\n`,
    '<meta name="referrer" content="no-referrer">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta name="generator" content="Factdesk ${escapeHtml(appVersion)}">\n`,
    `<title>${escapeHtml(title)}</title>\n`,
    `<style>${css}</style>\n</head>\n<body>\n<main>\n`,
  ].join('');
}
