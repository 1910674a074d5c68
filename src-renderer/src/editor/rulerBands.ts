/** A stretch of lines marked in the scrollbar with one colour. */
export interface RulerBand {
  /** 1-based line numbers, inclusive. */
  startLine: number;
  endLine: number;
  colour: string;
}

/**
 * The scrollbar's claim marks: the text's lines are cut into at most `maxBands` equal bands, and
 * each band holding claims is drawn in the colour most of them have (the first one's, on a tie).
 * Thousands of claims then cost a few hundred marks, which the editor redraws on every keystroke,
 * and the scrollbar shows the same picture: it has no more pixels than that.
 */
export function rulerBands(
  claims: readonly { line: number; colour: string }[],
  lineCount: number,
  maxBands: number,
): RulerBand[] {
  const size = Math.max(1, Math.ceil(lineCount / maxBands));
  const counts = new Map<number, Map<string, number>>();
  for (const { line, colour } of claims) {
    const band = Math.floor((line - 1) / size);
    const colours = counts.get(band) ?? new Map<string, number>();
    colours.set(colour, (colours.get(colour) ?? 0) + 1);
    counts.set(band, colours);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([band, colours]) => {
      let colour = '';
      let most = 0;
      for (const [candidate, count] of colours) {
        if (count > most) [colour, most] = [candidate, count];
      }
      return {
        startLine: band * size + 1,
        endLine: Math.min(lineCount, (band + 1) * size),
        colour,
      };
    });
}
