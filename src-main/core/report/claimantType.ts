/**
 * Words that mark a claimant as an organisation rather than a person. The model records the
 * claimant as a plain name, so ClaimReview's Person/Organization choice is inferred from it.
 */
const organisationWords =
  /\b(?:ministry|department|agency|office|government|administration|council|committee|commission|party|police|army|navy|command|institute|university|association|union|federation|foundation|company|corporation|inc|ltd|llc|plc|group|bank|news|press|times|post|tv|radio|network|channel|white house|kremlin|pentagon|senate|congress|parliament|court|nato|eu)\b/i;

/** All-capital names such as SOUTHCOM or NASA are organisations too. */
const acronym = /^[A-Z][A-Z0-9&.-]{1,}$/;

export function claimantType(claimant: string): 'Person' | 'Organization' {
  const name = claimant.trim();
  return organisationWords.test(name) || acronym.test(name) ? 'Organization' : 'Person';
}
