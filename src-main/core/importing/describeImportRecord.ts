import { importFormatInfo, importFormats } from '../fileFormats';
import type { ImportFormat } from '../fileFormats';
import { countOf } from '../text/countOf';
import { describeEncoding } from './encodingNames';
import type { ImportRecord } from './ImportRecord';

const ENCODING_SOURCES: Record<string, string> = {
  bom: 'from the file’s byte-order mark',
  'utf16-pattern': 'from the pattern of its bytes',
  chosen: 'chosen when importing',
  declared: 'as the file declares',
  'utf-8': 'the file is valid UTF-8',
  detected: 'guessed from the bytes',
};

/**
 * An import record in plain sentences, for an article's details and the command line: the
 * file and its format, the character set and how it was decided, and how much of the body text
 * was kept. The left-out passages themselves are in `record.leftOut`.
 */
export function describeImportRecord(record: ImportRecord): string[] {
  const format = (importFormats as readonly string[]).includes(record.format)
    ? importFormatInfo[record.format as ImportFormat].label
    : record.format;
  const lines = [`Imported from “${record.fileName}” (${format}).`];
  if (record.encoding) {
    const how = ENCODING_SOURCES[record.encoding.source] ?? record.encoding.source;
    lines.push(
      `Character set: ${describeEncoding(record.encoding.name)}, ${how}` +
        (record.encoding.confident ? '.' : '; the guess was not certain.'),
    );
  }
  const { importedChars, sourceChars, leftOutPassages } = record;
  lines.push(
    leftOutPassages === 0 && importedChars >= sourceChars
      ? `Kept all ${countOf(sourceChars, 'character')} of the file’s body text.`
      : `Kept ${importedChars.toLocaleString('en')} of ${countOf(sourceChars, 'character')} of ` +
          `the file’s body text; ${countOf(leftOutPassages, 'passage')} left out` +
          (leftOutPassages > record.leftOut.length
            ? ` (the first ${record.leftOut.length} are listed).`
            : '.'),
  );
  return lines;
}
