import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../../src-main/core/text/sentenceAround';

/** The sentence around the first occurrence of `words` in `text`. */
function around(text: string, words: string, language = 'en'): string {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return sentenceAround(text, start, start + words.length, language);
}

describe('sentenceAround: the default "claim as reviewed"', () => {
  const article =
    'Mayor speech\n\nThe mayor said crime fell by 30 percent in 2023.\n' +
    'Dr. Smith of the U.S. Army said: "Crime fell. Our policy works." Critics disagree. ' +
    'Mr. J. R. Tolkien wrote e.g. this. Prices rose 3.5 percent in Jan. last year, she said.';

  it('is the sentence that holds the highlight, not the highlight', () => {
    expect(around(article, 'fell by 30 percent')).toBe(
      'The mayor said crime fell by 30 percent in 2023.',
    );
  });

  it('never joins a heading to the paragraph below it', () => {
    expect(around(article, 'Mayor')).toBe('Mayor speech');
  });

  it('keeps titles, initials and acronyms inside their sentence', () => {
    expect(around(article, 'Tolkien')).toBe('Mr. J. R. Tolkien wrote e.g. this.');
    expect(around(article, 'Prices rose')).toBe(
      'Prices rose 3.5 percent in Jan. last year, she said.',
    );
  });

  it('keeps a quotation of several sentences whole, with its speaker', () => {
    const whole = 'Dr. Smith of the U.S. Army said: "Crime fell. Our policy works."';
    expect(around(article, 'Crime fell')).toBe(whole);
    expect(around(article, 'policy works')).toBe(whole);
    expect(around(article, 'Critics')).toBe('Critics disagree.');
  });

  it('covers every sentence a highlight crosses, on one line', () => {
    const text = 'First one.\nThe toll rose. It rose again. Then it fell.';
    const start = text.indexOf('rose.');
    const end = text.indexOf('again') + 5;
    expect(sentenceAround(text, start, end)).toBe('The toll rose. It rose again.');
  });

  it('reads German, Spanish and French quotation marks and abbreviations', () => {
    const german =
      'Laut Hr. Meyer sank die Zahl z. B. um 3 Prozent. Er sagte: „Das stimmt. Wirklich.“ Danach nichts.';
    expect(around(german, 'Meyer', 'de')).toBe('Laut Hr. Meyer sank die Zahl z. B. um 3 Prozent.');
    expect(around(german, 'stimmt', 'de')).toBe('Er sagte: „Das stimmt. Wirklich.“');
    expect(around(german, 'Danach', 'de')).toBe('Danach nichts.');
    const spanish = 'El Sr. García dijo que «la inflación bajó. Sin duda». Luego se fue.';
    expect(around(spanish, 'inflación', 'es')).toBe(
      'El Sr. García dijo que «la inflación bajó. Sin duda».',
    );
    const french = 'Selon M. Dupont, le chômage a baissé. Mme Durand le conteste.';
    expect(around(french, 'chômage', 'fr')).toBe('Selon M. Dupont, le chômage a baissé.');
  });

  it('splits Japanese and Chinese at their full stops', () => {
    const japanese = '彼は言った。犯罪は三割減った。本当だろうか。';
    expect(around(japanese, '犯罪', 'ja')).toBe('犯罪は三割減った。');
    const chinese = '市长说犯罪下降了百分之三十。批评者不同意！';
    expect(around(chinese, '犯罪', 'zh')).toBe('市长说犯罪下降了百分之三十。');
  });

  it('treats an unknown or malformed language tag as English', () => {
    expect(around('Dr. No said so. Then left.', 'said', 'not a tag!!')).toBe('Dr. No said so.');
  });

  it('gives up on a quotation that never closes rather than swallowing the article', () => {
    const text = `He said "it fell. ${'More words here. '.repeat(200)}`;
    expect(around(text, 'it fell').length).toBeLessThan(1400);
  });

  it('returns nothing for an empty span or one outside the text', () => {
    expect(sentenceAround('Some text.', 3, 3)).toBe('');
    expect(sentenceAround('Some text.', 5, 50)).toBe('');
  });
});
