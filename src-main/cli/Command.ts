import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './CliContext';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** Words that select the command, e.g. ["claim", "add"]. */
  path: string[];
  usage: string;
  summary: string;
  options: OptionSpec;
  run(
    ctx: CliContext,
    positionals: string[],
    values: Record<string, string | boolean | undefined>,
  ): Promise<void>;
}
