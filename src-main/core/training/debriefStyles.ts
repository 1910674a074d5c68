/**
 * The debrief's stylesheet, inlined for the same reason as the report's: the file must open
 * alone, offline, under a policy that allows nothing else. It is drawn for a projector: large
 * type, thick bars, and colours that survive a washed-out beamer (body text 7:1 or better).
 */
export const DEBRIEF_CSS = `
:root {
  --ink: #111418;
  --muted: #4a525c;
  --rule: #c9d1d9;
  --panel: #f3f5f8;
  --accent: #0a4f9c;
  --good: #1b6e34;
  --bad: #a3190f;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", "Times New Roman", serif;
}
* { box-sizing: border-box; }
html { background: #fff; color: var(--ink); }
body { margin: 0; font: 18px/1.5 var(--sans); -webkit-text-size-adjust: 100%; }
main { max-width: 76rem; margin: 0 auto; padding: 2rem 2rem 3rem; }
a { color: var(--accent); }
h1, h2, h3 { line-height: 1.2; margin: 0; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 3px solid var(--ink); }
.muted { color: var(--muted); }
.kicker { margin: 0 0 0.4rem; font-size: 0.85rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.masthead h1 { font-family: var(--serif); font-size: 2.4rem; overflow-wrap: anywhere; }
.byline { margin: 0.4rem 0 0; font-size: 1.05rem; color: var(--muted); }
.url { font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }

.headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 1rem; margin: 1.5rem 0 0; }
.headline div { padding: 1rem 1.2rem; border-radius: 8px; background: var(--panel); }
.headline .value { display: block; font-size: 2.4rem; font-weight: 800; line-height: 1.1; font-variant-numeric: tabular-nums; }
.headline .label { display: block; margin-top: 0.3rem; font-size: 0.95rem; color: var(--muted); }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
.scorecard { padding: 1rem 1.2rem 0.9rem; border: 2px solid var(--rule); border-radius: 8px; break-inside: avoid; }
.scorecard h3 { font-size: 1.35rem; margin-bottom: 0.6rem; overflow-wrap: anywhere; }
.scorecard .big { display: flex; align-items: baseline; gap: 0.5rem; margin-bottom: 0.3rem; }
.scorecard .big strong { font-size: 2.1rem; line-height: 1; font-variant-numeric: tabular-nums; }
.scorecard dl { display: grid; grid-template-columns: 1fr max-content; gap: 0.15rem 1rem; margin: 0.7rem 0 0; font-size: 0.98rem; }
.scorecard dt { color: var(--muted); }
.scorecard dd { margin: 0; text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
.scorecard .warn { color: var(--bad); }

.meter { height: 0.9rem; border-radius: 0.45rem; background: #e3e8ee; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
.meter.found span { background: var(--good); }
.meter-line { display: grid; grid-template-columns: 1fr 3.5rem; gap: 0.8rem; align-items: center; }
.meter-line strong { text-align: right; font-variant-numeric: tabular-nums; }

.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; margin: 0 0 1rem; font-size: 0.95rem; color: var(--muted); }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 2px; vertical-align: -0.12rem; margin-right: 0.35rem; }
.article-text { font-family: var(--serif); font-size: 1.3rem; line-height: 1.9; white-space: pre-wrap; overflow-wrap: break-word; max-width: 60rem; }
.hl { border-radius: 2px; padding: 0.05em 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.ref { display: inline-block; margin-right: 0.2em; padding: 0 0.4em; border-radius: 0.8em; font: 800 0.8rem/1.5 var(--sans); vertical-align: 0.3em; white-space: nowrap; }

.claim { margin: 0 0 1.2rem; padding: 1rem 1.3rem; border: 2px solid var(--rule); border-left: 10px solid var(--verdict); border-radius: 8px; break-inside: avoid; }
.claim header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.9rem; }
.claim .number { font-weight: 800; font-size: 1.2rem; }
.badge { padding: 0.15rem 0.7rem; border-radius: 1rem; font-weight: 700; font-size: 0.95rem; }
.claim .found-by { margin-left: auto; font-weight: 700; font-size: 1.1rem; }
.quote { margin: 0.7rem 0; padding: 0 0 0 1rem; border-left: 4px solid var(--rule); font-family: var(--serif); font-size: 1.25rem; }
.claim .row { display: grid; grid-template-columns: 11rem 1fr; gap: 0.6rem 1rem; align-items: center; margin: 0.5rem 0; }
.claim .row > span:first-child { color: var(--muted); font-weight: 600; }
.spread { display: flex; height: 1.6rem; border-radius: 4px; overflow: hidden; background: #e3e8ee; }
.spread span { display: flex; align-items: center; justify-content: center; min-width: 1.6rem; font-weight: 800; font-size: 0.9rem; }
.spread-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin-top: 0.3rem; font-size: 0.9rem; }
.reasoning { font-size: 1.05rem; }
.reasoning p { margin: 0.3rem 0; }
.sources { margin: 0.2rem 0 0; padding-left: 1.3rem; font-size: 0.98rem; }
.sources li { margin: 0.15rem 0; overflow-wrap: anywhere; }
.tier { display: inline-block; margin-right: 0.5rem; padding: 0 0.45rem; border-radius: 4px; font-size: 0.8rem; font-weight: 700; background: #e3e8ee; }
.tier-0 { background: #fde2df; color: var(--bad); }
.tier-3 { background: #dcefe2; color: var(--good); }
.empty { color: var(--muted); font-style: italic; }
footer.colophon { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
footer.colophon p { margin: 0.3rem 0; }

@media print {
  body { font-size: 12pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .meter, .spread, .badge, .ref, .hl, .swatch, .tier { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
