import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Preferences } from '../../core/model';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';
import { givenFields, optionalString, optionalWebUrl } from '../argValues';

/** The newsroom profile as the CLI shows it (`profile show --json`). */
function profileView(prefs: Preferences) {
  return {
    organisationName: prefs.organisationName,
    organisationUrl: prefs.organisationUrl,
    methodologyUrl: prefs.methodologyUrl,
    correctionsUrl: prefs.correctionsUrl,
    checkerName: prefs.checkerName,
    logo: prefs.logo
      ? { name: prefs.logo.originalName, mime: prefs.logo.mime, bytes: prefs.logo.size }
      : null,
  };
}

function profileLines(prefs: Preferences): string {
  const shown = (value: string) => value || '(not set)';
  return [
    `Organisation:     ${shown(prefs.organisationName)}`,
    `Web site:         ${shown(prefs.organisationUrl)}`,
    `Methodology page: ${shown(prefs.methodologyUrl)}`,
    `Corrections page: ${shown(prefs.correctionsUrl)}`,
    `Checker:          ${shown(prefs.checkerName)}`,
    `Logo:             ${prefs.logo ? `${prefs.logo.originalName} (${prefs.logo.mime})` : '(not set)'}`,
  ].join('\n');
}

export const profileSetCommand: Command = {
  path: ['profile', 'set'],
  usage:
    'profile set [--name NAME] [--url URL] [--logo FILE | --no-logo] [--methodology-url URL] [--corrections-url URL] [--checker NAME]',
  summary:
    'Set the newsroom profile: the organisation that publishes the fact checks (the author in reports and ClaimReview) and the default checker name.',
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    logo: { type: 'string' },
    'no-logo': { type: 'boolean', default: false },
    'methodology-url': { type: 'string' },
    'corrections-url': { type: 'string' },
    checker: { type: 'string' },
  },
  async run(ctx, _positionals, values) {
    const patch = givenFields({
      organisationName: optionalString(values.name)?.trim(),
      organisationUrl: optionalWebUrl(values.url, '--url'),
      methodologyUrl: optionalWebUrl(values['methodology-url'], '--methodology-url'),
      correctionsUrl: optionalWebUrl(values['corrections-url'], '--corrections-url'),
      checkerName: optionalString(values.checker)?.trim(),
    });
    const logo = optionalString(values.logo);
    const noLogo = values['no-logo'] === true;
    if (logo !== undefined && noLogo)
      throw new UsageError('give --logo FILE or --no-logo, not both');
    if (Object.keys(patch).length === 0 && logo === undefined && !noLogo) {
      throw new UsageError('nothing to set: give at least one option (see factdesk --help)');
    }
    // The logo first: an unreadable or refused image leaves the profile as it was.
    let prefs: Preferences | undefined;
    if (logo !== undefined) {
      const dataBase64 = readFileSync(logo).toString('base64');
      prefs = await ctx.call('preferences.setLogo', { fileName: basename(logo), dataBase64 });
    }
    if (noLogo) prefs = await ctx.call('preferences.clearLogo', {});
    if (Object.keys(patch).length > 0) {
      prefs = await ctx.call('preferences.set', { patch: { ...patch, profilePromptDone: true } });
    }
    const shown = prefs ?? (await ctx.call('preferences.get', {}));
    ctx.print(profileView(shown), () => profileLines(shown));
  },
};

export const profileShowCommand: Command = {
  path: ['profile', 'show'],
  usage: 'profile show',
  summary: 'Show the newsroom profile.',
  options: {},
  async run(ctx) {
    const prefs = await ctx.call('preferences.get', {});
    ctx.print(profileView(prefs), () => profileLines(prefs));
  },
};
