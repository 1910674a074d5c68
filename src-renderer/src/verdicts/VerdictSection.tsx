import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Claim, Verdict } from '../../../src-main/core/model';
import { formatDateTime } from '../claims/formatDateTime';
import { MarkdownField } from '../claims/MarkdownField';
import { saveVerdict } from '../workbench/claimActions';
import { uiActions } from '../workbench/uiStore';
import { useActiveScale, usePreferences, useScales } from '../workbench/workbenchQueries';
import { isTextEntry } from './isTextEntry';
import { RatingPicker, ratingForKey } from './RatingPicker';
import { VerdictFlags } from './VerdictFlags';
import './verdicts.css';

/** The rating on the active scale and the conclusion that explains it. */
export function VerdictSection({ claim }: { claim: Claim }) {
  const activeScale = useActiveScale();
  const scales = useScales();
  const preferences = usePreferences();
  const root = useRef<HTMLElement>(null);
  const verdict = claim.verdict;
  const onOtherScale = verdict !== null && verdict.scaleId !== activeScale?.id;
  // Picks and saves replace the claim at once (optimistically), so the claim is the one record of
  // the current rating; a conclusion saved a moment after a pick already carries the new rating.
  const ratingKey = onOtherScale ? null : (verdict?.ratingKey ?? null);
  const [conclusionDraft, setConclusionDraft] = useState(verdict?.conclusion ?? '');

  const save = async (key: string | null, conclusion: string) => {
    if (key === null && conclusion.trim() === '') {
      if (claim.verdict) await saveVerdict(claim, null);
      return;
    }
    // Shown before the answer arrives, so the highlight takes the new colour at once.
    const optimistic: Verdict = {
      scaleId: activeScale?.id ?? claim.verdict?.scaleId ?? '',
      ratingKey: key,
      conclusion,
      checkedBy: preferences?.checkerName ?? '',
      checkedAt: new Date().toISOString(),
      articleVersion: claim.verdict?.articleVersion ?? claim.anchoredVersion,
    };
    await saveVerdict(claim, optimistic);
  };

  const pick = (key: string | null) => {
    if (key === ratingKey && !onOtherScale) return;
    void save(key, conclusionDraft);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!activeScale || isTextEntry(event.target)) return;
    const rating = ratingForKey(activeScale, event);
    if (!rating) return;
    event.preventDefault();
    pick(rating.key);
    // Onwards to the conclusion, so the sentence typed next never picks ratings letter by letter.
    const conclusion = root.current?.querySelector<HTMLTextAreaElement>('.markdown-field textarea');
    if (conclusion) conclusion.focus();
    else
      root.current
        ?.querySelector<HTMLInputElement>(`input[type="radio"][value="${CSS.escape(rating.key)}"]`)
        ?.focus();
  };

  const verdictScale = scales.find((s) => s.id === verdict?.scaleId);
  const otherRating = verdictScale?.ratings.find((r) => r.key === verdict?.ratingKey);

  return (
    <section
      ref={root}
      className="inspector-section verdict-section"
      aria-labelledby={`verdict-heading-${claim.id}`}
      onKeyDown={onKeyDown}
    >
      <h4 id={`verdict-heading-${claim.id}`}>Verdict</h4>
      <VerdictFlags claim={claim} />
      {onOtherScale && (
        <p className="hint">
          Rated “{otherRating?.label ?? verdict.ratingKey ?? 'conclusion only'}” on the{' '}
          {verdictScale?.name ?? verdict.scaleId} scale. Saving a rating or the conclusion here
          replaces it with a verdict on the {activeScale?.name} scale.
        </p>
      )}
      {activeScale && activeScale.ratings.length > 0 && (
        <RatingPicker scale={activeScale} value={ratingKey} onPick={pick} />
      )}
      <MarkdownField
        label="Conclusion"
        saved={verdict?.conclusion ?? ''}
        onSave={(conclusion) => {
          setConclusionDraft(conclusion);
          return save(ratingKey, conclusion);
        }}
        onRefusedLink={(message) => uiActions.notify({ message, tone: 'error' })}
        rows={4}
        placeholder="What the evidence shows, in a few sentences."
      />
      {verdict && verdict.checkedBy && (
        <p className="verdict-meta">
          Checked by {verdict.checkedBy} ·{' '}
          <time dateTime={verdict.checkedAt}>{formatDateTime(verdict.checkedAt)}</time>
        </p>
      )}
    </section>
  );
}
