import type { Claim, RatingScale } from '../core/model';

/** The stable, documented JSON shape of a claim on the CLI (`show --json`, `claim … --json`). */
export function claimView(claim: Claim, scales: RatingScale[]) {
  const scale = scales.find((s) => s.id === claim.verdict?.scaleId);
  const rating = scale?.ratings.find((r) => r.key === claim.verdict?.ratingKey);
  return {
    id: claim.id,
    number: claim.number,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    anchorState: claim.anchorState,
    anchorReview: claim.anchorReview,
    anchoredVersion: claim.anchoredVersion,
    textChangedSinceVerdict: claim.textChangedSinceVerdict,
    movedSinceVerdict: claim.movedSinceVerdict,
    status: claim.status,
    kind: claim.kind,
    claimant: claim.claimant,
    claimantKind: claim.claimantKind,
    reviewedAs: claim.reviewedAs,
    claimDate: claim.claimDate,
    appearanceUrl: claim.appearanceUrl,
    appearanceTitle: claim.appearanceTitle,
    appearanceOutlet: claim.appearanceOutlet,
    appearanceDate: claim.appearanceDate,
    assignee: claim.assignee,
    tags: claim.tags,
    notes: claim.notes,
    verdict: claim.verdict
      ? {
          ratingKey: claim.verdict.ratingKey,
          label: rating?.label ?? null,
          conclusion: claim.verdict.conclusion,
          scaleId: claim.verdict.scaleId,
          checkedBy: claim.verdict.checkedBy,
          checkedAt: claim.verdict.checkedAt,
          articleVersion: claim.verdict.articleVersion,
        }
      : null,
    sources: claim.sources.map((link) => ({
      id: link.source.id,
      url: link.source.url,
      title: link.source.title,
      publisher: link.source.publisher,
      stance: link.stance,
      excerpt: link.excerpt,
      note: link.note,
      tier: link.tier,
      accessedAt: link.source.accessedAt,
      archive: link.source.archive
        ? { sha256: link.source.archive.sha256, path: link.source.archive.path }
        : null,
    })),
  };
}

export function claimLine(claim: Claim): string {
  const verdict = claim.verdict?.ratingKey ?? 'unchecked';
  const who = claim.claimant ? ` — ${claim.claimant}` : '';
  return `#${claim.id} claim ${claim.number} [${claim.start}-${claim.end}] "${claim.exact}"${who} (${verdict}, ${claim.status})`;
}
