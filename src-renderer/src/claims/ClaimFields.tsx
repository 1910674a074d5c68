import { useId } from 'react';
import type { Ref } from 'react';
import type { Claim, ListedClaim } from '../../../src-main/core/model';
import { claimKinds, claimStatuses, claimantKinds } from '../../../src-main/core/model';
import { updateClaim } from '../workbench/claimActions';
import { uiActions } from '../workbench/uiStore';
import { useOpenArticle, usePreferences } from '../workbench/workbenchQueries';
import { AppearanceUrlField } from './AppearanceUrlField';
import { AutosaveTextField } from './AutosaveTextField';
import { dateInputValue } from './formatDateTime';
import { claimantKindLabels, kindLabels, statusLabels } from './labels';
import { ClaimReviewFields } from './ClaimReviewFields';
import { TagsField } from './TagsField';
import { EnumSelect } from '../ui/EnumSelect';

interface ClaimFieldsProps {
  claim: Claim;
  claims: readonly ListedClaim[];
  claimantRef: Ref<HTMLInputElement>;
}

/** Who said it, when and where, and where the check stands. */
export function ClaimFields({ claim, claims, claimantRef }: ClaimFieldsProps) {
  const preferences = usePreferences();
  const article = useOpenArticle();
  const assigneeListId = useId();
  const checker = preferences?.checkerName ?? '';
  const knownAssignees = [...new Set([checker, ...claims.map((c) => c.assignee)])]
    .filter(Boolean)
    .sort();
  const update = (patch: Parameters<typeof updateClaim>[1]) => updateClaim(claim.id, patch);

  return (
    <>
      <div className="inspector-group" role="group" aria-label="Who said it">
        <AutosaveTextField
          label="Claimant"
          saved={claim.claimant}
          onSave={(claimant) => update({ claimant })}
          placeholder="Who made the claim"
          inputRef={claimantRef}
        />
        <label>
          Claimant is a
          <EnumSelect
            value={claim.claimantKind}
            options={claimantKinds}
            labels={claimantKindLabels}
            onChange={(claimantKind) => void update({ claimantKind }).catch(() => undefined)}
          />
        </label>
        <div className="field-grid">
          <AutosaveTextField
            label="Claim date"
            type="date"
            saved={dateInputValue(claim.claimDate)}
            onSave={(claimDate) => update({ claimDate })}
          />
          <label>
            Kind
            <EnumSelect
              value={claim.kind}
              options={claimKinds}
              labels={kindLabels}
              onChange={(kind) => void update({ kind }).catch(() => undefined)}
            />
          </label>
        </div>
        <AppearanceUrlField
          saved={claim.appearanceUrl}
          onSave={(appearanceUrl) => update({ appearanceUrl })}
          notify={uiActions.notify}
        />
      </div>

      {article && <ClaimReviewFields claim={claim} article={article} update={update} />}

      <div className="inspector-group" role="group" aria-label="Progress">
        <div className="field-grid">
          <label>
            Status
            <EnumSelect
              value={claim.status}
              options={claimStatuses}
              labels={statusLabels}
              onChange={(status) => void update({ status }).catch(() => undefined)}
            />
          </label>
          <div className="field-with-action">
            <AutosaveTextField
              label="Assignee"
              saved={claim.assignee}
              onSave={(assignee) => update({ assignee })}
              placeholder="Unassigned"
              list={assigneeListId}
            />
            {checker && claim.assignee !== checker && (
              <button
                type="button"
                onClick={() => void update({ assignee: checker }).catch(() => undefined)}
                aria-label={`Assign to me (${checker})`}
                title={`Assign to ${checker}`}
              >
                Me
              </button>
            )}
          </div>
          <datalist id={assigneeListId}>
            {knownAssignees.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <TagsField tags={claim.tags} onSave={(tags) => update({ tags })} />
      </div>
    </>
  );
}
