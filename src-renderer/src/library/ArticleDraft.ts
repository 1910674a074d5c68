import type { ArticleMeta } from '../../../src-main/core/model';
import { emptyArticleMeta } from './articleMetaFields';

/** A new article before it is saved: kept by the app so closing the panel loses nothing. */
export interface ArticleDraft {
  text: string;
  meta: ArticleMeta;
}

export const emptyDraft: ArticleDraft = { text: '', meta: emptyArticleMeta };

/** Only filled-in fields are sent, so the service can derive the title from the text. */
export function filledMeta(meta: ArticleMeta): Partial<ArticleMeta> {
  return Object.fromEntries(
    Object.entries(meta)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
}
