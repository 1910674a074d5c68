import { describe, expect, it } from 'vitest';
import { fitMeta } from '../../../src-main/importers/fitMeta';

describe('fitMeta', () => {
  it('collapses whitespace and drops empty values', () => {
    const warnings: string[] = [];
    expect(
      fitMeta({ title: '  Budget\n\t doubles ', author: '   ', outlet: '' }, warnings),
    ).toEqual({
      title: 'Budget doubles',
    });
    expect(warnings).toEqual([]);
  });

  it('shortens an over-long title but drops an over-long URL, saying so', () => {
    const warnings: string[] = [];
    const fitted = fitMeta(
      { title: 'x'.repeat(600), url: `https://e.example/${'a'.repeat(2100)}` },
      warnings,
    );
    expect(fitted.title).toHaveLength(500);
    expect(fitted.title?.endsWith('…')).toBe(true);
    expect(fitted.url).toBeUndefined();
    expect(warnings).toEqual([
      'The title was longer than 500 characters and was shortened.',
      'The URL in the file was too long to be right and was left out.',
    ]);
  });
});
