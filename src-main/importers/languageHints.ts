/**
 * What a language hint (BCP 47, from `--language` or the page) says about legacy encodings:
 * the ones text in that language was usually saved in, and the script its letters are in.
 */
export interface LanguageHint {
  encodings: string[];
  script: RegExp;
}

const LATIN = /\p{Script=Latin}/u;
const WESTERN = ['windows-1252', 'ISO-8859-15'];

const HINTS: Record<string, LanguageHint> = {};
function hint(languages: string, encodings: string[], script: RegExp): void {
  for (const language of languages.split(' ')) HINTS[language] = { encodings, script };
}
hint('en fr de es it pt nl da sv no nb nn fi is ca eu gl ga cy af sw id ms tl', WESTERN, LATIN);
hint('el', ['ISO-8859-7', 'windows-1253'], /\p{Script=Greek}/u);
hint('ru be bg mk sr', ['windows-1251', 'KOI8-R', 'ISO-8859-5', 'IBM866'], /\p{Script=Cyrillic}/u);
hint('uk', ['windows-1251', 'KOI8-U', 'ISO-8859-5', 'IBM866'], /\p{Script=Cyrillic}/u);
hint('pl cs sk hu hr sl bs sq', ['windows-1250', 'ISO-8859-2'], LATIN);
hint('ro', ['windows-1250', 'ISO-8859-16', 'ISO-8859-2'], LATIN);
hint('tr az', ['windows-1254', 'ISO-8859-9'], LATIN);
hint('lt lv et', ['windows-1257', 'ISO-8859-13', 'ISO-8859-4'], LATIN);
hint('vi', ['windows-1258'], LATIN);
hint('he yi', ['windows-1255', 'ISO-8859-8'], /\p{Script=Hebrew}/u);
hint('ar fa ur', ['windows-1256', 'ISO-8859-6'], /\p{Script=Arabic}/u);
hint('th', ['windows-874'], /\p{Script=Thai}/u);
hint('ja', ['Shift_JIS', 'EUC-JP'], /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
hint('ko', ['EUC-KR'], /[\p{Script=Hangul}\p{Script=Han}]/u);
hint('zh', ['GB18030', 'Big5'], /\p{Script=Han}/u);

const TRADITIONAL_CHINESE = { encodings: ['Big5', 'GB18030'], script: /\p{Script=Han}/u };

/** The hint for a language tag, or null when there is none or it is not known. */
export function languageHint(tag: string | undefined): LanguageHint | null {
  if (!tag) return null;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const language = parts[0] ?? '';
  if (language === 'zh' && parts.some((part) => ['tw', 'hk', 'mo', 'hant'].includes(part))) {
    return TRADITIONAL_CHINESE;
  }
  return HINTS[language] ?? null;
}
