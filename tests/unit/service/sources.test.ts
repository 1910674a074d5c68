import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let claim: Claim;
beforeEach(async () => {
  wb = openTempWorkbench();
  const article = await wb.handlers['articles.create']({
    text: 'The navy says it carried out 30 strikes.',
  });
  claim = await wb.handlers['claims.create']({ articleId: article.id, start: 29, end: 39 });
});
afterEach(() => wb.dispose());

describe('sources', () => {
  it('creates a library source with today as the access date, and finds it by title, URL or publisher', async () => {
    const source = await wb.handlers['sources.create']({
      fields: {
        url: 'https://navy.example/statement',
        title: 'Navy statement',
        publisher: 'Provincial Navy',
        kind: 'official',
      },
    });
    expect(source.accessedAt).toBe('2026-03-04');
    for (const query of ['statement', 'navy.example', 'Provincial']) {
      expect((await wb.handlers['sources.search']({ query })).map((s) => s.id)).toEqual([
        source.id,
      ]);
    }
    expect(await wb.handlers['sources.search']({ query: 'nothing like it' })).toEqual([]);
  });

  it('cites a source on a claim with stance and excerpt, reusing it on another claim', async () => {
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://navy.example/s', title: 'Navy' },
    });
    const cited = await wb.handlers['sources.attach']({
      claimId: claim.id,
      sourceId: source.id,
      link: { stance: 'supports', excerpt: '30 operations' },
    });
    expect(cited.sources).toMatchObject([
      { stance: 'supports', excerpt: '30 operations', source: { id: source.id } },
    ]);
    await expect(
      wb.handlers['sources.attach']({ claimId: claim.id, sourceId: source.id }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const updated = await wb.handlers['sources.updateLink']({
      claimId: claim.id,
      sourceId: source.id,
      link: { stance: 'contradicts' },
    });
    expect(updated.sources[0]?.stance).toBe('contradicts');
    const detached = await wb.handlers['sources.detach']({
      claimId: claim.id,
      sourceId: source.id,
    });
    expect(detached.sources).toEqual([]);
    const actions = (await wb.handlers['claims.history']({ id: claim.id })).map((h) => h.action);
    expect(actions).toEqual(['create', 'source.attach', 'source.update', 'source.detach']);
  });

  it('archives a copy under its SHA-256 inside the data folder, whatever the file is called', async () => {
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://navy.example/s' },
    });
    const bytes = Buffer.from('%PDF-1.4 pretend statement');
    const archived = await wb.handlers['sources.archive']({
      sourceId: source.id,
      fileName: '../../../etc/passwd.pdf',
      dataBase64: bytes.toString('base64'),
    });
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(archived.archive).toMatchObject({
      sha256: digest,
      size: bytes.length,
      mime: 'application/pdf',
      originalName: 'passwd.pdf',
      path: `archive/${digest}.pdf`,
    });
    const stored = join(wb.dataDir, archived.archive?.path ?? '');
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    const opened = await wb.handlers['sources.openArchive']({ sourceId: source.id });
    expect(opened).toMatchObject({ path: stored, sha256: digest, intact: true });
    writeFileSync(stored, 'tampered');
    expect((await wb.handlers['sources.openArchive']({ sourceId: source.id })).intact).toBe(false);
    expect(existsSync(join(wb.dir, '..', 'etc'))).toBe(false);
  });

  it('refuses a body that is not base64 and stores nothing', async () => {
    const source = await wb.handlers['sources.create']({ fields: { url: 'https://x.example' } });
    await expect(
      wb.handlers['sources.archive']({
        sourceId: source.id,
        fileName: 'a.pdf',
        dataBase64: 'not base64!',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await wb.handlers['sources.search']({ query: 'x.example' }))[0]?.archive).toBeNull();
  });
});
