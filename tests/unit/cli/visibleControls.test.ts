import { describe, expect, it } from 'vitest';
import { visibleControls } from '../../../src-main/cli/visibleControls';

describe('visibleControls', () => {
  it('shows terminal and text-direction controls as escapes, and leaves other text alone', () => {
    expect(visibleControls('a\x1b[2Jb\u009bc')).toBe('a\\x1b[2Jb\\u009bc');
    expect(visibleControls('Claim: \u202E01 dead\u202C')).toBe('Claim: \\u202e01 dead\\u202c');
    expect(visibleControls('\u2067x\u2069 \u200F \u061C')).toBe('\\u2067x\\u2069 \\u200f \\u061c');
    const words = 'Zoe\u0308 👨\u200D👩 وزير\tend\n';
    expect(visibleControls(words)).toBe(words);
  });
});
