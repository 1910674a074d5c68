import { ArticleMeta } from '../core/model';
import {
  directionControlsNote,
  recordWithoutDirectionControls,
} from '../core/text/directionControls';

const cuttable = new Set<keyof ArticleMeta>(['title', 'author', 'outlet']);

const labels: Record<keyof ArticleMeta, string> = {
  title: 'title',
  outlet: 'outlet name',
  url: 'URL',
  author: 'author',
  publishedAt: 'publication date',
  language: 'language',
};

/**
 * Metadata as the contract accepts it: whitespace collapsed, text-direction controls taken out
 * (percent-encoded in the URL; see directionControls), empty values dropped, and no value
 * longer than ArticleMeta allows. Long names are shortened; a too-long URL, date or language
 * would be wrong if cut, so it is dropped with a warning instead. Each change is a warning.
 */
export function fitMeta(meta: Partial<ArticleMeta>, warnings: string[]): Partial<ArticleMeta> {
  const fitted: Partial<ArticleMeta> = {};
  const keys = ArticleMeta.keyof().options;
  const { record: cleaned, changed } = recordWithoutDirectionControls(
    meta,
    keys.filter((key) => key !== 'url'),
    ['url'],
  );
  const directionNote = directionControlsNote(changed, 'the article’s details');
  if (directionNote) warnings.push(directionNote);
  for (const key of keys) {
    const raw: unknown = cleaned[key];
    const value = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
    if (!value) continue;
    const max = ArticleMeta.shape[key].maxLength ?? Infinity;
    if (value.length <= max) {
      fitted[key] = value;
    } else if (cuttable.has(key)) {
      fitted[key] = `${value.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
      warnings.push(`The ${labels[key]} was longer than ${max} characters and was shortened.`);
    } else {
      warnings.push(`The ${labels[key]} in the file was too long to be right and was left out.`);
    }
  }
  return fitted;
}
