import type { Migration } from './Migration';

/**
 * Full-text search and imported fact checks. The index is one contentless FTS5 table: the
 * text stays in its own tables, the index holds only the stems of its words (accents folded),
 * keyed by a rowid made of the kind and the entity id (searchDocuments.ts, KIND_CODES): `head`
 * is what a result is, `body` the rest.
 * What goes into it, and the views and triggers that keep it in step, are declared in
 * store/search/searchDocuments.ts and installed by syncSearchIndex in the same transaction,
 * right after this step; that is also what builds the index for the existing data.
 */
export const search: Migration = {
  version: 5,
  name: 'search index and imported fact checks',
  up(db) {
    db.exec(`
      CREATE TABLE fact_checks (
        id INTEGER PRIMARY KEY,
        review_url TEXT NOT NULL,
        review_key TEXT NOT NULL UNIQUE,
        claim_text TEXT NOT NULL DEFAULT '',
        claimant TEXT NOT NULL DEFAULT '',
        claim_date TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        reviewer_url TEXT NOT NULL DEFAULT '',
        textual_rating TEXT NOT NULL CHECK (length(textual_rating) > 0),
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        review_date TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE search_index USING fts5(
        head, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');

      CREATE TABLE search_index_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        definition TEXT NOT NULL
      );
    `);
  },
};
