import type { ReportInput } from '../../../../src-main/core/report/Report';
import { claimOn, cite, makeArticle, makeSource, scale, verdict } from './reportFixture';

/**
 * If any payload ever runs it sets the page title to MARKER, or opens a dialog. The marker is
 * built at run time ('PW'+'NED') so the literal text of a payload never contains it.
 */
export const MARKER = 'PWNED';
const run = "document.title='PW'+'NED'";

export const HTML_PAYLOAD = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<svg onload="${run}"><circle r=1></circle></svg>`,
  '<iframe src="javascript:alert(1)"></iframe>',
  `"><script>${run}</script>`,
  `'><img src=x onerror=alert(1)>`,
  '</script><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  'line\u2028separator\u2029paragraph',
].join(' ');

export const MARKDOWN_PAYLOAD = [
  HTML_PAYLOAD,
  '[click me](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<javascript:alert(1)>',
  '![pixel](https://tracker.example/pixel.png)',
  '[ref]: javascript:alert(1)',
  '[ref]',
].join('\n\n');

export const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://ok.example/"><script>alert(1)</script>',
];

export function hostileInput(): ReportInput {
  const text = `Intro ${HTML_PAYLOAD} the claim ${HTML_PAYLOAD} end.\n\n# not a heading\n- not a list\n    not code`;
  const claim = claimOn(text, `the claim ${HTML_PAYLOAD}`, {
    id: 1,
    claimant: HTML_PAYLOAD,
    claimDate: HTML_PAYLOAD,
    reviewedAs: HTML_PAYLOAD,
    appearanceUrl: HOSTILE_URLS[0] as string,
    appearanceTitle: HTML_PAYLOAD,
    appearanceOutlet: HTML_PAYLOAD,
    appearanceDate: HTML_PAYLOAD,
    notes: MARKDOWN_PAYLOAD,
    tags: [HTML_PAYLOAD],
    status: 'done',
    verdict: { ...verdict('evil', MARKDOWN_PAYLOAD, HTML_PAYLOAD), checkedAt: HTML_PAYLOAD },
    sources: HOSTILE_URLS.map((url) =>
      cite(
        makeSource({
          url,
          title: HTML_PAYLOAD,
          publisher: HTML_PAYLOAD,
          author: HTML_PAYLOAD,
          accessedAt: HTML_PAYLOAD,
          reliabilityNote: HTML_PAYLOAD,
          archive: {
            sha256: `${'a'.repeat(64)}`,
            size: 1,
            mime: HTML_PAYLOAD,
            originalName: `../../${HTML_PAYLOAD}.html`,
            path: '../../etc/passwd',
            createdAt: '2025-10-21T10:00:00.000Z',
          },
        }),
        { excerpt: HTML_PAYLOAD, note: MARKDOWN_PAYLOAD },
      ),
    ),
  });
  const nested = claimOn(text, HTML_PAYLOAD, { id: 2, number: 2, claimant: HTML_PAYLOAD }, 1);
  return {
    article: makeArticle({
      text,
      title: HTML_PAYLOAD,
      outlet: HTML_PAYLOAD,
      url: HOSTILE_URLS[1] as string,
      author: HTML_PAYLOAD,
      publishedAt: HTML_PAYLOAD,
      language: '"><script>alert(1)</script>',
      methodology: MARKDOWN_PAYLOAD,
      corrections: MARKDOWN_PAYLOAD,
      factCheckUrl: HOSTILE_URLS[2] as string,
      factCheckPublishedAt: HTML_PAYLOAD,
    }),
    claims: [claim, nested],
    scale: {
      ...scale,
      name: HTML_PAYLOAD,
      ratings: [
        ...scale.ratings,
        {
          key: 'evil',
          label: HTML_PAYLOAD,
          colour: 'red;background:url(https://tracker.example/x.png)',
          value: 0,
          shortcut: 'e',
        },
      ],
    },
    checkers: [HTML_PAYLOAD],
    organisation: {
      name: HTML_PAYLOAD,
      url: HOSTILE_URLS[3] as string,
      methodologyUrl: HOSTILE_URLS[0] as string,
      correctionsUrl: HOSTILE_URLS[6] as string,
      // A hostile logo: a type no image has and data that would close the attribute.
      logo: { mime: 'text/html', base64: '"><script>alert(1)</script>' },
    },
    generatedAt: HTML_PAYLOAD,
    appVersion: HTML_PAYLOAD,
  };
}
