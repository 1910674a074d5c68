import { countOf } from '../../core/text/countOf';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../store/writeFileAtomic';
import type { MethodInput } from '../../contract/methods';
import type { TrainingKey } from '../../contract/trainingMethods';
import {
  alphaText,
  formatDecimal,
  formatDuration,
  formatShare,
  kappaText,
} from '../../core/training/debriefText';
import type { TrainingScores } from '../../core/training/scoreTraining';
import { UsageError } from '../CliContext';
import type { CliContext } from '../CliContext';
import type { Command } from '../Command';
import { enumValue, optionalInt, optionalString, requireId } from '../argValues';
import { resolveClaimId } from '../claimRef';
import { errorMessage } from '../../core/errorMessage';

type AttemptInput = MethodInput<'training.score'>['attempts'][number];
type ExerciseInput = MethodInput<'training.start'>['exercise'];

/** Files from trainees arrive by USB stick; say which one is broken, not just that one is. */
function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${errorMessage(error)}`);
  }
  try {
    const json: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    return json;
  } catch {
    throw new UsageError(`${path} is not a JSON file, so it cannot be ${what}`);
  }
}

function writeJsonFile(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

function requireOut(values: Record<string, string | boolean | undefined>): string {
  const out = optionalString(values.out);
  if (!out) throw new UsageError('--out FILE is required');
  return out;
}

function readAttempts(files: string[]): AttemptInput[] {
  if (files.length === 0) throw new UsageError('give at least one ATTEMPT_FILE');
  return files.map((file) => readJsonFile(file, 'an attempt file') as AttemptInput);
}

function keyLine(key: TrainingKey): string {
  const state = key.locked ? 'locked' : 'unlocked';
  const claims = `${key.claims.length} ${key.claims.length === 1 ? 'claim' : 'claims'}`;
  return `Key of article ${key.articleId} ${state}: ${claims} on the scale “${key.scale.name}”`;
}

function scoresTable(scores: TrainingScores): string {
  const lines = ['Trainees:'];
  for (const t of scores.trainees) {
    lines.push(
      `  ${t.name}: found ${t.correct + t.partial} (exact ${t.correct}), missed ${t.missed}, extra ${t.spurious}; ` +
        `F1 strict ${formatDecimal(t.strict.f1)}, lenient ${formatDecimal(t.lenient.f1)}; ` +
        `verdicts ${formatShare(t.verdictAccuracy)}, κ ${kappaText(t.kappa)}; ` +
        `sources ${formatShare(t.sourceCoverage)}; ${formatDuration(t.secondsTaken)}`,
    );
  }
  lines.push('Claims, hardest first:');
  for (const claim of scores.claims) {
    lines.push(`  ${formatShare(claim.detectionRate).padStart(4)}  [${claim.id}] ${claim.exact}`);
  }
  lines.push(`Agreement among trainees (α, ordinal): ${alphaText(scores.alpha)}`);
  return lines.join('\n');
}

function printKey(ctx: CliContext, key: TrainingKey): void {
  ctx.print(key, () => keyLine(key));
}

export const trainingKeyCommand: Command = {
  path: ['training', 'key'],
  usage: 'training key ARTICLE',
  summary: 'Turn the article’s claims, verdicts and sources into the answer key, and lock it.',
  options: {},
  async run(ctx, [articleArg]) {
    const articleId = requireId(articleArg, 'ARTICLE');
    printKey(ctx, await ctx.call('training.makeKey', { articleId }));
  },
};

export const trainingReasoningCommand: Command = {
  path: ['training', 'reasoning'],
  usage: 'training reasoning ARTICLE CLAIM TEXT',
  summary:
    'Write the reasoning shown for a key claim at the debrief. CLAIM is its number in ARTICLE, or "#ID".',
  options: {},
  async run(ctx, [articleArg, claimArg, reasoning]) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const claimId = await resolveClaimId(ctx, claimArg, articleId, { idsUsedHere: true });
    if (reasoning === undefined) throw new UsageError('missing TEXT');
    printKey(ctx, await ctx.call('training.setReasoning', { articleId, claimId, reasoning }));
  },
};

export const trainingUnlockCommand: Command = {
  path: ['training', 'unlock'],
  usage: 'training unlock ARTICLE',
  summary: 'Unlock the answer key so that `training key` can make it again.',
  options: {},
  async run(ctx, [articleArg]) {
    const articleId = requireId(articleArg, 'ARTICLE');
    printKey(ctx, await ctx.call('training.unlockKey', { articleId }));
  },
};

export const trainingExerciseCommand: Command = {
  path: ['training', 'exercise'],
  usage: 'training exercise ARTICLE --out FILE [--instructions TEXT] [--time-limit MIN]',
  summary: 'Write the exercise file for trainees (the article without the key).',
  options: {
    out: { type: 'string' },
    instructions: { type: 'string' },
    'time-limit': { type: 'string' },
  },
  async run(ctx, [articleArg], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const out = requireOut(values);
    const timeLimitMinutes = optionalInt(values['time-limit'], '--time-limit');
    if (timeLimitMinutes !== undefined && timeLimitMinutes <= 0) {
      throw new UsageError('--time-limit is a number of minutes above 0');
    }
    const exercise = await ctx.call('training.exportExercise', {
      articleId,
      instructions: optionalString(values.instructions),
      timeLimitMinutes,
    });
    writeJsonFile(out, exercise);
    ctx.print(
      { exerciseId: exercise.exerciseId, file: out },
      () => `Wrote exercise ${exercise.exerciseId} to ${out}`,
    );
  },
};

export const trainingStartCommand: Command = {
  path: ['training', 'start'],
  usage: 'training start FILE --trainee NAME',
  summary: 'Open an exercise file as your attempt; prints the attempt’s article id.',
  options: { trainee: { type: 'string' } },
  async run(ctx, [file], values) {
    if (!file) throw new UsageError('missing FILE');
    const trainee = optionalString(values.trainee);
    if (!trainee?.trim()) throw new UsageError('--trainee NAME is required');
    const exercise = readJsonFile(file, 'an exercise file') as ExerciseInput;
    const started = await ctx.call('training.start', { exercise, trainee });
    if (started.scaleSwitched) {
      ctx.warn('verdicts now use the exercise’s rating scale (changed in Preferences)');
    }
    ctx.print(started, () => String(started.articleId));
  },
};

export const trainingSubmitCommand: Command = {
  path: ['training', 'submit'],
  usage: 'training submit ARTICLE --out FILE',
  summary: 'Write your attempt file (claims, verdicts, sources, time taken) for the trainer.',
  options: { out: { type: 'string' } },
  async run(ctx, [articleArg], values) {
    const articleId = requireId(articleArg, 'ARTICLE');
    const out = requireOut(values);
    const attempt = await ctx.call('training.submit', { articleId });
    writeJsonFile(out, attempt);
    ctx.print(
      { file: out, claims: attempt.claims.length, secondsTaken: attempt.secondsTaken },
      () =>
        `Wrote ${attempt.trainee}’s attempt (${countOf(attempt.claims.length, 'claim')}, ${formatDuration(attempt.secondsTaken)}) to ${out}`,
    );
  },
};

export const trainingScoreCommand: Command = {
  path: ['training', 'score'],
  usage: 'training score KEY_ARTICLE ATTEMPT_FILE... [--json]',
  summary: 'Score attempt files against the key.',
  options: {},
  async run(ctx, [articleArg, ...files]) {
    const keyArticleId = requireId(articleArg, 'KEY_ARTICLE');
    const scores = await ctx.call('training.score', {
      keyArticleId,
      attempts: readAttempts(files),
    });
    ctx.print(scores, () => scoresTable(scores));
  },
};

const debriefFormats = ['html', 'csv', 'pdf'] as const;

export const trainingDebriefCommand: Command = {
  path: ['training', 'debrief'],
  usage:
    'training debrief KEY_ARTICLE ATTEMPT_FILE... --format html|csv|pdf --out FILE [--anonymise]',
  summary: 'Write the debrief: the key with detection rates, and a score card per trainee.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    anonymise: { type: 'boolean', default: false },
  },
  async run(ctx, [articleArg, ...files], values) {
    const keyArticleId = requireId(articleArg, 'KEY_ARTICLE');
    const format = enumValue(values.format, debriefFormats, '--format');
    if (!format) throw new UsageError('--format html|csv|pdf is required');
    const out = requireOut(values);
    const debrief = await ctx.call('training.debrief', {
      keyArticleId,
      attempts: readAttempts(files),
      format,
      anonymise: values.anonymise === true,
    });
    writeFileAtomic(out, Buffer.from(debrief.content, debrief.encoding));
    ctx.print({ file: out, format }, () => `Wrote the ${format.toUpperCase()} debrief to ${out}`);
  },
};

export const trainingCommands: readonly Command[] = [
  trainingKeyCommand,
  trainingReasoningCommand,
  trainingUnlockCommand,
  trainingExerciseCommand,
  trainingStartCommand,
  trainingSubmitCommand,
  trainingScoreCommand,
  trainingDebriefCommand,
];
