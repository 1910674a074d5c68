import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { setPreferences } from '../workbench/preferenceActions';
import { uiActions } from '../workbench/uiStore';
import { usePreferences } from '../workbench/workbenchQueries';
import './profilePrompt.css';

/**
 * The first-run question for the newsroom profile, inline above the article: who publishes the
 * fact checks (ClaimReview's author) and who is checking. It can be skipped; the transparency
 * check then reminds at export, and Preferences holds the same fields.
 */
export function ProfilePrompt() {
  const preferences = usePreferences();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [checker, setChecker] = useState(preferences?.checkerName ?? '');
  const [error, setError] = useState<string | null>(null);
  if (!preferences || preferences.profilePromptDone || preferences.organisationName) return null;

  const answer = async (patch: Parameters<typeof setPreferences>[0]) => {
    setError(null);
    try {
      await setPreferences({ ...patch, profilePromptDone: true });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void answer({
      organisationName: name.trim(),
      organisationUrl: url.trim(),
      checkerName: checker.trim(),
    });
  };

  return (
    <form className="profile-prompt" aria-label="Newsroom profile" onSubmit={submit}>
      <p>
        <strong>Who publishes your fact checks?</strong>{' '}
        <span className="profile-prompt-why">
          Reports and ClaimReview name your newsroom as the author. You can change this later in
          Preferences.
        </span>
      </p>
      <div className="profile-prompt-fields">
        <label>
          Newsroom
          <input
            value={name}
            required
            maxLength={300}
            autoComplete="organization"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          Newsroom web site
          <input
            type="url"
            value={url}
            maxLength={2000}
            placeholder="https://…"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <label>
          Your name
          <input
            value={checker}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => setChecker(event.target.value)}
          />
        </label>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="profile-prompt-actions">
        <button type="submit" className="primary">
          Save profile
        </button>
        <button
          type="button"
          className="profile-prompt-elsewhere"
          onClick={() => uiActions.showPanel('preferences')}
        >
          Set up in Preferences…
        </button>
        <button type="button" onClick={() => void answer({})}>
          Skip for now
        </button>
      </div>
    </form>
  );
}
