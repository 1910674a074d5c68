import type { Preferences } from '../../../src-main/core/model';
import { Panel } from '../ui/Panel';
import { useAutosaveField } from '../ui/useAutosaveField';
import { setPreferences } from '../workbench/preferenceActions';
import { usePreferences, useScales } from '../workbench/workbenchQueries';
import { BackupsSection } from './BackupsSection';
import { LogoField } from './LogoField';
import { ScaleManager } from './ScaleManager';

type TextPreference =
  'checkerName' | 'organisationName' | 'organisationUrl' | 'methodologyUrl' | 'correctionsUrl';

function PreferenceText({
  name,
  label,
  hint,
  type = 'text',
  preferences,
}: {
  name: TextPreference;
  label: string;
  hint: string;
  type?: 'text' | 'url';
  preferences: Preferences;
}) {
  const autosave = useAutosaveField(preferences[name], (value) => {
    void setPreferences({ [name]: value }).catch(() => undefined);
  });
  const hintId = `${name}-hint`;
  return (
    <div className="field">
      <label>
        {label}
        <input
          type={type}
          value={autosave.value}
          autoComplete="off"
          aria-describedby={hintId}
          onChange={(event) => autosave.onChange(event.target.value)}
          onBlur={autosave.onBlur}
        />
      </label>
      <span className="field-hint" id={hintId}>
        {hint}
      </span>
    </div>
  );
}

export function PreferencesPanel({ onClose }: { onClose(): void }) {
  const preferences = usePreferences();
  const scales = useScales();
  if (!preferences) return null;
  return (
    <Panel title="Preferences" onClose={onClose} className="preferences-panel">
      <p className="hint-text">Changes are saved as you make them.</p>
      <div className="preferences-grid">
        <section aria-labelledby="prefs-you">
          <h3 id="prefs-you">Newsroom profile</h3>
          <PreferenceText
            name="checkerName"
            label="Checker name"
            hint="Recorded in each claim’s history and offered as the assignee."
            preferences={preferences}
          />
          <PreferenceText
            name="organisationName"
            label="Organisation"
            hint="Printed on reports and in ClaimReview as the author."
            preferences={preferences}
          />
          <PreferenceText
            name="organisationUrl"
            label="Organisation URL"
            hint="Linked from reports, e.g. https://factcheck.example.org"
            type="url"
            preferences={preferences}
          />
          <PreferenceText
            name="methodologyUrl"
            label="Methodology page"
            hint="How your newsroom checks; ClaimReview’s publishingPrinciples."
            type="url"
            preferences={preferences}
          />
          <PreferenceText
            name="correctionsUrl"
            label="Corrections policy page"
            hint="How readers ask for a correction; ClaimReview’s correctionsPolicy."
            type="url"
            preferences={preferences}
          />
          <LogoField saved={preferences.logo} />
        </section>
        <section aria-labelledby="prefs-work">
          <h3 id="prefs-work">Checking</h3>
          <div className="field">
            <label>
              Default rating scale
              <select
                aria-describedby="default-scale-hint"
                value={preferences.defaultScaleId}
                onChange={(event) =>
                  void setPreferences({ defaultScaleId: event.target.value }).catch(() => undefined)
                }
              >
                {scales.map((scale) => (
                  <option key={scale.id} value={scale.id}>
                    {scale.name}
                    {scale.builtin ? '' : ' (custom)'}
                  </option>
                ))}
              </select>
            </label>
            <span className="field-hint" id="default-scale-hint">
              The ratings offered when you give a verdict.
            </span>
          </div>
          <fieldset className="theme-choice">
            <legend>Theme</legend>
            {(['light', 'dark'] as const).map((theme) => (
              <label key={theme} className="inline">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={preferences.theme === theme}
                  onChange={() => void setPreferences({ theme }).catch(() => undefined)}
                />
                {theme === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </fieldset>
        </section>
      </div>
      <ScaleManager />
      <BackupsSection />
    </Panel>
  );
}
