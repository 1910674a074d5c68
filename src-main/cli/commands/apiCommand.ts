import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { isMethodName, methodNames } from '../../contract/methods';

/** Every contract method, for scripts: `factdesk api claims.list '{"articleId":1}'`. */
export const apiCommand: Command = {
  path: ['api'],
  usage: 'api METHOD [JSON]',
  summary: `Call any API method with a JSON input (methods: ${methodNames.length}).`,
  options: {},
  async run(ctx, [method, json]) {
    if (!method || !isMethodName(method)) {
      throw new UsageError(`METHOD must be one of: ${methodNames.join(', ')}`);
    }
    let input: unknown = {};
    if (json !== undefined) {
      try {
        input = JSON.parse(json);
      } catch {
        throw new UsageError('JSON is not valid JSON');
      }
    }
    const value = await ctx.call(method, input as never);
    ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  },
};
