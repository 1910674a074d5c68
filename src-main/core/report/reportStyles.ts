/**
 * The HTML report's stylesheet. It is inlined because the report must open as a single file on a
 * machine without Factdesk and without network, and the Content-Security-Policy allows nothing
 * else. Colours keep body text at 7:1 or better on white.
 */
export const REPORT_CSS = `
:root {
  --ink: #1b1f24;
  --muted: #57606a;
  --rule: #d8dee4;
  --panel: #f6f8fa;
  --accent: #0a4f9c;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", "Times New Roman", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { background: #fff; color: var(--ink); }
body { margin: 0; font: 16px/1.55 var(--sans); -webkit-text-size-adjust: 100%; }
main { max-width: 50rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.3rem; margin: 2.75rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--ink); }
code, .hash { font-family: var(--mono); font-size: 0.85em; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.url { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }

.masthead .kicker { margin: 0 0 0.5rem; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.masthead h1 { font-family: var(--serif); font-size: 2.1rem; font-weight: 700; margin-bottom: 0.6rem; overflow-wrap: anywhere; }
.masthead .byline { margin: 0 0 0.25rem; font-size: 1.05rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; margin: 1.25rem 0 0; padding: 1rem 1.25rem; background: var(--panel); border-radius: 6px; font-size: 0.9rem; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }

.chart { display: grid; grid-template-columns: max-content 1fr 2.5rem; gap: 0.45rem 0.9rem; align-items: center; margin: 0 0 1.5rem; }
.chart .label { font-weight: 600; font-size: 0.95rem; }
.chart .track { height: 0.9rem; background: #eef1f4; border-radius: 3px; overflow: hidden; }
.chart .bar { display: block; height: 100%; min-width: 2px; border-radius: 3px; }
.chart .count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.chart .zero { color: var(--muted); font-weight: 400; }
.total { margin: 0 0 1rem; color: var(--muted); }
section > h3 { font-size: 1.05rem; margin: 1.75rem 0 0.6rem; }
.findings { margin: 0; padding: 0; list-style: none; border: 1px solid #e5c07b; border-radius: 6px; background: #fff9eb; }
.findings li { padding: 0.55rem 1rem; border-top: 1px solid #f0dcae; font-size: 0.92rem; }
.findings li:first-child { border-top: 0; }
.findings li.error .code { color: #a3161b; font-weight: 600; }
.masthead .logo { display: block; max-width: 220px; max-height: 64px; margin-bottom: 0.75rem; }
.archive-note { margin: 1rem 0; padding: 0.6rem 1rem; border: 1px solid #d9dee4; border-radius: 6px; font-size: 0.92rem; }
.findings .code { font-family: var(--mono); font-size: 0.75rem; color: #7a5200; margin-right: 0.4rem; }
.all-clear { padding: 0.6rem 1rem; border: 1px solid #9bd1a8; border-radius: 6px; background: #eefaf1; }

.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0 0 1.25rem; font-size: 0.85rem; color: var(--muted); }
.legend .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; vertical-align: -0.1rem; margin-right: 0.3rem; }
.article-text { font-family: var(--serif); font-size: 1.12rem; line-height: 1.8; white-space: pre-wrap; overflow-wrap: break-word; }
a.hl { color: inherit; text-decoration: none; border-radius: 2px; padding: 0.05em 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
a.hl:hover { filter: brightness(0.93); }
a.ref { display: inline-block; min-width: 1.35em; margin-right: 0.15em; padding: 0 0.3em; border-radius: 0.7em; font: 700 0.68rem/1.45 var(--sans); text-align: center; text-decoration: none; vertical-align: 0.35em; }
a.ref:target, .card:target { outline: 3px solid #f2b705; outline-offset: 2px; }
[id] { scroll-margin-top: 1.5rem; }

.card { margin: 0 0 1.5rem; padding: 1.1rem 1.35rem 1rem; border: 1px solid var(--rule); border-left: 6px solid var(--verdict); border-radius: 6px; }
.card > header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; margin-bottom: 0.75rem; }
.card .number { font-weight: 700; font-size: 1.05rem; }
.badge { display: inline-block; padding: 0.12rem 0.6rem; border-radius: 999px; font-weight: 700; font-size: 0.85rem; }
.card .back { margin-left: auto; font-size: 0.85rem; }
.quote { margin: 0 0 0.9rem; padding: 0 0 0 0.9rem; border-left: 3px solid var(--rule); font-family: var(--serif); font-size: 1.12rem; line-height: 1.55; overflow-wrap: anywhere; }
.card .facts { margin: 0 0 0.9rem; padding: 0.6rem 0.9rem; font-size: 0.85rem; }
.card h3 { font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin: 1rem 0 0.4rem; }
.prose { overflow-wrap: anywhere; }
.prose > :first-child { margin-top: 0; }
.prose > :last-child { margin-bottom: 0; }
.prose blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid var(--rule); color: var(--muted); }
.prose pre { background: var(--panel); padding: 0.6rem; overflow-x: auto; white-space: pre-wrap; }
.conclusion { font-size: 1rem; }
.sources { margin: 0; padding-left: 1.3rem; }
.sources li { margin: 0 0 0.75rem; font-size: 0.92rem; }
.sources .title { font-weight: 600; }
.stance { display: inline-block; margin-left: 0.35rem; padding: 0 0.45rem; border-radius: 3px; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; border: 1px solid currentColor; }
.stance-supports { color: #1a6b34; }
.stance-contradicts { color: #a1262b; }
.stance-context { color: #4b5563; }
.excerpt { margin: 0.35rem 0; padding-left: 0.7rem; border-left: 2px solid var(--rule); font-style: italic; }
.archive { font-size: 0.82rem; color: var(--muted); }
.warning { color: #8a4b00; font-weight: 600; }
.card > footer { margin-top: 0.9rem; padding-top: 0.6rem; border-top: 1px solid var(--rule); font-size: 0.82rem; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
.numbering-note { color: var(--muted); }
.colophon { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.82rem; color: var(--muted); }

@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html, body { background: #fff; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a, a:visited { color: inherit; text-decoration: none; }
  .card .back { display: none; }
  .card { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, .card > header { break-after: avoid; page-break-after: avoid; }
  .article-text { font-size: 11pt; line-height: 1.8; }
  a.ref:target, .card:target { outline: none; }
  .masthead h1 { font-size: 20pt; }
  /* On paper a link's address is the only way to follow it. */
  .prose a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
}
`;
