import { countOf } from '../../core/text/countOf';
import type { Command } from '../Command';

export const articlesCommand: Command = {
  path: ['articles'],
  usage: 'articles [--search TEXT]',
  summary: 'List articles with their claim counts.',
  options: { search: { type: 'string' } },
  async run(ctx, _positionals, values) {
    const query = typeof values.search === 'string' ? values.search : undefined;
    const articles = await ctx.call('articles.list', { query });
    ctx.print(articles, () =>
      articles.length === 0
        ? 'No articles yet. Add one with: factdesk import FILE'
        : articles
            .map((a) => `${a.id}\t${a.title}\t${a.outlet}\t${countOf(a.claimCount, 'claim')}`)
            .join('\n'),
    );
  },
};
