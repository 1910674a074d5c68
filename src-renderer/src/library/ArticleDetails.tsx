import { describeImportRecord } from '../../../src-main/core/importing';
import { useContractQuery } from '../api/contractQuery';
import type { Article, ArticleMeta } from '../../../src-main/core/model';
import { useAutosaveField } from '../ui/useAutosaveField';
import { updateArticle } from '../workbench/articleActions';
import type { MetaField } from './articleMetaFields';
import { articleMetaFields } from './articleMetaFields';

type DetailKey =
  keyof ArticleMeta | 'methodology' | 'corrections' | 'factCheckUrl' | 'factCheckPublishedAt';

/** Where and when the fact check itself is published: ClaimReview's url and datePublished. */
const factCheckFields: readonly (Omit<MetaField, 'name'> & { name: DetailKey })[] = [
  {
    name: 'factCheckUrl',
    label: 'Fact check published at',
    type: 'url',
    placeholder: 'https://your-newsroom.example/checks/…',
    wide: true,
  },
  { name: 'factCheckPublishedAt', label: 'Fact check published on', type: 'date' },
];

function useArticleField(article: Article, key: DetailKey) {
  return useAutosaveField(article[key], (value) => {
    void updateArticle(article.id, { [key]: value }).catch(() => undefined);
  });
}

function MetaInput({
  field,
  article,
}: {
  field: Omit<MetaField, 'name'> & { name: DetailKey };
  article: Article;
}) {
  const autosave = useArticleField(article, field.name);
  return (
    <label className={field.wide ? 'wide' : undefined}>
      {field.label}
      <input
        type={field.type}
        value={autosave.value}
        placeholder={field.placeholder}
        autoComplete="off"
        onChange={(event) => autosave.onChange(event.target.value)}
        onBlur={autosave.onBlur}
      />
    </label>
  );
}

function MarkdownNote({
  label,
  hint,
  name,
  article,
}: {
  label: string;
  hint: string;
  name: 'methodology' | 'corrections';
  article: Article;
}) {
  const autosave = useArticleField(article, name);
  return (
    <label className="wide">
      {label}
      <textarea
        rows={4}
        value={autosave.value}
        placeholder={hint}
        onChange={(event) => autosave.onChange(event.target.value)}
        onBlur={autosave.onBlur}
      />
    </label>
  );
}

/**
 * What the import said about the file this article came from: character set, and what was left
 * out. Nothing is shown for an article that was pasted or made before imports were recorded.
 */
function ImportRecordView({ articleId }: { articleId: number }) {
  const record = useContractQuery('articles.importRecord', { id: articleId }).data;
  if (!record) return null;
  return (
    <section className="import-record wide" aria-label="Import">
      <h3>Import</h3>
      {describeImportRecord(record).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {record.leftOut.length > 0 && (
        <ol aria-label="Left out when imported">
          {record.leftOut.map((passage, index) => (
            <li key={index}>
              “{passage.excerpt}” <span className="hint-text">({passage.reason})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The open article's metadata and notes, each saved as it is typed. */
export function ArticleDetails({ article }: { article: Article }) {
  return (
    <section className="article-details" aria-label="Article details" id="article-details">
      <div className="meta-form">
        {articleMetaFields.map((field) => (
          <MetaInput key={field.name} field={field} article={article} />
        ))}
        {factCheckFields.map((field) => (
          <MetaInput key={field.name} field={field} article={article} />
        ))}
        <MarkdownNote
          label="Methodology note (Markdown)"
          hint="How this article was checked; printed in the report."
          name="methodology"
          article={article}
        />
        <MarkdownNote
          label="Corrections log (Markdown)"
          hint="Dated corrections to this check, newest first."
          name="corrections"
          article={article}
        />
        <ImportRecordView articleId={article.id} />
      </div>
    </section>
  );
}
