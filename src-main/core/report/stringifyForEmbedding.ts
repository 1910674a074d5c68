/**
 * Pretty JSON that stays inert when pasted into an HTML `<script type="application/ld+json">`
 * (the usual home of ClaimReview) or into a JavaScript string: `<`, `>` and `&` become
 * \u escapes so `</script>` and `<!--` cannot close or comment out the block, and U+2028/U+2029
 * are escaped because older JavaScript parsers treat them as line ends. The result is still
 * exactly the same JSON value.
 */
export function stringifyForEmbedding(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
