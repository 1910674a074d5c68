/** Neutral grey for claims without a rating, as in the workbench. */
export const UNCHECKED_COLOUR = '#8a929c';
export const UNCHECKED_LABEL = 'Unchecked';

const hexColour = /^#[0-9a-fA-F]{6}$/;

/** Colours end up inside CSS, so anything but #rrggbb is replaced rather than trusted. */
export function safeColour(colour: string): string {
  return hexColour.test(colour) ? colour.toLowerCase() : UNCHECKED_COLOUR;
}

function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const DARK_TEXT = '#111418';
const LIGHT_TEXT = '#ffffff';

// A scale has a handful of colours and a report paints them thousands of times.
const textColourCache = new Map<string, string>();

/** Text colour for a label painted on `background`, whichever of dark or white reads better. */
export function readableTextColour(background: string): string {
  const colour = safeColour(background);
  let text = textColourCache.get(colour);
  if (text === undefined) {
    const luminance = relativeLuminance(colour);
    const onDark = contrastRatio(luminance, relativeLuminance(DARK_TEXT));
    const onLight = contrastRatio(luminance, 1);
    text = onDark >= onLight ? DARK_TEXT : LIGHT_TEXT;
    textColourCache.set(colour, text);
  }
  return text;
}
