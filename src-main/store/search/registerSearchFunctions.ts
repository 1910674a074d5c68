import type { Database } from 'better-sqlite3';
import { stemText, stemmingLanguage } from '../../core/search';

/**
 * The SQL function the index's triggers call: factdesk_stems(text, language, sample) is the
 * stem of every word of `text` in the language the tag names, or, without a tag, the one
 * `sample` is written in. Every connection that writes must have it, so openDatabase
 * registers it; a connection without it cannot write indexed rows at all ("no such
 * function"), which is safer than writing them unindexed.
 */
export function registerSearchFunctions(db: Database): void {
  db.function(
    'factdesk_stems',
    { deterministic: true },
    (text: unknown, language: unknown, sample: unknown) => {
      if (typeof text !== 'string' || text === '') return '';
      const tag = typeof language === 'string' ? language : '';
      return stemText(text, stemmingLanguage(tag, typeof sample === 'string' ? sample : text));
    },
  );
}
