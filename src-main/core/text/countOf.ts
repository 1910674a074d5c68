/**
 * "1 claim", "2 claims", "1,204 claims": a count with its noun in the right number. `plural`
 * defaults to the singular plus "s"; counts use English digit grouping.
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
