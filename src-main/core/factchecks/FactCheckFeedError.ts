/** Why a whole feed file was refused; items that are merely malformed are skipped instead. */
export type FactCheckFeedErrorCode =
  'too_large' | 'too_many_items' | 'too_deep' | 'not_text' | 'not_json' | 'no_reviews' | 'too_slow';

export class FactCheckFeedError extends Error {
  readonly code: FactCheckFeedErrorCode;

  constructor(code: FactCheckFeedErrorCode, message: string) {
    super(message);
    this.name = 'FactCheckFeedError';
    this.code = code;
  }
}
