import { useState } from 'react';
import type { Debrief } from '../../../src-main/core/training/Debrief';
import { call } from '../api/client';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { DebriefView } from './DebriefView';
import { KeySection } from './KeySection';
import { downloadFile } from '../ui/downloadFile';
import type { LoadedAttempt } from './readAttemptFiles';
import { readAttemptFiles } from './readAttemptFiles';
import { useTrainingStatus } from './useTrainingStatus';
import './training.css';

interface TrainingPanelProps {
  articleId: number;
  articleTitle: string;
  onClose(): void;
}

/**
 * Training mode for the trainer: the key and the exercise file before the session, then the
 * trainees' attempt files, the reveal and the debrief afterwards.
 */
export function TrainingPanel({ articleId, articleTitle, onClose }: TrainingPanelProps) {
  const { status, reload } = useTrainingStatus(articleId);
  const [attempts, setAttempts] = useState<LoadedAttempt[]>([]);
  const [debrief, setDebrief] = useState<Debrief | null>(null);
  const [projector, setProjector] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const reveal = async (anonymise: boolean) => {
    setErrors([]);
    try {
      setDebrief(
        await call('training.reveal', {
          keyArticleId: articleId,
          attempts: attempts.map((loaded) => loaded.attempt),
          anonymise,
        }),
      );
    } catch (failure) {
      setDebrief(null);
      setErrors([errorMessage(failure)]);
    }
  };

  const addFiles = async (files: File[]) => {
    const { loaded, errors: unreadable } = await readAttemptFiles(files);
    setAttempts((current) => [...current, ...loaded]);
    setErrors(unreadable);
    setDebrief(null);
  };

  const exportDebrief = async (format: 'html' | 'csv' | 'pdf') => {
    try {
      downloadFile(
        await call('training.debrief', {
          keyArticleId: articleId,
          attempts: attempts.map((loaded) => loaded.attempt),
          format,
          anonymise: projector,
        }),
      );
    } catch (failure) {
      setErrors([errorMessage(failure)]);
    }
  };

  if (status?.attempt) {
    return (
      <Panel title="Training" onClose={onClose}>
        <p>
          This article is {status.attempt.trainee}’s exercise attempt. Use the Submit button in the
          exercise banner to hand it in.
        </p>
      </Panel>
    );
  }

  return (
    <Panel title="Training" onClose={onClose} className="training-panel">
      <KeySection
        articleId={articleId}
        articleTitle={articleTitle}
        onChanged={() => void reload()}
      />
      {status?.key && (
        <section className="training-section" aria-labelledby="training-attempts-heading">
          <h3 id="training-attempts-heading">Attempts and debrief</h3>
          <label className="training-files">
            Add attempt files
            <input
              type="file"
              multiple
              accept=".json,application/json"
              data-testid="attempt-files-input"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void addFiles(files);
              }}
            />
          </label>
          {/* File names usually carry the trainee's name, so they stay off the projector. */}
          {attempts.length > 0 && projector && (
            <p className="training-hint">{attempts.length} attempt files loaded.</p>
          )}
          {attempts.length > 0 && !projector && (
            <ul className="attempt-files">
              {attempts.map((loaded, index) => (
                <li key={`${loaded.fileName}-${index}`}>
                  {loaded.fileName}
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Remove ${loaded.fileName}`}
                    onClick={() => {
                      setAttempts((current) => current.filter((_, i) => i !== index));
                      setDebrief(null);
                    }}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          {errors.map((error) => (
            <p key={error} className="training-error" role="alert">
              {error}
            </p>
          ))}
          <button
            type="button"
            className="primary"
            disabled={attempts.length === 0}
            onClick={() => void reveal(projector)}
          >
            Reveal the key and score
          </button>
          {debrief && (
            <DebriefView
              debrief={debrief}
              projector={projector}
              onProjectorChange={(next) => {
                setProjector(next);
                void reveal(next);
              }}
              onExport={(format) => void exportDebrief(format)}
            />
          )}
        </section>
      )}
    </Panel>
  );
}
