import { useState } from 'react';
import type { FormEvent } from 'react';
import type { MethodInput } from '../../../src-main/contract/methods';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { write } from '../workbench/write';
import './training.css';

interface StartExerciseFormProps {
  /** Called with the new attempt's article, which the workbench should open. */
  onStarted(articleId: number): void;
}

/** A trainee opens the exercise file from the trainer and says who they are. */
export function StartExerciseForm({ onStarted }: StartExerciseFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [trainee, setTrainee] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      let exercise: unknown;
      try {
        exercise = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not an exercise file (it is not JSON).`);
      }
      const started = await write(
        'training.start',
        { exercise: exercise as MethodInput<'training.start'>['exercise'], trainee },
        { inlineErrors: true },
      );
      onStarted(started.articleId);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="training-form" onSubmit={(event) => void start(event)}>
      <label>
        Exercise file
        <input
          type="file"
          accept=".json,application/json"
          data-testid="exercise-file-input"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        Your name
        <input
          value={trainee}
          onChange={(event) => setTrainee(event.target.value)}
          maxLength={200}
        />
      </label>
      {error && (
        <p className="training-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !file || trainee.trim() === ''}>
        Start the exercise
      </button>
    </form>
  );
}
