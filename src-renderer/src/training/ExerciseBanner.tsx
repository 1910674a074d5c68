import { countOf } from '../../../src-main/core/text/countOf';
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { downloadJson, fileNamePart } from '../ui/downloadFile';
import { useTrainingStatus } from './useTrainingStatus';
import './training.css';

interface ExerciseBannerProps {
  articleId: number;
}

function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/** Re-renders every 15 seconds so the clock on the banner keeps up. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Shown above an exercise attempt, so a trainee always knows they are in exercise mode, how
 * long they have, and how to hand their work in. Renders nothing for ordinary articles.
 */
export function ExerciseBanner({ articleId }: ExerciseBannerProps) {
  const { status, reload } = useTrainingStatus(articleId);
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const attempt = status?.attempt;
  if (!attempt) return null;

  const elapsed = minutesSince(attempt.startedAt, now);
  const limit = attempt.timeLimitMinutes;
  const over = limit !== null && elapsed > limit;
  const clock =
    limit === null
      ? `${elapsed} min so far`
      : over
        ? `${elapsed} min: ${elapsed - limit} over the ${limit}-minute limit`
        : `${limit - elapsed} of ${limit} min left`;

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await call('training.submit', { articleId });
      const fileName = `attempt-${fileNamePart(file.trainee)}-${file.submittedAt.slice(0, 10)}.json`;
      downloadJson(fileName, file);
      setMessage({
        text: `Submitted ${countOf(file.claims.length, 'claim')}. Give ${fileName} to your trainer; you can submit again if you change anything.`,
        tone: 'info',
      });
      await reload();
    } catch (error) {
      setMessage({ text: errorMessage(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="exercise-banner" aria-label="Exercise mode" data-testid="exercise-banner">
      <div className="exercise-banner-main">
        <span className="exercise-badge">Exercise</span>
        <span>
          Trainee <strong>{attempt.trainee}</strong>
        </span>
        <span className={over ? 'exercise-clock over' : 'exercise-clock'} role="timer">
          {clock}
        </span>
        {attempt.submittedAt && (
          <span className="exercise-submitted">
            Submitted {new Date(attempt.submittedAt).toLocaleTimeString()}
          </span>
        )}
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {attempt.submittedAt ? 'Submit again' : 'Submit attempt'}
        </button>
      </div>
      {attempt.instructions.trim() !== '' && (
        <details className="exercise-instructions" open={attempt.submittedAt === null}>
          <summary>Instructions</summary>
          <p>{attempt.instructions}</p>
        </details>
      )}
      {message && (
        <p
          className={`exercise-message ${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
