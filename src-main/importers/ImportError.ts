export const importErrorCodes = [
  'too_large',
  'unsupported',
  'binary',
  'zip_bomb',
  'needs_ocr',
  'encrypted',
  'corrupt',
  'empty',
  'too_slow',
] as const;

export type ImportErrorCode = (typeof importErrorCodes)[number];

/**
 * The only error an import raises. `message` is meant for the person importing: it says what
 * happened and what to do next. The library error, if any, is kept as `cause` for logs.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}
