import type { Migration } from './Migration';

export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        methodology TEXT NOT NULL DEFAULT '',
        corrections TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );

      CREATE TABLE article_versions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
      );

      CREATE TABLE rating_scales (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('ordinal', 'labels', 'conclusion')),
        ratings TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        anchored_version INTEGER NOT NULL,
        anchor_state TEXT NOT NULL DEFAULT 'attached'
          CHECK (anchor_state IN ('attached', 'moved', 'changed', 'orphaned')),
        text_changed_since_verdict INTEGER NOT NULL DEFAULT 0,
        claimant TEXT NOT NULL DEFAULT '',
        claim_date TEXT NOT NULL DEFAULT '',
        appearance_url TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other'
          CHECK (kind IN ('numeric', 'quote', 'attribution', 'causal', 'other')),
        status TEXT NOT NULL DEFAULT 'unchecked'
          CHECK (status IN ('unchecked', 'in_progress', 'needs_review', 'done')),
        assignee TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX claims_by_article ON claims(article_id, start);

      CREATE TABLE verdicts (
        claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        scale_id TEXT NOT NULL,
        rating_key TEXT,
        conclusion TEXT NOT NULL DEFAULT '',
        checked_by TEXT NOT NULL DEFAULT '',
        checked_at TEXT NOT NULL,
        article_version INTEGER NOT NULL
      );

      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        accessed_at TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other'
          CHECK (kind IN ('primary', 'official', 'dataset', 'expert', 'news', 'other')),
        reliability_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE archives (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        original_name TEXT NOT NULL,
        path TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE claim_sources (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
        stance TEXT NOT NULL DEFAULT 'context'
          CHECK (stance IN ('supports', 'contradicts', 'context')),
        excerpt TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        tier INTEGER CHECK (tier IS NULL OR tier BETWEEN 0 AND 3),
        position INTEGER NOT NULL,
        PRIMARY KEY (claim_id, source_id)
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
