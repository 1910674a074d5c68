/** Tags typed as "a, b; c": trimmed, without duplicates, within the contract's limits. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;]/)
    .map((tag) => tag.trim().slice(0, 60))
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)].slice(0, 50);
}
