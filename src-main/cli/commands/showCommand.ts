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
    ctx.print({ ...article, claims: claims.map((c) => claimView(c, scales)) }, () =>
      [
        `#${article.id} ${article.title}`,
        [article.outlet, article.author, article.publishedAt, article.url]
          .filter(Boolean)
          .join(' · '),
        `version ${article.version}, sha256 ${article.sha256}`,
        '',
        ...(claims.length === 0 ? ['No claims yet.'] : claims.map(claimLine)),
      ].join('\n'),
    );
  },
};
