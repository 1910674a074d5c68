import type { ArticleMeta } from '../../../src-main/core/model';
import { articleMetaFields } from './articleMetaFields';

interface ArticleMetaFormProps {
  meta: ArticleMeta;
  onChange(meta: ArticleMeta): void;
  /** Field names the importer filled in, marked so the checker knows what to verify. */
  detected?: ReadonlySet<keyof ArticleMeta>;
}

/** The article's metadata as a plain controlled form, for New and for the import preview. */
export function ArticleMetaForm({ meta, onChange, detected }: ArticleMetaFormProps) {
  return (
    <fieldset className="meta-form">
      <legend>Details</legend>
      {articleMetaFields.map((field) => (
        <label key={field.name} className={field.wide ? 'wide' : undefined}>
          <span>
            {field.label}
            {detected?.has(field.name) && <span className="detected"> · detected</span>}
          </span>
          <input
            type={field.type}
            name={field.name}
            value={meta[field.name]}
            placeholder={field.placeholder}
            autoComplete="off"
            onChange={(event) => onChange({ ...meta, [field.name]: event.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
