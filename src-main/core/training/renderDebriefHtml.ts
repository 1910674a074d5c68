import { escapeHtml } from '../report/escapeHtml';
import { highlightStyle } from '../report/highlightStyle';
import { standaloneHtmlHead } from '../report/standaloneHtmlHead';
import { isLinkableUrl } from '../report/isLinkableUrl';
import { renderSafeMarkdown } from '../report/renderSafeMarkdown';
import { readableTextColour, safeColour } from '../report/verdictColours';
import { scoreCardRows } from './scoreCardRows';
import type { Debrief, DebriefClaim, DebriefTrainee } from './Debrief';
import { DEBRIEF_CSS } from './debriefStyles';
import { alphaText, formatShare, meanOf, tierName } from './debriefText';

/** The debrief as one self-contained HTML file, laid out to be projected to a room. */
export function renderDebriefHtml(debrief: Debrief): string {
  const title = debrief.title.trim() || 'Untitled article';
  const parts: string[] = [
    standaloneHtmlHead(`Training debrief: ${title}`, debrief.appVersion, DEBRIEF_CSS),
  ];
  parts.push(masthead(debrief, title), classSection(debrief), articleSection(debrief));
  parts.push('<section id="claims">\n<h2>The key, hardest claim first</h2>\n');
  if (debrief.claims.length === 0) parts.push('<p class="empty">The key has no claims.</p>\n');
  const byNumber = new Map(debrief.claims.map((claim) => [claim.number, claim]));
  for (const number of debrief.hardestFirst) {
    const claim = byNumber.get(number);
    if (claim) parts.push(claimCard(claim, debrief.trainees.length));
  }
  parts.push('</section>\n', colophon(debrief), '</main>\n</body>\n</html>\n');
  return parts.join('');
}

function masthead(debrief: Debrief, title: string): string {
  const kicker = [
    'Training debrief',
    `${debrief.trainees.length} ${debrief.trainees.length === 1 ? 'trainee' : 'trainees'}`,
    `${debrief.claims.length} key ${debrief.claims.length === 1 ? 'claim' : 'claims'}`,
    ...(debrief.anonymised ? ['anonymised'] : []),
  ].join(' · ');
  const byline = [debrief.outlet, debrief.author ? `by ${debrief.author}` : '', debrief.publishedAt]
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return [
    '<header class="masthead">\n',
    `<p class="kicker">${escapeHtml(kicker)}</p>\n`,
    `<h1>${escapeHtml(title)}</h1>\n`,
    byline.length > 0 ? `<p class="byline">${escapeHtml(byline.join(' · '))}</p>\n` : '',
    debrief.url.trim() ? `<p class="url">${linkOrText(debrief.url)}</p>\n` : '',
    '</header>\n',
  ].join('');
}

function classSection(debrief: Debrief): string {
  const { trainees } = debrief;
  const hardest = debrief.claims.find((claim) => claim.number === debrief.hardestFirst[0]);
  const headline = [
    stat(
      formatShare(meanOf(trainees.map((t) => t.lenient.recall))),
      'of key claims found, on average',
    ),
    stat(formatShare(meanOf(trainees.map((t) => t.verdictAccuracy))), 'of verdicts match the key'),
    stat(
      formatShare(meanOf(trainees.map((t) => t.sourceCoverage))),
      'of found claims cite an accepted source',
    ),
    stat(alphaText(debrief.alpha), 'agreement among trainees (ordinal α)'),
  ];
  if (hardest && trainees.length > 0) {
    headline.push(
      stat(`Claim ${hardest.number}`, `hardest: found by ${formatShare(hardest.detectionRate)}`),
    );
  }
  return [
    '<section id="class">\n<h2>The class</h2>\n',
    `<div class="headline">${headline.join('')}</div>\n`,
    '<h2>Trainees</h2>\n',
    trainees.length === 0
      ? '<p class="empty">No attempts were scored.</p>\n'
      : `<div class="cards">\n${trainees.map((t) => scoreCard(t, debrief.claims.length)).join('')}</div>\n`,
    '</section>\n',
  ].join('');
}

function stat(value: string, label: string): string {
  return `<div><span class="value">${escapeHtml(value)}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

function meter(share: number | null, className: string): string {
  const width = share === null ? 0 : Math.round(share * 1000) / 10;
  return `<div class="meter ${className}"><span style="width:${width}%"></span></div>`;
}

function scoreCard(trainee: DebriefTrainee, keyClaims: number): string {
  const found = trainee.correct + trainee.partial;
  const rows = scoreCardRows(trainee);
  return [
    '<article class="scorecard">\n',
    `<h3>${escapeHtml(trainee.name)}</h3>\n`,
    `<div class="big"><strong>${found} of ${keyClaims}</strong><span class="muted">key claims found</span></div>\n`,
    meter(trainee.lenient.recall, 'found'),
    '<dl>\n',
    ...rows.map(
      ([term, value, warn]) =>
        `<dt>${escapeHtml(term)}</dt><dd${warn ? ' class="warn"' : ''}>${escapeHtml(value)}</dd>\n`,
    ),
    '</dl>\n</article>\n',
  ].join('');
}

function articleSection(debrief: Debrief): string {
  const byNumber = new Map(debrief.claims.map((claim) => [claim.number, claim]));
  const legend = new Map<string, string>();
  for (const claim of debrief.claims) legend.set(claim.rating.label, claim.rating.colour);
  const out: string[] = ['<section id="article">\n<h2>The article and the key</h2>\n'];
  out.push('<p class="legend">');
  for (const [label, colour] of legend) {
    out.push(
      `<span><span class="swatch" style="background:${safeColour(colour)}"></span>${escapeHtml(label)}</span>`,
    );
  }
  out.push('<span>Each number shows the share of trainees who found the claim.</span></p>\n');
  const lang = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(debrief.language)
    ? ` lang="${debrief.language}"`
    : '';
  out.push(`<div class="article-text" dir="auto"${lang}>`);
  for (const segment of debrief.segments) {
    const content = escapeHtml(debrief.text.slice(segment.start, segment.end));
    const covering = segment.claimNumbers
      .map((number) => byNumber.get(number))
      .filter((claim): claim is DebriefClaim => claim !== undefined);
    const innermost = covering[covering.length - 1];
    if (!innermost) {
      out.push(content);
      continue;
    }
    for (const claim of covering) {
      if (claim.start !== segment.start) continue;
      const colour = safeColour(claim.rating.colour);
      out.push(
        `<span class="ref" style="background:${colour};color:${readableTextColour(colour)}">${claim.number} · ${escapeHtml(formatShare(claim.detectionRate))}</span>`,
      );
    }
    out.push(`<span class="hl" style="${highlightStyle(covering)}">${content}</span>`);
  }
  out.push('</div>\n</section>\n');
  return out.join('');
}

function claimCard(claim: DebriefClaim, classSize: number): string {
  const colour = safeColour(claim.rating.colour);
  const out: string[] = [
    `<article class="claim" id="claim-${claim.number}" style="--verdict:${colour}">\n<header>`,
    `<span class="number">Claim ${claim.number}</span>`,
    `<span class="badge" style="background:${colour};color:${readableTextColour(colour)}">Key: ${escapeHtml(claim.rating.label)}</span>`,
    `<span class="found-by">Found by ${claim.foundBy} of ${classSize}</span>`,
    '</header>\n',
    `<blockquote class="quote" dir="auto">${escapeHtml(claim.exact)}</blockquote>\n`,
    `<div class="row"><span>Detection</span><div class="meter-line">${meter(claim.detectionRate, 'found')}<strong>${escapeHtml(formatShare(claim.detectionRate))}</strong></div></div>\n`,
    `<div class="row"><span>Verdicts given</span><div>${spreadBar(claim)}</div></div>\n`,
  ];
  if (claim.agreement !== null) {
    out.push(
      `<div class="row"><span>Agreed with key</span><strong>${escapeHtml(formatShare(claim.agreement))} of those who found it</strong></div>\n`,
    );
  }
  out.push(
    '<div class="row"><span>Reasoning</span><div class="reasoning">',
    claim.reasoning.trim()
      ? renderSafeMarkdown(claim.reasoning, { headingOffset: 3 })
      : '<p class="empty">No reasoning written.</p>',
    '</div></div>\n',
    '<div class="row"><span>Accepted sources</span><div>',
  );
  if (claim.sources.length === 0) out.push('<p class="empty">None listed.</p>');
  else {
    out.push('<ul class="sources">');
    for (const source of [...claim.sources].sort((a, b) => b.tier - a.tier)) {
      out.push(
        `<li><span class="tier tier-${source.tier}">${escapeHtml(tierName(source.tier))}</span>${linkOrText(source.url)}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</div></div>\n</article>\n');
  return out.join('');
}

function spreadBar(claim: DebriefClaim): string {
  const given = claim.spread.filter((entry) => entry.count > 0);
  if (given.length === 0) return '<p class="empty">Nobody found this claim.</p>';
  const bar = given
    .map((entry) => {
      const colour = safeColour(entry.rating.colour);
      return `<span style="flex:${entry.count};background:${colour};color:${readableTextColour(colour)}" title="${escapeHtml(entry.rating.label)}">${entry.count}</span>`;
    })
    .join('');
  const legend = given
    .map(
      (entry) =>
        `<span><span class="swatch" style="background:${safeColour(entry.rating.colour)}"></span>${escapeHtml(entry.rating.label)}: ${entry.count}</span>`,
    )
    .join('');
  return `<div class="spread">${bar}</div><div class="spread-legend">${legend}</div>`;
}

function colophon(debrief: Debrief): string {
  return [
    '<footer class="colophon">\n',
    '<p>A key claim counts as found when a trainee’s mark overlaps it and shares at least half its words (token Jaccard ≥ 0.5); exact boundaries are equal after trimming white space and punctuation. Verdict and source figures count found claims only. κ needs 20 matched claims.</p>\n',
    `<p>Rating scale: ${escapeHtml(debrief.scaleName)}. Generated by Factdesk ${escapeHtml(debrief.appVersion)} on ${escapeHtml(debrief.generatedAt)}.</p>\n`,
    '</footer>\n',
  ].join('');
}

function linkOrText(url: string): string {
  const trimmed = url.trim();
  return isLinkableUrl(trimmed)
    ? `<a href="${escapeHtml(trimmed)}" rel="noopener noreferrer">${escapeHtml(trimmed)}</a>`
    : escapeHtml(trimmed);
}
