import type { Command } from '../Command';

export const scalesCommand: Command = {
  path: ['scales'],
  usage: 'scales',
  summary: 'List rating scales and their ratings.',
  options: {},
  async run(ctx) {
    const scales = await ctx.call('scales.list', {});
    const prefs = await ctx.call('preferences.get', {});
    ctx.print(scales, () =>
      scales
        .map((scale) => {
          const active = scale.id === prefs.defaultScaleId ? ' (active)' : '';
          const ratings = scale.ratings.map((r) => `  ${r.key}\t${r.label}\t${r.colour}`);
          return [`${scale.id}\t${scale.name}${active}`, ...ratings].join('\n');
        })
        .join('\n'),
    );
  },
};
