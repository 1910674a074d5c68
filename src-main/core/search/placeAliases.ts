/**
 * Names of places and bodies that claims give in English or Spanish, each mapped to one key,
 * so that "Estados Unidos" and "the United States" are the same named place. Keys and names
 * are folded (lowercase, no accents); multi-word names are matched whole.
 */
const ALIASES: Record<string, string[]> = {
  'united states': [
    'united states',
    'usa',
    'us',
    'u s',
    'u s a',
    'estados unidos',
    'eeuu',
    'ee uu',
    'america',
  ],
  'united kingdom': [
    'united kingdom',
    'uk',
    'u k',
    'britain',
    'great britain',
    'reino unido',
    'gran bretana',
  ],
  'european union': ['european union', 'eu', 'union europea', 'ue'],
  'united nations': ['united nations', 'un', 'naciones unidas', 'onu'],
  'world health organization': [
    'world health organization',
    'who',
    'organizacion mundial de la salud',
    'oms',
  ],
  'international monetary fund': [
    'international monetary fund',
    'imf',
    'fondo monetario internacional',
    'fmi',
  ],
  spain: ['spain', 'espana'],
  mexico: ['mexico'],
  brazil: ['brazil', 'brasil'],
  germany: ['germany', 'alemania'],
  france: ['france', 'francia'],
  italy: ['italy', 'italia'],
  peru: ['peru'],
  'new york': ['new york', 'nueva york'],
  london: ['london', 'londres'],
  'mexico city': ['mexico city', 'ciudad de mexico', 'cdmx'],
  'white house': ['white house', 'casa blanca'],
  caribbean: ['caribbean', 'caribe'],
  pacific: ['pacific', 'pacifico'],
  russia: ['russia', 'rusia'],
  china: ['china'],
  japan: ['japan', 'japon'],
  'south africa': ['south africa', 'sudafrica'],
  'dominican republic': ['dominican republic', 'republica dominicana'],
  netherlands: ['netherlands', 'holland', 'paises bajos', 'holanda'],
};

/** Folded name → key; the longest names first so that "new york" wins over "york". */
export const placeAliases: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES)
    .flatMap(([key, names]) => names.map((name) => [name, key] as const))
    .sort((a, b) => b[0].length - a[0].length),
);

/** The longest alias has this many words. */
export const MAX_ALIAS_WORDS = Math.max(
  ...[...placeAliases.keys()].map((name) => name.split(' ').length),
);
