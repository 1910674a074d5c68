import { describeImportRecord } from '../../core/importing/describeImportRecord';
import type { ImportRecord } from '../../core/importing/ImportRecord';
import type { Command } from '../Command';
import { requireId } from '../argValues';
import { claimLine, claimView } from '../claimView';

export const showCommand: Command = {
  path: ['show'],
  usage: 'show ARTICLE',
  summary: 'Show an article, its metadata and its claims.',
  options: {},
  async run(ctx, [articleArg]) {
    const id = requireId(articleArg, 'ARTICLE');
    const article = await ctx.call('articles.get', { id });
    const claims = await ctx.call('claims.list', { articleId: id });
    const scales = await ctx.call('scales.list', {});
    const imported = await ctx.call('articles.importRecord', { id });
    const view = {
      ...article,
      ...(imported && { imported }),
      claims: claims.map((c) => claimView(c, scales)),
    };
    ctx.print(view, () =>
      [
        `#${article.id} ${article.title}`,
        [article.outlet, article.author, article.publishedAt, article.url]
          .filter(Boolean)
          .join(' · '),
        `version ${article.version}, sha256 ${article.sha256}`,
        ...(imported ? importLines(imported) : []),
        '',
        ...(claims.length === 0 ? ['No claims yet.'] : claims.map(claimLine)),
      ].join('\n'),
    );
  },
};

function importLines(record: ImportRecord): string[] {
  return [
    ...describeImportRecord(record),
    ...record.leftOut.map((passage) => `  - “${passage.excerpt}” (${passage.reason})`),
  ];
}
