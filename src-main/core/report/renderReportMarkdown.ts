import { countOf } from '../text/countOf';
import { kindNames, stanceNames, statusNames } from './describeClaim';
import { escapeMarkdown, escapeMarkdownInline, markdownLinkDestination } from './escapeMarkdown';
import { formatTimestamp } from './formatTimestamp';
import { isLinkableUrl } from './isLinkableUrl';
import type { Report, ReportClaim, ReportSource } from './Report';
import { toSafeMarkdown } from './toSafeMarkdown';
import { verdictStandingNote } from './verdictStandingNote';
import { withoutCommandHints } from './withoutCommandHints';
import { claimNumberingNote } from './claimNumberingNote';

const OPEN = '⟦';
const CLOSE = '⟧';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * The report as Markdown for GitHub and Pandoc. In the text each claim reads
 * `[N](#claim-N)⟦quoted words⟧`: its number, linked to its card under "Claims", which carries
 * the verdict and conclusion. Numbers are written out rather than made footnotes, because
 * both renderers renumber footnotes in reading order, and a claim's number must be the one it
 * has in the app and every other export. The brackets are not Markdown syntax, so they nest
 * without escaping; a claim that partly overlaps another closes with its number in subscript
 * to say which bracket ends.
 */
export function renderReportMarkdown(report: Report): string {
  const sections = [
    renderHeader(report),
    renderSummary(report),
    renderArticleText(report),
    renderClaims(report),
    `## Methodology\n\n${toSafeMarkdown(report.methodology) || '*No methodology note was provided.*'}`,
    `## Corrections\n\n${toSafeMarkdown(report.corrections) || '*No corrections have been logged.*'}`,
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function renderHeader(report: Report): string {
  const { header } = report;
  const lines = [
    `# Fact-check: ${escapeMarkdownInline(header.title.trim() || 'Untitled article')}`,
    '',
  ];
  const facts: [string, string][] = [
    ['Outlet', escapeMarkdownInline(header.outlet)],
    ['Author', escapeMarkdownInline(header.author)],
    ['Published', escapeMarkdownInline(header.publishedAt)],
    ['URL', linkOrText(header.url, header.url)],
    ['Checked by', escapeMarkdownInline(header.checkers.join(', '))],
    [
      'Organisation',
      header.organisation.url.trim() && isLinkableUrl(header.organisation.url.trim())
        ? linkOrText(header.organisation.url, header.organisation.name || header.organisation.url)
        : escapeMarkdownInline(header.organisation.name),
    ],
    ['Text judged', `version ${header.textVersion}, SHA-256 ${inlineCode(header.textSha256)}`],
    ['Rating scale', escapeMarkdownInline(report.scale.name)],
    [
      'Generated',
      `${escapeMarkdownInline(formatTimestamp(header.generatedAt))} with Factdesk ${escapeMarkdownInline(header.appVersion)}`,
    ],
  ];
  const shown = facts.filter(([, value]) => value.trim() !== '');
  // Two trailing spaces are a hard line break in both GitHub and Pandoc.
  lines.push(shown.map(([term, value]) => `**${term}:** ${value}`).join('  \n'));
  return lines.join('\n');
}

function renderSummary(report: Report): string {
  const { summary } = report;
  const lines = [
    '## Summary',
    '',
    `${countOf(summary.totalClaims, 'claim')}.`,
    '',
    '| Verdict | Claims |',
    '| --- | ---: |',
  ];
  for (const entry of summary.counts) {
    lines.push(`| ${escapeMarkdownInline(entry.label)} | ${entry.count} |`);
  }
  lines.push('', '### Transparency check', '');
  if (summary.findings.length === 0) {
    lines.push(
      'No findings: every verdict is sourced, archived and dated, and the methodology is stated.',
    );
  }
  const numbers = new Map(report.claims.map((claim) => [claim.id, claim.number]));
  for (const finding of summary.findings) {
    const number = finding.claimId === undefined ? undefined : numbers.get(finding.claimId);
    const link = number === undefined ? '' : ` ([claim ${number}](#claim-${number}))`;
    const severity = finding.severity === 'error' ? '**Error**' : 'Warning';
    lines.push(
      `- ${severity} ${inlineCode(finding.code)} ${escapeMarkdownInline(withoutCommandHints(finding.message))}${link}`,
    );
  }
  return lines.join('\n');
}

function renderArticleText(report: Report): string {
  const { text } = report;
  const claimsByNumber = new Map(report.claims.map((claim) => [claim.number, claim]));
  const partlyOverlapping = findPartialOverlaps(report.claims);
  const out: string[] = ['## Article text\n\n'];
  for (const segment of report.segments) {
    for (const number of segment.claimNumbers) {
      if (claimsByNumber.get(number)?.start === segment.start) {
        out.push(`${claimLink(number)}${OPEN}`);
      }
    }
    const startsLine = segment.start === 0 || text[segment.start - 1] === '\n';
    const opensHere = segment.claimNumbers.some(
      (number) => claimsByNumber.get(number)?.start === segment.start,
    );
    out.push(escapeMarkdown(text.slice(segment.start, segment.end), startsLine && !opensHere));
    for (const number of [...segment.claimNumbers].reverse()) {
      if (claimsByNumber.get(number)?.end !== segment.end) continue;
      out.push(partlyOverlapping.has(number) ? `${CLOSE}${subscript(number)}` : CLOSE);
    }
  }
  const unlocated = report.claims.filter((claim) => !claim.located);
  if (unlocated.length > 0) {
    out.push(
      `\n\n*Not found in this version of the text:* ${unlocated
        .map((claim) => `[claim ${claim.number}](#claim-${claim.number})`)
        .join(', ')}.`,
    );
  }
  return out.join('');
}

/** Claims whose brackets would pair up wrongly: they cross another claim's boundary. */
function findPartialOverlaps(claims: readonly ReportClaim[]): Set<number> {
  const located = claims.filter((claim) => claim.located);
  const crossing = new Set<number>();
  const open: ReportClaim[] = [];
  for (const claim of located) {
    for (let index = open.length - 1; index >= 0; index--) {
      const other = open[index] as ReportClaim;
      if (other.end <= claim.start) open.splice(index, 1);
      else if (other.end < claim.end) {
        crossing.add(other.number);
        crossing.add(claim.number);
      }
    }
    open.push(claim);
  }
  return crossing;
}

function renderClaims(report: Report): string {
  const parts = ['## Claims'];
  if (report.claims.length === 0) parts.push('*No claims were marked.*');
  const numbering = claimNumberingNote(report);
  if (numbering) parts.push(`*${escapeMarkdownInline(numbering)}*`);
  for (const claim of report.claims) parts.push(renderCard(claim, report.header.textVersion));
  return parts.join('\n\n');
}

function renderCard(claim: ReportClaim, textVersion: number): string {
  const lines = [
    `### Claim ${claim.number}`,
    '',
    `**Verdict: ${escapeMarkdownInline(claim.rating.label)}**`,
    '',
    ...escapeMarkdown(claim.quote)
      .split('\n')
      .map((line) => `> ${line}`),
    '',
    `- **Claimant:** ${escapeMarkdownInline(claim.claimant) || '*not recorded*'}`,
  ];
  if (claim.claimDate.trim())
    lines.push(`- **Claim date:** ${escapeMarkdownInline(claim.claimDate)}`);
  if (claim.appearanceUrl.trim()) {
    lines.push(`- **Appeared at:** ${linkOrText(claim.appearanceUrl, claim.appearanceUrl)}`);
  }
  lines.push(
    `- **Kind:** ${escapeMarkdownInline(kindNames[claim.kind] ?? String(claim.kind))} · **Status:** ${escapeMarkdownInline(statusNames[claim.status] ?? String(claim.status))}`,
  );
  if (claim.tags.length > 0)
    lines.push(`- **Tags:** ${escapeMarkdownInline(claim.tags.join(', '))}`);
  if (!claim.located) lines.push('- **Not found in the current text**');
  if (claim.verdict) {
    lines.push(
      '',
      '#### Conclusion',
      '',
      toSafeMarkdown(claim.verdict.conclusion) || '*No conclusion written.*',
    );
  }
  if (claim.notes.trim()) lines.push('', '#### Notes', '', toSafeMarkdown(claim.notes));
  lines.push('', '#### Sources', '');
  if (claim.sources.length === 0) lines.push('*No sources attached.*');
  claim.sources.forEach((source, index) => lines.push(...renderSource(source, index + 1)));
  lines.push('', cardFooter(claim, textVersion));
  return lines.join('\n');
}

function renderSource(source: ReportSource, number: number): string[] {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  const title = source.title.trim() || source.url.trim() || 'Untitled source';
  const details = [source.publisher, source.author, source.publishedAt]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(escapeMarkdownInline);
  const lines = [
    `${marker}${linkOrText(source.url, title)} (${escapeMarkdownInline(stanceNames[source.stance] ?? String(source.stance))})${details.length > 0 ? ` — ${details.join(', ')}` : ''}  `,
  ];
  const more: string[] = [];
  if (source.url.trim()) more.push(`URL: ${inlineCode(source.url.replace(/\s+/g, ' '))}`);
  more.push(
    source.accessedAt.trim()
      ? `Accessed ${escapeMarkdownInline(source.accessedAt)}`
      : '**No access date recorded**',
  );
  more.push(
    source.archive
      ? `Archived copy (original bytes, the evidence): [${escapeMarkdownInline(source.archive.href)}](${markdownLinkDestination(source.archive.href)}), SHA-256 ${inlineCode(source.archive.sha256)}`
      : '**No archived copy**',
  );
  if (source.archive?.safeHref) {
    more.push(
      `Safe view (a neutralised copy for reading, scripts and remote content removed): [${escapeMarkdownInline(source.archive.safeHref)}](${markdownLinkDestination(source.archive.safeHref)})`,
    );
  }
  if (source.reliabilityNote.trim()) {
    more.push(`Reliability: ${escapeMarkdownInline(source.reliabilityNote)}`);
  }
  lines.push(...more.map((line) => `${indent}${line}  `));
  if (source.excerpt.trim()) {
    lines.push(
      '',
      ...escapeMarkdown(source.excerpt)
        .split('\n')
        .map((line) => `${indent}> ${line}`),
    );
  }
  if (source.note.trim()) {
    lines.push(
      '',
      ...toSafeMarkdown(source.note)
        .split('\n')
        .map((line) => (line ? indent + line : '')),
    );
  }
  lines.push('');
  return lines;
}

function cardFooter(claim: ReportClaim, textVersion: number): string {
  const parts: string[] = [];
  if (claim.verdict) {
    parts.push(
      `Checked by ${escapeMarkdownInline(claim.verdict.checkedBy.trim() || 'unknown')} on ${escapeMarkdownInline(formatTimestamp(claim.verdict.checkedAt))}`,
    );
    const standing = verdictStandingNote(claim, textVersion);
    if (standing) parts.push(standing.warning ? `**${standing.text}**` : standing.text);
  } else parts.push('No verdict yet');
  parts.push(
    `marked ${escapeMarkdownInline(formatTimestamp(claim.createdAt))}`,
    `last changed ${escapeMarkdownInline(formatTimestamp(claim.updatedAt))}`,
  );
  return `*${parts.join(' · ')}*`;
}

/** A claim's number as a link to its card; GitHub and Pandoc both give "### Claim N" that id. */
function claimLink(number: number): string {
  return `[${number}](#claim-${number})`;
}

function linkOrText(url: string, text: string): string {
  const trimmed = url.trim();
  if (!trimmed) return '';
  return isLinkableUrl(trimmed)
    ? `[${escapeMarkdownInline(text)}](${markdownLinkDestination(trimmed)})`
    : escapeMarkdownInline(text);
}

function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}

function subscript(number: number): string {
  return String(number).replace(/\d/g, (digit) => SUBSCRIPT_DIGITS[Number(digit)] ?? digit);
}
