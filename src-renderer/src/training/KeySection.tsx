import { countOf } from '../../../src-main/core/text/countOf';
import { useEffect, useState } from 'react';
import type { TrainingKey } from '../../../src-main/contract/trainingMethods';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { downloadJson, fileNamePart } from '../ui/downloadFile';

interface KeySectionProps {
  articleId: number;
  articleTitle: string;
  /** Called after the key is made, remade or unlocked. */
  onChanged(): void;
}

/**
 * The trainer's side before the session: make and lock the key, write the reasoning shown at
 * the debrief, and export the exercise file trainees will open.
 */
export function KeySection({ articleId, articleTitle, onChanged }: KeySectionProps) {
  const [key, setKey] = useState<TrainingKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [minutes, setMinutes] = useState('');

  useEffect(() => {
    let current = true;
    call('training.status', { articleId })
      .then((status) => (status.key ? call('training.getKey', { articleId }) : null))
      .then((loaded) => {
        if (current) setKey(loaded);
      })
      .catch((failure: unknown) => {
        if (current) setError(errorMessage(failure));
      });
    return () => {
      current = false;
    };
  }, [articleId]);

  const run = async (action: () => Promise<TrainingKey>) => {
    setError(null);
    try {
      setKey(await action());
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const exportExercise = async () => {
    setError(null);
    try {
      const limit = minutes.trim() === '' ? undefined : Number(minutes);
      const exercise = await call('training.exportExercise', {
        articleId,
        instructions,
        ...(limit !== undefined && { timeLimitMinutes: limit }),
      });
      downloadJson(`exercise-${fileNamePart(articleTitle)}.json`, exercise);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="training-section" aria-labelledby="training-key-heading">
      <h3 id="training-key-heading">Answer key</h3>
      {error && (
        <p className="training-error" role="alert">
          {error}
        </p>
      )}
      {!key && (
        <>
          <p className="training-hint">
            The key is a locked copy of this article’s claims, verdicts and sources. Sources count
            at tier 2 unless their citation sets another tier.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => void run(() => call('training.makeKey', { articleId }))}
          >
            Make the answer key
          </button>
        </>
      )}
      {key && (
        <>
          <p>
            {countOf(key.claims.length, 'claim')} on the scale “{key.scale.name}”,{' '}
            {key.locked ? (
              <strong>locked {new Date(key.lockedAt).toLocaleString()}</strong>
            ) : (
              <strong>unlocked</strong>
            )}
            .{' '}
            {key.locked ? (
              <button
                type="button"
                className="quiet"
                onClick={() => void run(() => call('training.unlockKey', { articleId }))}
              >
                Unlock
              </button>
            ) : (
              <button
                type="button"
                onClick={() => void run(() => call('training.makeKey', { articleId }))}
              >
                Remake and lock from the current claims
              </button>
            )}
          </p>
          <ol className="key-claims">
            {key.claims.map((claim) => (
              <li key={claim.id}>
                <q>{claim.exact}</q>
                <label>
                  Reasoning for the debrief
                  <textarea
                    defaultValue={claim.reasoning}
                    rows={2}
                    onBlur={(event) => {
                      const reasoning = event.target.value;
                      if (reasoning !== claim.reasoning) {
                        void run(() =>
                          call('training.setReasoning', {
                            articleId,
                            claimId: claim.id,
                            reasoning,
                          }),
                        );
                      }
                    }}
                  />
                </label>
              </li>
            ))}
          </ol>
          {key.locked && (
            <div className="training-form">
              <label>
                Instructions for trainees
                <textarea
                  value={instructions}
                  rows={3}
                  onChange={(event) => setInstructions(event.target.value)}
                />
              </label>
              <label>
                Time limit in minutes (optional)
                <input
                  type="number"
                  min={1}
                  max={1440}
                  value={minutes}
                  onChange={(event) => setMinutes(event.target.value)}
                />
              </label>
              <button type="button" onClick={() => void exportExercise()}>
                Export the exercise file
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
