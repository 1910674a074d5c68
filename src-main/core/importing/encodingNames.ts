/**
 * The character encodings the import preview offers, by their usual names. `--encoding`
 * accepts these and the other names iconv-lite knows (cp1253, latin1, …).
 */
export const OFFERED_ENCODINGS = [
  'UTF-8',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'windows-874',
  'ISO-8859-1',
  'ISO-8859-2',
  'ISO-8859-3',
  'ISO-8859-4',
  'ISO-8859-5',
  'ISO-8859-6',
  'ISO-8859-7',
  'ISO-8859-8',
  'ISO-8859-9',
  'ISO-8859-10',
  'ISO-8859-13',
  'ISO-8859-15',
  'ISO-8859-16',
  'KOI8-R',
  'KOI8-U',
  'IBM866',
  'macintosh',
  'Shift_JIS',
  'EUC-JP',
  'EUC-KR',
  'GB18030',
  'Big5',
  'UTF-16LE',
  'UTF-16BE',
] as const;

/** A comparable key for an encoding label: "ISO_8859-7", "iso88597" and "ISO-8859-7" agree. */
export function encodingKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The offered spelling of a label when it names an offered encoding, else the label trimmed. */
export function displayEncodingName(label: string): string {
  const key = encodingKey(label);
  return OFFERED_ENCODINGS.find((name) => encodingKey(name) === key) ?? label.trim();
}

const SCRIPTS: Record<string, string> = {
  utf8: 'Unicode',
  utf16le: 'Unicode',
  utf16be: 'Unicode',
  windows1250: 'Central European',
  iso88592: 'Central European',
  windows1251: 'Cyrillic',
  iso88595: 'Cyrillic',
  koi8r: 'Russian',
  koi8u: 'Ukrainian',
  ibm866: 'Cyrillic, DOS',
  windows1252: 'Western European',
  iso88591: 'Western European',
  iso885915: 'Western European',
  macintosh: 'Western European, Mac',
  windows1253: 'Greek',
  iso88597: 'Greek',
  windows1254: 'Turkish',
  iso88599: 'Turkish',
  windows1255: 'Hebrew',
  iso88598: 'Hebrew',
  windows1256: 'Arabic',
  iso88596: 'Arabic',
  windows1257: 'Baltic',
  iso885913: 'Baltic',
  iso88594: 'Baltic',
  windows1258: 'Vietnamese',
  windows874: 'Thai',
  iso88593: 'South European',
  iso885910: 'Nordic',
  iso885916: 'South-Eastern European',
  shiftjis: 'Japanese',
  eucjp: 'Japanese',
  euckr: 'Korean',
  gb18030: 'Chinese, simplified',
  big5: 'Chinese, traditional',
};

/** "ISO-8859-7 (Greek)": the name with the writing it is for, where known. */
export function describeEncoding(label: string): string {
  const script = SCRIPTS[encodingKey(label)];
  const name = displayEncodingName(label);
  return script ? `${name} (${script})` : name;
}
