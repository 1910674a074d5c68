import type { Claim, ClaimSource } from '../../../src-main/core/model';
import { stances } from '../../../src-main/core/model';
import type { MethodInput } from '../../../src-main/contract/methods';
import { AutosaveTextArea } from '../claims/AutosaveTextArea';
import { AutosaveTextField } from '../claims/AutosaveTextField';
import { sourceKindLabels, stanceLabels } from '../claims/labels';
import { openWebUrl, WEB_ONLY_MESSAGE } from '../claims/openWebUrl';
import { uiActions } from '../workbench/uiStore';
import { write } from '../workbench/write';
import { ArchivedCopy } from './ArchivedCopy';
import { EnumSelect } from '../ui/EnumSelect';

interface CitedSourceItemProps {
  claim: Claim;
  citation: ClaimSource;
}

/** One source cited on the claim: what it is, how it bears on the claim, and its copy. */
export function CitedSourceItem({ claim, citation }: CitedSourceItemProps) {
  const { source } = citation;
  const name = source.title || source.url || `Source ${source.id}`;
  const details = [
    source.publisher,
    source.author,
    sourceKindLabels[source.kind],
    source.publishedAt && `published ${source.publishedAt}`,
    source.accessedAt && `accessed ${source.accessedAt}`,
  ].filter(Boolean);

  const updateLink = async (link: MethodInput<'sources.updateLink'>['link']) => {
    await write('sources.updateLink', { claimId: claim.id, sourceId: source.id, link });
  };
  const remove = async () => {
    await write('sources.detach', { claimId: claim.id, sourceId: source.id });
    uiActions.notify({
      message: `Removed “${name}” from this claim. It stays in the source library.`,
      tone: 'info',
      action: {
        label: 'Undo',
        run: async () => {
          await write('sources.attach', {
            claimId: claim.id,
            sourceId: source.id,
            link: { stance: citation.stance, excerpt: citation.excerpt, note: citation.note },
          });
        },
      },
    });
  };

  return (
    <li className={`cited-source stance-${citation.stance}`} aria-label={name}>
      <div className="cited-source-head">
        <div className="cited-source-title">
          <span className="source-name">{name}</span>
          {source.url && source.title && <span className="source-url">{source.url}</span>}
          {details.length > 0 && <span className="source-details">{details.join(' · ')}</span>}
        </div>
        {source.url && (
          <button
            type="button"
            aria-label={`Open “${name}” in the browser`}
            title={source.url}
            onClick={() => {
              if (!openWebUrl(source.url))
                uiActions.notify({ message: WEB_ONLY_MESSAGE, tone: 'error' });
            }}
          >
            Open
          </button>
        )}
      </div>
      <div className="field-grid">
        <label>
          Stance
          <EnumSelect
            value={citation.stance}
            options={stances}
            labels={stanceLabels}
            onChange={(stance) => void updateLink({ stance }).catch(() => undefined)}
          />
        </label>
        <AutosaveTextField
          label="Note"
          saved={citation.note}
          onSave={(note) => updateLink({ note })}
        />
      </div>
      <AutosaveTextArea
        label="Excerpt relied on"
        saved={citation.excerpt}
        onSave={(excerpt) => updateLink({ excerpt })}
        placeholder="The passage that supports or contradicts the claim"
      />
      <ArchivedCopy source={source} />
      <div className="cited-source-actions">
        <button
          type="button"
          className="link-button danger"
          aria-label={`Remove “${name}” from this claim`}
          onClick={() => void remove().catch(() => undefined)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
