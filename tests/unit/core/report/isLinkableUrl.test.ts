import { describe, expect, it } from 'vitest';
import { isLinkableUrl } from '../../../../src-main/core/report/isLinkableUrl';

describe('isLinkableUrl', () => {
  it('accepts web and mail links', () => {
    for (const url of [
      'https://a.example',
      'http://a.example/x?y=1#z',
      'HTTPS://A.EXAMPLE',
      'mailto:desk@example.org',
    ]) {
      expect(isLinkableUrl(url), url).toBe(true);
    }
  });

  it('refuses everything else, including disguised schemes', () => {
    for (const url of [
      '',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      '//evil.example',
      '/relative',
      'https://',
      'https:///path',
      'https:\\\\evil.example',
      'https://a.example/\u2028',
      '\u200bhttps://a.example',
    ]) {
      expect(isLinkableUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});
