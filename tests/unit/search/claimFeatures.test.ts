import { describe, expect, it } from 'vitest';
import { claimProfile } from '../../../src-main/core/search/claimProfile';
import { claimSimilarity } from '../../../src-main/core/search/claimSimilarity';
import { extractQuantities, sameQuantity } from '../../../src-main/core/search/extractQuantities';
import { isNegated } from '../../../src-main/core/search/isNegated';
import { namedEntities } from '../../../src-main/core/search/namedEntities';
import { stemmingLanguage } from '../../../src-main/core/search/searchLanguage';
import {
  MAX_STEMMED_WORD_LENGTH,
  stemText,
  stemVariants,
} from '../../../src-main/core/search/stemWord';

const values = (text: string) => extractQuantities(text).map((q) => [q.values, q.unit]);
const same = (a: string, b: string) => {
  const [x] = extractQuantities(a);
  const [y] = extractQuantities(b);
  if (!x || !y) throw new Error('no number');
  return sameQuantity(x, y);
};

describe('numbers in claims', () => {
  it('reads digits, separators of either language, scale words, percentages and number words', () => {
    expect(values('at least 110 people')).toEqual([[[110], '']]);
    expect(values('1.1 million jobs')).toEqual([[[1_100_000], '']]);
    expect(values('12 mil millones de pesos')).toEqual([[[12e9], '']]);
    expect(values('inflation of 3,5%')).toEqual([[[3.5], '%']]);
    expect(values('4.2 percent')).toEqual([[[4.2], '%']]);
    expect(values('1.100 casos')).toEqual([[[1100, 1.1], '']]);
    expect(values('twelve boats and doce lanchas')).toEqual([
      [[12], ''],
      [[12], ''],
    ]);
    expect(values('once a week, one of them')).toEqual([]);
  });

  it('treats plain counts as exact and rounded figures as rounding', () => {
    expect(same('110 people', '110 personas')).toBe(true);
    expect(same('110 people', '11 people')).toBe(false);
    expect(same('110 people', '111 people')).toBe(false);
    expect(same('1.1 million', '1,096,000')).toBe(true);
    expect(same('1,100', '1.100')).toBe(true);
    expect(same('12%', '12')).toBe(false);
    expect(same('in 2019', 'in 2020')).toBe(false);
  });
});

describe('negation and names', () => {
  it('tells a claim from its denial, in English and Spanish', () => {
    expect(isNegated('The minister didn’t sign the decree')).toBe(true);
    expect(isNegated('No hay pruebas de fraude')).toBe(true);
    expect(isNegated('It is not without reason')).toBe(false);
    expect(isNegated('The minister signed the decree')).toBe(false);
  });

  it('finds people and places, folding accents and matching English and Spanish place names', () => {
    expect([...namedEntities('President Gustavo Petro met officials in Bogotá.')]).toEqual([
      'president',
      'gustavo',
      'petro',
      'bogota',
    ]);
    expect([...namedEntities('Estados Unidos y la Casa Blanca')]).toEqual([
      'united states',
      'white house',
    ]);
    expect([...namedEntities('The U.S. Navy said so. EE.UU. lo negó.')]).toEqual([
      'united states',
      'navy',
    ]);
    expect([...namedEntities('Unemployment rose, the ministry said.')]).toEqual([]);
  });
});

describe('stemming', () => {
  it('picks the stemmer from a declared language, else from the words', () => {
    expect(stemmingLanguage('es-CO')).toBe('es');
    expect(stemmingLanguage('Spanish')).toBe('es');
    expect(stemmingLanguage('fr')).toBe('none');
    expect(stemmingLanguage('', 'La inflación subió en el país')).toBe('es');
    expect(stemmingLanguage('', 'Inflation rose in the country')).toBe('en');
  });

  it('stems each word, and finds the Spanish stem of a word typed without its accent', () => {
    expect(stemText('Las informaciones sobre Bogotá', 'es')).toBe('las inform sobr bogot');
    expect(stemText('Strikes killed people', 'en')).toBe('strike kill peopl');
    expect(stemVariants('informacion')).toContain('inform');
  });

  it('indexes a word too long to have a suffix as it is, so a hostile note stems at once', () => {
    const longWord = 'Y'.repeat(200_000);
    expect(stemText(`${longWord} strikes`, 'en')).toBe(`${'y'.repeat(200_000)} strike`);
    expect(stemText('x'.repeat(MAX_STEMMED_WORD_LENGTH) + 'ing', 'en')).toHaveLength(
      MAX_STEMMED_WORD_LENGTH + 3,
    );
  });
});

describe('claim similarity', () => {
  const weight = () => 1;
  const score = (a: string, b: string) =>
    claimSimilarity(claimProfile(a, 'en'), claimProfile(b, 'en'), { weight, bm25Share: 1 });
  const query = 'US strikes killed at least 110 people in the Caribbean';

  it('ranks a rewording above near-copies with another number, a negation or other names', () => {
    const rewording = score(
      query,
      'At least 110 people were killed by US strikes in the Caribbean',
    );
    const number = score(query, 'US strikes killed at least 11 people in the Caribbean');
    const negation = score(query, 'US strikes did not kill 110 people in the Caribbean');
    const names = score(query, 'Russian strikes killed at least 110 people in Ukraine');
    expect(rewording.differences).toEqual([]);
    expect(number.differences).toEqual(['Different numbers: “11” there, “110” here.']);
    expect(negation.differences).toEqual(['It is stated in the negative.']);
    expect(names.differences).toEqual(['It names other people or places.']);
    for (const other of [number, negation, names])
      expect(other.score).toBeLessThan(rewording.score);
  });
});
