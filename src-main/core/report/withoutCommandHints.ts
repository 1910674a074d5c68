/** The command-line hints findings carry, in parentheses: `(claim set N --article 3 …)`. */
const COMMAND_HINT = / \((?:claim set|article update|profile set) [^()]*\)/gu;

/**
 * A finding's message as the app and the reports show it: without the command-line hints in
 * parentheses, which help the CLI's users but read as noise to an editor. Pure string work;
 * the rest of the message is kept as it is.
 */
export function withoutCommandHints(message: string): string {
  return message.replace(COMMAND_HINT, '');
}
