import type { Article, Claim } from '../../../src-main/core/model';
import { firstAppearanceOf, reviewedAsOf } from '../../../src-main/core/report/claimDefaults';
import { AutosaveTextArea } from './AutosaveTextArea';
import { AutosaveTextField } from './AutosaveTextField';
import { dateInputValue } from './formatDateTime';

interface ClaimReviewFieldsProps {
  claim: Claim;
  article: Article;
  update(patch: Partial<Pick<Claim, 'reviewedAs' | FirstAppearanceKey>>): Promise<unknown>;
}

type FirstAppearanceKey = 'appearanceTitle' | 'appearanceOutlet' | 'appearanceDate';

/**
 * What the published ClaimReview says about the claim beyond its verdict: the claim in one
 * sentence, and where it first appeared. Each empty field shows, as its placeholder, what the
 * export will use instead (the sentence that holds the highlight; the article's metadata), so
 * the checker sees what will be published before publishing it.
 */
export function ClaimReviewFields({ claim, article, update }: ClaimReviewFieldsProps) {
  const defaults = reviewedAsOf({ ...claim, reviewedAs: '' }, article);
  const fromArticle = firstAppearanceOf(
    { appearanceUrl: '', appearanceTitle: '', appearanceOutlet: '', appearanceDate: '' },
    article,
  );
  return (
    <div className="inspector-group" role="group" aria-label="For ClaimReview">
      <AutosaveTextArea
        label="Claim as reviewed"
        saved={claim.reviewedAs}
        onSave={(reviewedAs) => update({ reviewedAs })}
        rows={3}
        placeholder={defaults.text}
      />
      <p className="field-hint">
        The claim in one sentence, as your fact check states it. Left empty, ClaimReview uses the
        sentence shown.
      </p>
      <div className="field-grid">
        <AutosaveTextField
          label="First appeared in"
          saved={claim.appearanceTitle}
          onSave={(appearanceTitle) => update({ appearanceTitle })}
          placeholder={fromArticle.title || 'Title of the page or programme'}
        />
        <AutosaveTextField
          label="Published by"
          saved={claim.appearanceOutlet}
          onSave={(appearanceOutlet) => update({ appearanceOutlet })}
          placeholder={fromArticle.outlet || 'Outlet'}
        />
        <AutosaveTextField
          label="First appeared on"
          type="date"
          saved={dateInputValue(claim.appearanceDate)}
          onSave={(appearanceDate) => update({ appearanceDate })}
        />
      </div>
    </div>
  );
}
