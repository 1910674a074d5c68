/**
 * Where a UTF-16 offset in `before` lands in `after`, when `after` differs from `before` by one
 * contiguous replacement (what typing, pasting or deleting in a text box produces). Offsets
 * before the change stay; offsets after it move by the change in length; offsets inside the
 * replaced stretch land at the end of the replacement. Linear in the texts' length.
 */
export function mapOffsetThroughEdit(offset: number, before: string, after: string): number {
  if (before === after) return offset;
  const { prefix, suffix } = commonEnds(before, after);
  const replacedEnd = before.length - suffix;
  if (offset <= prefix) return offset;
  if (offset >= replacedEnd) return offset + after.length - before.length;
  return after.length - suffix;
}

function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { prefix, suffix };
}
