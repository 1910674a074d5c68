import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sourceKinds, stances } from '../../core/model';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { enumValue, optionalInt, optionalString } from '../argValues';
import { claimLine, claimView } from '../claimView';
import { articleOf, articleOption, resolveClaimId } from '../claimRef';

export const sourceAddCommand: Command = {
  path: ['source', 'add'],
  usage:
    'source add CLAIM [--article ARTICLE] --url URL [--title T] [--publisher P] [--stance S] [--excerpt TEXT] [--kind K] [--file PATH] [--tier N]',
  summary: 'Cite a source on a claim, optionally archiving a local copy. CLAIM as for `claim set`.',
  options: {
    ...articleOption,
    url: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    stance: { type: 'string' },
    excerpt: { type: 'string' },
    kind: { type: 'string' },
    file: { type: 'string' },
    tier: { type: 'string' },
  },
  async run(ctx, [claimArg], values) {
    const claimId = await resolveClaimId(ctx, claimArg, articleOf(values));
    const url = optionalString(values.url);
    if (!url) throw new UsageError('--url is required');
    const tier = optionalInt(values.tier, '--tier');
    if (tier !== undefined && (tier < 0 || tier > 3)) throw new UsageError('--tier is 0 to 3');
    const stance = enumValue(values.stance, stances, '--stance');
    const kind = enumValue(values.kind, sourceKinds, '--kind');
    await ctx.call('claims.get', { id: claimId });
    const file = optionalString(values.file);
    const bytes = file === undefined ? undefined : readFileSync(file);
    const source = await ctx.call('sources.create', {
      fields: {
        url,
        ...(values.title !== undefined && { title: optionalString(values.title) }),
        ...(values.publisher !== undefined && { publisher: optionalString(values.publisher) }),
        ...(kind && { kind }),
      },
    });
    if (file !== undefined && bytes !== undefined) {
      await ctx.call('sources.archive', {
        sourceId: source.id,
        fileName: basename(file),
        dataBase64: bytes.toString('base64'),
      });
    }
    const claim = await ctx.call('sources.attach', {
      claimId,
      sourceId: source.id,
      link: {
        ...(stance && { stance }),
        ...(values.excerpt !== undefined && { excerpt: optionalString(values.excerpt) }),
        ...(tier !== undefined && { tier }),
      },
    });
    const scales = await ctx.call('scales.list', {});
    ctx.print(claimView(claim, scales), () => claimLine(claim));
  },
};
