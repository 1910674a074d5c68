import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleMeta } from '../core/model';
import type { Handlers } from '../contract/methods';
import type { Store } from '../store/openStore';

const SampleManifest = z.object({
  meta: ArticleMeta.partial(),
  textFile: z.string(),
  exampleClaim: z.object({ quote: z.string(), claimant: z.string(), notes: z.string() }),
});

export const SAMPLE_MANIFEST = 'port-alder-ferry.json';

/**
 * On the very first start the workbench opens a sample article with one example claim, so it
 * never starts empty. It is seeded once: deleting it later does not bring it back.
 */
export async function seedSampleArticle(
  store: Store,
  handlers: Handlers,
  samplesDir: string,
): Promise<void> {
  if (store.settings.get('sampleSeeded') === true) return;
  if (store.articles.list().length === 0) {
    const manifest = SampleManifest.parse(
      JSON.parse(readFileSync(join(samplesDir, SAMPLE_MANIFEST), 'utf8')),
    );
    const text = readFileSync(join(samplesDir, manifest.textFile), 'utf8');
    const article = await handlers['articles.create']({ text, meta: manifest.meta });
    const start = article.text.indexOf(manifest.exampleClaim.quote);
    if (start >= 0) {
      const claim = await handlers['claims.create']({
        articleId: article.id,
        start,
        end: start + manifest.exampleClaim.quote.length,
        claimant: manifest.exampleClaim.claimant,
      });
      await handlers['claims.update']({
        id: claim.id,
        patch: { notes: manifest.exampleClaim.notes, kind: 'numeric' },
      });
    }
  }
  store.settings.set('sampleSeeded', true);
}
